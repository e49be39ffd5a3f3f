import * as migration_20261130_050803_initial from './20261130_050803_initial';

export const migrations = [
  {
    up: migration_20261130_050803_initial.up,
    down: migration_20261130_050803_initial.down,
    name: '20261130_050803_initial'
  },
];
