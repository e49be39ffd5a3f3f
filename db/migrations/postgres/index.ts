import * as migration_20261130_072730_initial from './20261130_072730_initial';

export const migrations = [
  {
    up: migration_20261130_072730_initial.up,
    down: migration_20261130_072730_initial.down,
    name: '20261130_072730_initial'
  },
];
