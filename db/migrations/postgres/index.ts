import * as migration_20261130_060034_initial from './20261130_060034_initial';

export const migrations = [
  {
    up: migration_20261130_060034_initial.up,
    down: migration_20261130_060034_initial.down,
    name: '20261130_060034_initial'
  },
];
