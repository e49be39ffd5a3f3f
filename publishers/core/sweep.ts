import type { PayloadRequest } from 'payload'

import type { ReviewableDoc } from '../../hooks/workflow/facts'
import { createPublications } from './outbox'
import { outboxSweeps, type LiveJob } from './outboxSweeps'

/** A job or an in-flight publication untouched this long belongs to a worker that died. */
export const STALE_AFTER_MS = Number(process.env.PUBLISH_STALE_AFTER_MS ?? 10 * 60_000)
/** Approvals older than this are not looked at again (the sweeper runs every few minutes). */
const RECENT_APPROVALS_MS = 24 * 60 * 60_000

const WAITING = ['queued', 'retrying', 'rendering', 'delivering', 'submitted']
const all = { limit: 0, pagination: false, depth: 0, overrideAccess: true } as const

/**
 * The outbox sweeper (every few minutes in the worker, and once when it starts). It repairs what a crash or a
 * database without transactions (SQLite) can leave behind:
 * - an approved item whose publications were not all written: they are written now (the key skips existing ones);
 * - a waiting publication without a live job (its job was never written, or its worker died holding it):
 *   it gets a new job — delivery claims make a second run harmless;
 * - the same for the records a channel registered (outboxSweeps.ts, e.g. WeChat's 组稿), with their own jobs.
 * Returns what it did, for the log and the tests (`others`: the registered sweeps' requeued ids, when any).
 */
export async function sweepOutbox(req: PayloadRequest, now = new Date()) {
  const created: (number | string)[] = []
  for (const collection of ['articles', 'videos'] as const) {
    const since = new Date(now.getTime() - RECENT_APPROVALS_MS).toISOString()
    const { docs } = await req.payload.find({
      collection,
      ...all,
      draft: true,
      where: { and: [{ workflowState: { in: ['approved', 'scheduled', 'published'] } }, { 'review.approvedAt': { greater_than: since } }] },
      req,
    })
    for (const doc of docs as unknown as ReviewableDoc[]) {
      const hash = doc.review?.approvedHash
      if (!hash) continue
      for (const publication of await createPublications(req, collection, doc, hash)) created.push(publication.id)
    }
  }

  const stale = new Date(now.getTime() - STALE_AFTER_MS).toISOString()
  const sweeps = outboxSweeps(req)
  const tasks = ['deliverPublication', 'checkPublication', ...sweeps.flatMap((sweep) => sweep.tasks)]
  const { docs: jobs } = await req.payload.find({
    collection: 'payload-jobs',
    ...all,
    where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }, { taskSlug: { in: tasks } }] },
    req,
  })
  const live = new Set<string>()
  const liveJobs: LiveJob[] = []
  for (const job of jobs) {
    // A job its worker has held past the limit is dead: released, it runs again (the claims keep it once).
    if (job.processing && String(job.updatedAt) < stale) {
      await req.payload.update({ collection: 'payload-jobs', id: job.id, data: { processing: false }, overrideAccess: true, req })
    }
    const input = (job.input as Record<string, unknown> | null) ?? null
    liveJobs.push({ task: String(job.taskSlug), input })
    if (job.taskSlug === 'deliverPublication' || job.taskSlug === 'checkPublication') live.add(String(input?.publication))
  }

  const requeued: (number | string)[] = []
  const { docs: waiting } = await req.payload.find({ collection: 'publications', ...all, where: { state: { in: WAITING } }, req })
  for (const publication of waiting) {
    if (live.has(String(publication.id)) || created.includes(publication.id)) continue
    const due = [publication.nextAttemptAt, publication.scheduledFor].map((at) => (at ? new Date(at) : null)).find((at) => at && at > now)
    const task = publication.state === 'submitted' ? 'checkPublication' : 'deliverPublication'
    await req.payload.jobs.queue({ task, input: { publication: String(publication.id) }, waitUntil: due ?? undefined, req })
    requeued.push(publication.id)
  }
  const others: Record<string, (number | string)[]> = {}
  for (const sweep of sweeps) {
    const ids = await sweep.requeue(req, liveJobs.filter((job) => sweep.tasks.includes(job.task)), now)
    if (ids.length) others[sweep.name] = ids
  }
  // Completed jobs stay a day for inspection (and so a second worker holding the same job finds it), then go.
  await req.payload.delete({
    collection: 'payload-jobs',
    where: { completedAt: { less_than: new Date(now.getTime() - RECENT_APPROVALS_MS).toISOString() } },
    overrideAccess: true,
    req,
  })
  return { created, requeued, ...(Object.keys(others).length ? { others } : {}) }
}
