import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import type { ChannelKind } from '../channelKinds'
import { recordDelivered } from './outcome'
import { claimStep, failPublication, type Publication } from './publicationRecord'

export type SettleOutcome =
  | { state: 'delivered'; url?: string | null; raw?: unknown }
  | { state: 'failed'; code?: string; message: string; raw?: unknown }

export type SettleResult =
  | { result: 'delivered' | 'failed'; publication: number | string }
  /** Already settled (a repeated callback, or the status check came first): nothing changed. */
  | { result: 'unchanged'; publication: number | string; state: string }
  | { result: 'unknown' }

/**
 * A channel's callback (e.g. WeChat's PUBLISHJOBFINISH) settles the submitted publication of that channel
 * kind with that external id: delivered with its URL, or failed with the reason. Idempotent: a second
 * callback, or one racing a status check, changes nothing and says so. A callback that knows its account
 * passes it: external ids are the platform's, unique per account at best (two accounts' ids can collide).
 */
export async function settlePublication(
  payload: Payload,
  { kind, externalId, outcome, account }: { kind: ChannelKind | string; externalId: string; outcome: SettleOutcome; account?: number | string },
): Promise<SettleResult> {
  const req = await createLocalReq({}, payload)
  const { docs } = await payload.find({
    collection: 'publications',
    where: { and: [{ channel: { equals: kind } }, { externalId: { equals: externalId } }, ...(account != null ? [{ account: { equals: account } }] : [])] },
    sort: '-updatedAt',
    depth: 0,
    limit: 10,
    overrideAccess: true,
    req,
  })
  const publication = (docs.find((doc) => doc.state === 'submitted') ?? docs[0]) as Publication | undefined
  if (!publication) return { result: 'unknown' }
  if (publication.state !== 'submitted') return { result: 'unchanged', publication: publication.id, state: publication.state }

  const shouldCommit = await initTransaction(req)
  try {
    const note = outcome.state === 'delivered' ? '渠道回调：发布成功' : `渠道回调：发布失败（${outcome.message}）`
    if (!(await claimStep(req, publication, `settle-${externalId}`, 'settle', note))) {
      if (shouldCommit) await killTransaction(req)
      return { result: 'unchanged', publication: publication.id, state: 'submitted' }
    }
    if (outcome.state === 'delivered') await recordDelivered(req, publication, { url: outcome.url ?? null })
    else await failPublication(req, publication.id, outcome.code ?? 'channel-failed', outcome.message, outcome.raw ?? null)
    if (shouldCommit) await commitTransaction(req)
    return { result: outcome.state, publication: publication.id }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}
