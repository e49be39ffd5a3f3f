import * as migration_20261130_080750_initial from './20261130_080750_initial';

export const migrations = [
  {
    up: migration_20261130_080750_initial.up,
    down: migration_20261130_080750_initial.down,
    name: '20261130_080750_initial'
  },
];
