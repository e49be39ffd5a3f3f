import type { OutboxSweep } from '../../core/outboxSweeps'
import type { BundleDoc } from './load'

/** States in which a bundle still has work to do, and the job that does it. */
const NEXT_TASK: Record<string, 'deliverWechatBundle' | 'checkWechatBundle'> = { queued: 'deliverWechatBundle', retrying: 'deliverWechatBundle', submitted: 'checkWechatBundle' }

/**
 * The 组稿 part of the outbox sweep (publishers/core/sweep.ts): a bundle left on its way without a job (the worker
 * died after a write and before queueing the next job, or the job was never written) gets one. The claims keep a
 * second run harmless; a job a dead worker held is released by the core with the others.
 */
export const bundleSweep: OutboxSweep = {
  name: 'wechatBundles',
  tasks: ['deliverWechatBundle', 'checkWechatBundle'],
  async requeue(req, live, now) {
    const busy = new Set(live.map((job) => String(job.input?.bundle)))
    const { docs } = await req.payload.find({
      collection: 'wechat-bundles',
      where: { state: { in: Object.keys(NEXT_TASK) } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const requeued: (number | string)[] = []
    for (const bundle of docs as BundleDoc[]) {
      if (busy.has(String(bundle.id))) continue
      // A bundle held for its items' time (hold.ts) gets its job at that time.
      const due = bundle.state === 'queued' && bundle.scheduledFor && new Date(bundle.scheduledFor) > now ? new Date(bundle.scheduledFor) : undefined
      await req.payload.jobs.queue({ task: NEXT_TASK[bundle.state], input: { bundle: String(bundle.id) }, waitUntil: due, req })
      requeued.push(bundle.id)
    }
    return requeued
  },
}
