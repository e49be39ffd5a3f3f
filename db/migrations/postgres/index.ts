import * as migration_20261130_075106_initial from './20261130_075106_initial';

export const migrations = [
  {
    up: migration_20261130_075106_initial.up,
    down: migration_20261130_075106_initial.down,
    name: '20261130_075106_initial'
  },
];
