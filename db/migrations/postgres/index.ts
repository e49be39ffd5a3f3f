import * as migration_20261130_063156_initial from './20261130_063156_initial';

export const migrations = [
  {
    up: migration_20261130_063156_initial.up,
    down: migration_20261130_063156_initial.down,
    name: '20261130_063156_initial'
  },
];
