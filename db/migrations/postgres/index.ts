import * as migration_20261130_055546_initial from './20261130_055546_initial';

export const migrations = [
  {
    up: migration_20261130_055546_initial.up,
    down: migration_20261130_055546_initial.down,
    name: '20261130_055546_initial'
  },
];
