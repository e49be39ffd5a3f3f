import * as migration_20261130_074034_initial from './20261130_074034_initial';

export const migrations = [
  {
    up: migration_20261130_074034_initial.up,
    down: migration_20261130_074034_initial.down,
    name: '20261130_074034_initial'
  },
];
