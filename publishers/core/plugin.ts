import type { Config } from 'payload'

import { publisherTasks } from './deliverTask'
import { Publications } from './publicationsCollection'
import { resendEndpoint } from './resendEndpoint'

/**
 * The publisher as a Payload plugin: the outbox collection and the delivery jobs. Jobs run in the worker
 * (`npm run worker`, which starts the crons), never in the web process.
 */
export const publisherPlugin =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: [
      ...(config.collections ?? []),
      {
        ...Publications,
        // The admin side (admin/publications): 重新投递, and the board above the list, failures first.
        endpoints: [...(Publications.endpoints || []), resendEndpoint],
        admin: {
          ...Publications.admin,
          components: { ...Publications.admin?.components, beforeList: ['/admin/publications/PublicationsBoard#PublicationsBoard'] },
        },
      },
    ],
    jobs: {
      ...config.jobs,
      tasks: [...(config.jobs?.tasks ?? []), ...publisherTasks],
      autoRun: [{ cron: '*/2 * * * * *', queue: 'default', limit: 20 }],
      deleteJobOnComplete: true,
    },
  })
