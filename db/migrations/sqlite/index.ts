import * as migration_20261130_055541_initial from './20261130_055541_initial';

export const migrations = [
  {
    up: migration_20261130_055541_initial.up,
    down: migration_20261130_055541_initial.down,
    name: '20261130_055541_initial'
  },
];
