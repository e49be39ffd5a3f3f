import * as migration_20261130_060025_initial from './20261130_060025_initial';

export const migrations = [
  {
    up: migration_20261130_060025_initial.up,
    down: migration_20261130_060025_initial.down,
    name: '20261130_060025_initial'
  },
];
