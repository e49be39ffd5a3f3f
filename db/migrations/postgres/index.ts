import * as migration_20261130_112415_initial from './20261130_112415_initial';

export const migrations = [
  {
    up: migration_20261130_112415_initial.up,
    down: migration_20261130_112415_initial.down,
    name: '20261130_112415_initial'
  },
];
