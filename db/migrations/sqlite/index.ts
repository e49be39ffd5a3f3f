import * as migration_20261130_075535_initial from './20261130_075535_initial';

export const migrations = [
  {
    up: migration_20261130_075535_initial.up,
    down: migration_20261130_075535_initial.down,
    name: '20261130_075535_initial'
  },
];
