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
  { value: 'superseded', label: { zh: '已被更正版本替换', en: 'Superseded by a correction' } },
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
  /** The publication's external id when an earlier attempt (or the publication being corrected) has one. */
  externalId?: string | null
  /** What earlier attempts of this publication saved with `checkpoint` (empty on the first attempt). */
  progress: Record<string, unknown>
  /**
   * Saves a step a channel has taken (merged into `progress` and written to the database at once), so an
   * attempt that dies after it resumes without repeating the step. Call it before the next external call.
   * A channel that checkpoints `externalId` (its id of the submission) lets the core ask `status` before
   * any resubmission.
   */
  checkpoint(patch: Record<string, unknown>): Promise<void>
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
      /**
       * false: the channel had this submission and it ended for good (deleted by the account's administrator,
       * banned, refused on review). Asked before a resubmission, it fails the publication instead: delivering
       * again would undo a person's or the platform's decision.
       */
      resubmit?: boolean
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
  /**
   * Asynchronous channels: the outcome of an earlier submission — null (or state submitted) while pending,
   * state delivered once readers see it; a DeliveryError when it failed (permanent) or cannot be asked now.
   */
  status?(externalId: string, ctx: DeliveryContext): Promise<Delivery | null>
  /**
   * 更正: replaces an earlier delivery (`externalId`) by the corrected version, where the channel allows it.
   * Without `update`, a correction is delivered as a new publication.
   */
  update?(externalId: string, artifact: Artifact, ctx: DeliveryContext): Promise<Delivery>
  withdraw(externalId: string | null, ctx: DeliveryContext): Promise<void>
  /**
   * 撤稿 of an item that a channel also carries outside its own publications (WeChat's 组稿: one article of a
   * multi-article post): the channel queues its takedown there.
   */
  withdrawItem?(req: PayloadRequest, item: { collection: 'articles' | 'videos'; id: number | string }, reason: string): Promise<void>
}
