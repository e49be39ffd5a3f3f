import * as migration_20261130_090443_initial from './20261130_090443_initial';

export const migrations = [
  {
    up: migration_20261130_090443_initial.up,
    down: migration_20261130_090443_initial.down,
    name: '20261130_090443_initial'
  },
];
