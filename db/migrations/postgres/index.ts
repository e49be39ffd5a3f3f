import * as migration_20261130_050807_initial from './20261130_050807_initial';

export const migrations = [
  {
    up: migration_20261130_050807_initial.up,
    down: migration_20261130_050807_initial.down,
    name: '20261130_050807_initial'
  },
];
