import * as migration_20261130_080812_initial from './20261130_080812_initial';

export const migrations = [
  {
    up: migration_20261130_080812_initial.up,
    down: migration_20261130_080812_initial.down,
    name: '20261130_080812_initial'
  },
];
