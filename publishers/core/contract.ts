import type { Payload, PayloadRequest } from 'payload'

import type { ChannelKind } from '../channelKinds'

/**
 * The contract every channel implements (Superdesk's formatter + transmitter, as one folder per channel):
 * `render` is pure and its artifact is stored with the publication, so a retry sends identical bytes;
 * `deliver`, `status` and `withdraw` are the only code that touches the outside world.
 */
/** The states of a publication (the outbox row), with their Chinese labels. */
export const PUBLICATION_STATES = [
  { value: 'queued', label: { zh: '排队中', en: 'Queued' } },
  { value: 'rendering', label: { zh: '渲染中', en: 'Rendering' } },
  { value: 'delivering', label: { zh: '投递中', en: 'Delivering' } },
  { value: 'submitted', label: { zh: '已提交（待平台确认）', en: 'Submitted' } },
  { value: 'delivered', label: { zh: '已送达', en: 'Delivered' } },
  { value: 'retrying', label: { zh: '等待重试', en: 'Retrying' } },
  { value: 'failed', label: { zh: '失败', en: 'Failed' } },
  { value: 'withdrawn', label: { zh: '已撤回', en: 'Withdrawn' } },
  { value: 'canceled', label: { zh: '已取消', en: 'Canceled' } },
] as const

export type PublicationState = (typeof PUBLICATION_STATES)[number]['value']

/** The approved version of an item, as the publisher sees it. */
export type Snapshot = Record<string, unknown> & { id: number | string; collection: string; versionHash: string }

/** A channel account with its settings and decrypted credentials (the system reads them; people never do). */
export type Account = {
  id: number | string
  name: string
  kind: ChannelKind
  status?: string | null
  settings?: Record<string, unknown> | null
  credentials?: Record<string, string | null | undefined> | null
}

export type Delivery = { state: 'delivered' | 'submitted'; externalId?: string | null; url?: string | null; raw?: unknown }

export type DeliveryContext = {
  payload: Payload
  req: PayloadRequest
  account: Account
  snapshot: Snapshot
  now: Date
}

/** A channel's refusal or failure, classified: transient failures retry, permanent ones fail at once. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly options: {
      code: string
      transient: boolean
      /** The account's credentials are wrong or expired: repeated, it pauses the account. */
      authFailure?: boolean
      retryAfterMs?: number
      raw?: unknown
    },
  ) {
    super(message)
    this.name = 'DeliveryError'
  }
}

export interface Publisher<Artifact = unknown> {
  kind: ChannelKind
  label: string
  /** Problems that stop a delivery before rendering, in Chinese (empty when fine). */
  validate(snapshot: Snapshot, account: Account): string[]
  render(snapshot: Snapshot, account: Account): Artifact
  deliver(artifact: Artifact, ctx: DeliveryContext): Promise<Delivery>
  /** Asynchronous channels: the outcome of an earlier submission (null while pending). */
  status?(externalId: string, ctx: DeliveryContext): Promise<Delivery | null>
  withdraw(externalId: string | null, ctx: DeliveryContext): Promise<void>
}
