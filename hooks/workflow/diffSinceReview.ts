import type { PayloadRequest } from 'payload'

import { contentHash } from '../../workflow/contentHash'
import { CONTENT_DIFF_FIELDS, diffVersions, renderDiffHtml, type VersionDiff } from '../../workflow/diff'
import type { ReviewableSlug } from './transition'

export type DiffSinceReview = {
  /** When the last approval or return was decided; null when the item was never reviewed. */
  since: string | null
  /** 'approve' or 'return': what that last decision was. */
  action: string | null
  /** Hash of the version reviewed then (from the audit entry). */
  reviewedHash: string | null
  /** The escaped HTML fragment of workflow/diff ('' when there is nothing to compare). */
  html: string
  changes: VersionDiff
  /** The reviewed version was pruned (versions.maxPerDoc), so there is nothing to compare with. */
  reviewedVersionMissing?: true
}

/** How many versions before the decision are searched for the reviewed hash (edits by the reviewer come after). */
const CANDIDATES = 10

/**
 * What changed since the last review decision (approve or return) on the item: the reviewed version is the
 * newest version saved at or before that decision whose content hash is the one the audit entry recorded
 * (the transition claims the audit entry before it saves, so that version is the one reviewed); the newest
 * one before the decision if none matches. Both versions are read at depth 1 so relationships show names.
 * The caller has checked that the user may read the item.
 */
export async function diffSinceReview(req: PayloadRequest, collection: ReviewableSlug, id: number | string): Promise<DiffSinceReview> {
  const none: DiffSinceReview = { since: null, action: null, reviewedHash: null, html: '', changes: [] }
  const { docs: decisions } = await req.payload.find({
    collection: 'audit-log',
    where: {
      and: [{ collectionSlug: { equals: collection } }, { docId: { equals: String(id) } }, { action: { in: ['approve', 'return'] } }],
    },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const last = decisions[0]
  if (!last) return none
  const since = last.createdAt
  const reviewedHash = last.versionHash ?? null

  const { docs: versions } = await req.payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { createdAt: { less_than_equal: since } }] },
    sort: '-createdAt',
    limit: CANDIDATES,
    depth: 1,
    overrideAccess: true,
    req,
  })
  const candidates = versions.map((version) => version.version as unknown as Record<string, unknown>)
  const reviewed = candidates.find((version) => contentHash(version) === reviewedHash) ?? candidates[0]
  const base = { since, action: last.action, reviewedHash }
  if (!reviewed) return { ...base, html: '', changes: [], reviewedVersionMissing: true }

  const latest = (await req.payload.findByID({ collection, id, draft: true, depth: 1, overrideAccess: true, req })) as unknown as Record<string, unknown>
  const changes = diffVersions(reviewed, latest, CONTENT_DIFF_FIELDS)
  return { ...base, html: renderDiffHtml(changes), changes }
}
