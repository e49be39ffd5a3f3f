import { createLocalReq, type Payload, type TypedUser, type Where } from 'payload'

import { actorFacts, itemFacts, type ReviewableDoc } from '../../hooks/workflow/facts'
import { REVIEWED_COLLECTIONS, REVIEWABLE, type ReviewableSlug } from '../../hooks/workflow/transition'
import { availableActions } from '../../workflow/transitions'

/** One line of a dashboard list. */
export type QueueItem = {
  collection: ReviewableSlug
  id: number | string
  title: string
  state: string
  /** Since when the item has waited in this list (ISO time). */
  since: string
  /** The opinion that sent it back, for 退回给我. */
  opinion?: string
}

const LIMIT = 50

const roles = (user: TypedUser) => ((user as { roles?: string[] }).roles ?? []) as string[]

const titleOf = (doc: ReviewableDoc) => String(doc.title ?? `#${doc.id}`)

/** The latest version of each item the user may read that matches `where` (drafts included). */
async function latest(payload: Payload, user: TypedUser, collection: ReviewableSlug, where: Where) {
  const { docs } = await payload.find({
    collection,
    where,
    draft: true,
    depth: 0,
    limit: LIMIT,
    sort: '-updatedAt',
    overrideAccess: false,
    user,
  })
  return docs as unknown as ReviewableDoc[]
}

/**
 * 待我审核: items whose latest version waits at a stage this reviewer may approve now, within their scope.
 * The query narrows by stage and read access; the state machine (availableActions) then applies every rule
 * the server would (scope, 宣传部 authority, own work, no reviewer twice), so the list offers only what the
 * panel will let them do. Waiting time counts from the previous approval, or from the submission.
 */
export async function waitingForMe(payload: Payload, user: TypedUser): Promise<QueueItem[]> {
  if (!roles(user).includes('reviewer')) return []
  const stages = (((user as { reviewStages?: string[] }).reviewStages ?? []) as string[]).map((stage) => `review${stage}`)
  if (!stages.length) return []
  const req = await createLocalReq({ user }, payload)
  const actor = await actorFacts(req)
  const items: QueueItem[] = []
  for (const collection of REVIEWED_COLLECTIONS) {
    for (const doc of await latest(payload, user, collection, { workflowState: { in: stages } })) {
      if (!availableActions(await itemFacts(req, doc), actor).includes('approve')) continue
      const approvals = doc.review?.approvals ?? []
      const since = approvals.at(-1)?.at ?? doc.review?.submittedAt ?? String(doc.updatedAt)
      items.push({ collection, id: doc.id, title: titleOf(doc), state: String(doc.workflowState), since })
    }
  }
  return items.sort((a, b) => a.since.localeCompare(b.since))
}

/**
 * When each of the given items was last returned, from the audit log. The items were read with the user's own
 * access just before; the log itself is reviewers-only, and the time of a return on an item the user may read
 * is part of that item's timeline, which the workflow endpoint shows to every reader of the item too.
 */
async function returnTimes(payload: Payload, collection: ReviewableSlug, ids: (number | string)[]) {
  const times = new Map<string, string>()
  if (!ids.length) return times
  const { docs } = await payload.find({
    collection: 'audit-log',
    where: { and: [{ collectionSlug: { equals: collection } }, { docId: { in: ids.map(String) } }, { action: { equals: 'return' } }] },
    sort: 'createdAt',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const entry of docs) times.set(entry.docId, entry.createdAt)
  return times
}

/** 退回给我 and 我的草稿: the user's own drafts, split by whether a reviewer sent them back with an opinion. */
export async function myDrafts(payload: Payload, user: TypedUser): Promise<{ returned: QueueItem[]; drafts: QueueItem[] }> {
  const returned: QueueItem[] = []
  const drafts: QueueItem[] = []
  if (!roles(user).includes('editor')) return { returned, drafts }
  for (const collection of REVIEWED_COLLECTIONS) {
    const docs = await latest(payload, user, collection, {
      and: [{ author: { equals: user.id } }, { workflowState: { equals: 'draft' } }],
    })
    const back = docs.filter((doc) => doc.review?.returnReason)
    const times = await returnTimes(payload, collection, back.map((doc) => doc.id))
    for (const doc of docs) {
      const base = { collection, id: doc.id, title: titleOf(doc), state: 'draft' }
      if (doc.review?.returnReason) {
        returned.push({ ...base, since: times.get(String(doc.id)) ?? String(doc.updatedAt), opinion: doc.review.returnReason })
      } else {
        drafts.push({ ...base, since: String(doc.updatedAt) })
      }
    }
  }
  returned.sort((a, b) => a.since.localeCompare(b.since))
  drafts.sort((a, b) => b.since.localeCompare(a.since))
  return { returned, drafts }
}

/**
 * 我的排期: the user's own items that wait for their publication time — 已排期, or 已通过 with a time still
 * ahead — soonest first. `since` carries the scheduled time here.
 */
export async function myScheduled(payload: Payload, user: TypedUser): Promise<QueueItem[]> {
  if (!roles(user).includes('editor')) return []
  const now = Date.now()
  const items: QueueItem[] = []
  for (const collection of REVIEWABLE) {
    const docs = await latest(payload, user, collection, {
      and: [{ author: { equals: user.id } }, { workflowState: { in: ['scheduled', 'approved'] } }, { scheduledAt: { exists: true } }],
    })
    for (const doc of docs) {
      const at = doc.scheduledAt ? Date.parse(doc.scheduledAt) : NaN
      if (doc.workflowState === 'approved' && !(at > now)) continue
      items.push({ collection, id: doc.id, title: titleOf(doc), state: String(doc.workflowState), since: String(doc.scheduledAt) })
    }
  }
  return items.sort((a, b) => a.since.localeCompare(b.since))
}
