import type { Config } from 'payload'

import { PUBLISHERS } from '../registry'
import { DEFAULT_STATUS_POLLING, PUBLISHER_CONFIG_KEY, type PublisherOptions, type StatusPolling } from './channels'
import type { Publisher } from './contract'
import { publisherTasks } from './tasks'
import { panelRowsEndpoint } from './panelRows'
import { Publications } from './publicationsCollection'
import { resendEndpoint } from './resendEndpoint'
import { withdrawEndpoint } from './withdrawEndpoint'

export type PublisherPluginOptions = {
  /** The channels that deliver; the explicit list of publishers/registry.ts unless a test brings its own. */
  publishers?: readonly Publisher<never>[]
  statusPolling?: Partial<StatusPolling>
}

/** The worker process (`npm run worker` sets RONGMEI_WORKER), or the dev server when no worker runs beside it. */
export const jobsRunHere = () =>
  process.env.RONGMEI_WORKER === '1' || (process.env.NODE_ENV === 'development' && process.env.RONGMEI_SEPARATE_WORKER !== '1')

/**
 * The publisher as a Payload plugin: the outbox collection and the delivery jobs. Jobs run in the worker
 * (`npm run worker`) in production and inside `npm run dev`; never in `next start`.
 */
export const publisherPlugin =
  (options: PublisherPluginOptions = {}) =>
  (config: Config): Config => {
    const resolved: PublisherOptions = {
      publishers: options.publishers ?? PUBLISHERS,
      statusPolling: { ...DEFAULT_STATUS_POLLING, ...options.statusPolling },
    }
    return {
      ...config,
      // Server-only: the channel list holds functions and never reaches the admin bundle.
      custom: { ...config.custom, [PUBLISHER_CONFIG_KEY]: resolved },
      collections: [
        ...(config.collections ?? []),
        {
          ...Publications,
          // The admin side (admin/publications): 重新投递, 撤回, the channels' own rows in the item's panel, and the
          // board above the list, failures first.
          endpoints: [...(Publications.endpoints || []), resendEndpoint, withdrawEndpoint, panelRowsEndpoint],
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
        // @payloadcms/next boots Payload with `cron: true` on every admin request, which would start these crons
        // inside `next start` too: only the worker runs jobs — and `next dev`, unless a separate worker was
        // started for it (RONGMEI_SEPARATE_WORKER=1).
        shouldAutoRun: () => jobsRunHere(),
        // Kept, not deleted: Payload gives the same job to two workers that poll at the same moment (no row
        // locks), and the slower one crashes on a row the faster one already deleted. The sweeper removes
        // completed jobs after a day.
        deleteJobOnComplete: false,
      },
    }
  }
