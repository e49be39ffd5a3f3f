import * as migration_20261130_072724_initial from './20261130_072724_initial';

export const migrations = [
  {
    up: migration_20261130_072724_initial.up,
    down: migration_20261130_072724_initial.down,
    name: '20261130_072724_initial'
  },
];
