import type { PayloadRequest } from 'payload'

import type { ReviewableDoc } from '../../hooks/workflow/facts'
import { createPublications } from './outbox'

const all = { limit: 0, pagination: false, depth: 0, overrideAccess: true } as const

/**
 * 立即发布, inside the publishing transaction: the approved version's publications stop waiting for 定时发布 and
 * get a delivery job now. Missing ones are written first (the key skips existing ones, as the sweeper does).
 * The job that waited for the old time is left: when it runs, the publication is done and it does nothing.
 * 禁发至 is not touched: the workflow refuses 立即发布 under an embargo, and delivery checks it again.
 * Returns the ids of the version's publications, for the caller to follow their delivery.
 */
export async function releaseNow(req: PayloadRequest, collection: 'articles' | 'videos', doc: ReviewableDoc, versionHash: string) {
  await createPublications(req, collection, doc, versionHash)
  const { docs } = await req.payload.find({
    collection: 'publications',
    ...all,
    where: { and: [{ 'item.value': { equals: doc.id } }, { 'item.relationTo': { equals: collection } }, { versionHash: { equals: versionHash } }] },
    req,
  })
  const now = Date.now()
  for (const publication of docs) {
    const waiting = publication.state === 'queued' && publication.scheduledFor && new Date(publication.scheduledFor).getTime() > now
    if (!waiting) continue
    await req.payload.update({ collection: 'publications', id: publication.id, data: { scheduledFor: null, nextAttemptAt: null }, overrideAccess: true, req })
    await req.payload.jobs.queue({ task: 'deliverPublication', input: { publication: String(publication.id) }, req })
  }
  return docs.map((publication) => publication.id)
}
