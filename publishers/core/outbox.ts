import type { PayloadRequest } from 'payload'

import type { ReviewableDoc } from '../../hooks/workflow/facts'
import { publisherOptions } from './channels'

const idOf = (ref: unknown) => (ref && typeof ref === 'object' ? (ref as { id: number | string }).id : (ref as number | string))

export const publicationKey = (collection: string, id: number | string, versionHash: string, account: number | string) =>
  `${collection}:${id}:${versionHash}:${account}`

/**
 * At approval, inside the approving transaction: one publication per target account for the approved
 * version, and its delivery job (at the scheduled time, if any). A key that exists already is skipped, so
 * the same version never goes to the same account twice.
 */
export async function createPublications(req: PayloadRequest, collection: 'articles' | 'videos', doc: ReviewableDoc, versionHash: string) {
  const accountIds = (doc.targets ?? []).map(idOf)
  if (!accountIds.length) return []
  const { docs: accounts } = await req.payload.find({
    collection: 'channel-accounts',
    where: { id: { in: accountIds } },
    depth: 0,
    limit: accountIds.length,
    overrideAccess: true,
    req,
  })
  // 定时发布 and 禁发至: the job waits for the later of the two (the delivery checks the embargo again).
  const times = [doc.scheduledAt, (doc as { embargoUntil?: string | null }).embargoUntil].map((at) => (at ? new Date(at).getTime() : 0))
  const latest = Math.max(...times)
  const waitUntil = latest > Date.now() ? new Date(latest) : undefined
  const created = []
  for (const account of accounts) {
    const key = publicationKey(collection, doc.id, versionHash, account.id)
    const existing = await req.payload.find({ collection: 'publications', where: { key: { equals: key } }, limit: 1, depth: 0, overrideAccess: true, req })
    if (existing.docs.length) continue
    // 更正: the account already carries an earlier version of this item, which this one replaces.
    const earlier = await req.payload.find({
      collection: 'publications',
      where: {
        and: [
          { 'item.value': { equals: doc.id } },
          { 'item.relationTo': { equals: collection } },
          { account: { equals: account.id } },
          { state: { in: ['delivered', 'submitted'] } },
          { versionHash: { not_equals: versionHash } },
        ],
      },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const publication = await req.payload.create({
      collection: 'publications',
      data: {
        key,
        item: { relationTo: collection, value: doc.id as number },
        itemTitle: String(doc.title ?? ''),
        versionHash,
        account: account.id,
        channel: account.kind,
        unit: (idOf(doc.unit) as number) ?? null,
        state: 'queued',
        scheduledFor: waitUntil?.toISOString() ?? null,
        corrects: earlier.docs[0]?.id ?? null,
      },
      overrideAccess: true,
      req,
    })
    await req.payload.jobs.queue({ task: 'deliverPublication', input: { publication: String(publication.id) }, waitUntil, req })
    created.push(publication)
  }
  return created
}

/** 撤稿: every publication of the item that reached (or may still reach) a channel is withdrawn or canceled. */
export async function withdrawEverywhere(req: PayloadRequest, collection: 'articles' | 'videos', id: number | string, reason: string) {
  const { docs } = await req.payload.find({
    collection: 'publications',
    where: { and: [{ 'item.value': { equals: id } }, { 'item.relationTo': { equals: collection } }] },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
  for (const publication of docs) {
    if (['withdrawn', 'canceled', 'failed'].includes(publication.state)) continue
    // A delivery replaced in place by its correction is withdrawn with the correction; one the channel
    // could not replace is still out there and is withdrawn itself.
    const replacement = publication.supersededBy ? byId.get(String(idOf(publication.supersededBy))) : undefined
    if (publication.state === 'superseded' && replacement?.externalId && replacement.externalId === publication.externalId) continue
    if (['delivered', 'submitted', 'superseded'].includes(publication.state)) {
      await req.payload.jobs.queue({ task: 'withdrawPublication', input: { publication: String(publication.id), reason }, req })
    } else {
      await req.payload.update({
        collection: 'publications',
        id: publication.id,
        data: { state: 'canceled', withdrawReason: reason, withdrawnAt: new Date().toISOString() },
        overrideAccess: true,
        req,
      })
    }
  }
  for (const publisher of publisherOptions(req.payload).publishers) await publisher.withdrawItem?.(req, { collection, id }, reason)
}
