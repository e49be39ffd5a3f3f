import * as migration_20261130_075050_initial from './20261130_075050_initial';

export const migrations = [
  {
    up: migration_20261130_075050_initial.up,
    down: migration_20261130_075050_initial.down,
    name: '20261130_075050_initial'
  },
];
