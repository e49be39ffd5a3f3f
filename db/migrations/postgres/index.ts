import * as migration_20261130_075550_initial from './20261130_075550_initial';

export const migrations = [
  {
    up: migration_20261130_075550_initial.up,
    down: migration_20261130_075550_initial.down,
    name: '20261130_075550_initial'
  },
];
