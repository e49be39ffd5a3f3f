import type { Config, PayloadRequest } from 'payload'

/**
 * Records of a channel's own that have jobs like publications (WeChat's 组稿), for the outbox sweeper: a plugin
 * registers how to find the ones left without a live job, so the core sweeps them without importing the channel.
 */
export type OutboxSweep = {
  /** A name for the sweeper's report, e.g. 'wechatBundles'. */
  name: string
  /** The job tasks of these records: jobs a dead worker holds are released, and the live ones are handed over. */
  tasks: readonly string[]
  /** Queues a job for each record left in a non-final state without one; returns their ids. */
  requeue(req: PayloadRequest, live: LiveJob[], now: Date): Promise<(number | string)[]>
}

/** A job not yet completed (queued, waiting for its time, or held by a worker). */
export type LiveJob = { task: string; input: Record<string, unknown> | null }

const KEY = 'rongmeiOutboxSweeps'

/** A plugin's part of the sweep (kept in the server-only `custom` of the config, like the publisher options). */
export const withOutboxSweep = (config: Config, sweep: OutboxSweep): Config => ({
  ...config,
  custom: { ...config.custom, [KEY]: [...(((config.custom ?? {}) as Record<string, unknown>)[KEY] as OutboxSweep[] | undefined ?? []), sweep] },
})

export const outboxSweeps = (req: PayloadRequest): OutboxSweep[] => (((req.payload.config.custom ?? {}) as Record<string, unknown>)[KEY] as OutboxSweep[] | undefined) ?? []
