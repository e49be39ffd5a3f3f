import type { Payload, PayloadRequest } from 'payload'

import type { ChannelKind } from '../channelKinds'

/**
 * The contract every channel implements (Superdesk's formatter + transmitter, as one folder per channel):
 * `render` is pure and its artifact is stored with the publication, so a retry sends identical bytes;
 * `deliver`, `status` and `withdraw` are the only code that touches the outside world.
 */
export type PublicationState =
  | 'queued'
  | 'rendering'
  | 'delivering'
  | 'submitted'
  | 'delivered'
  | 'retrying'
  | 'failed'
  | 'withdrawn'
  | 'canceled'

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
