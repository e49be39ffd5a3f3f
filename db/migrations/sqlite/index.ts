import * as migration_20261130_074008_initial from './20261130_074008_initial';

export const migrations = [
  {
    up: migration_20261130_074008_initial.up,
    down: migration_20261130_074008_initial.down,
    name: '20261130_074008_initial'
  },
];
