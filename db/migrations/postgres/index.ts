import * as migration_20261130_055324_initial from './20261130_055324_initial';

export const migrations = [
  {
    up: migration_20261130_055324_initial.up,
    down: migration_20261130_055324_initial.down,
    name: '20261130_055324_initial'
  },
];
