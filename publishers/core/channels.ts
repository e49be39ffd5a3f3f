import type { Payload } from 'payload'

import type { Publisher } from './contract'

/** Where the plugin keeps its options in the (server-only) Payload config. */
export const PUBLISHER_CONFIG_KEY = 'rongmeiPublisher'

export type StatusPolling = {
  /** First status check after a submission; each later one waits twice as long, up to `maxDelayMs`. */
  baseDelayMs: number
  maxDelayMs: number
  /** After this long without an answer from the channel the publication fails. */
  giveUpAfterMs: number
}

export const DEFAULT_STATUS_POLLING: StatusPolling = {
  baseDelayMs: Number(process.env.PUBLISH_STATUS_BASE_MS ?? 5_000),
  maxDelayMs: Number(process.env.PUBLISH_STATUS_MAX_MS ?? 10 * 60_000),
  giveUpAfterMs: Number(process.env.PUBLISH_STATUS_GIVE_UP_MS ?? 24 * 60 * 60_000),
}

export type PublisherOptions = {
  publishers: readonly Publisher<never>[]
  statusPolling: StatusPolling
}

/** The plugin's options as configured (tests boot Payload with their own channel list). */
export function publisherOptions(payload: Payload): PublisherOptions {
  const options = (payload.config.custom as Record<string, unknown> | undefined)?.[PUBLISHER_CONFIG_KEY] as PublisherOptions | undefined
  if (!options) throw new Error('publisherPlugin is not installed in this Payload config')
  return options
}

export const publisherFor = (payload: Payload, kind: string): Publisher<never> | undefined =>
  publisherOptions(payload).publishers.find((publisher) => publisher.kind === kind)

/** Delay before status check number `checks` (1-based), doubling from the base up to the cap. */
export const statusCheckDelay = (checks: number, polling: StatusPolling) =>
  Math.min(polling.maxDelayMs, polling.baseDelayMs * 2 ** Math.max(0, checks - 1))
