import type { Config } from 'payload'

import { publisherTasks } from './deliverTask'
import { Publications } from './publicationsCollection'

/**
 * The publisher as a Payload plugin: the outbox collection and the delivery jobs. Jobs run in the worker
 * (`npm run worker`, which starts the crons), never in the web process.
 */
export const publisherPlugin =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []), Publications],
    jobs: {
      ...config.jobs,
      tasks: [...(config.jobs?.tasks ?? []), ...publisherTasks],
      autoRun: [{ cron: '*/2 * * * * *', queue: 'default', limit: 20 }],
      deleteJobOnComplete: true,
    },
  })
