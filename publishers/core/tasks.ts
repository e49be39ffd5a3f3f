import type { PayloadRequest, TaskConfig } from 'payload'

import { checkPublication } from './checkTask'
import { deliverPublication, withdrawPublication } from './deliverTask'
import { ownRequest } from './jobRequest'
import { sweepOutbox } from './sweep'

const publicationInput = [{ name: 'publication', type: 'text', required: true }] as const

/** A job that carries one publication. Retries are ours (a new job with backoff, recorded on the publication). */
const publicationTask = (slug: string, label: string, run: (req: PayloadRequest, id: string) => Promise<unknown>): TaskConfig => ({
  slug: slug as never,
  label,
  inputSchema: [...publicationInput],
  retries: 0,
  handler: async ({ input, req: shared }) => {
    const req = ownRequest(shared)
    await run(req, (input as { publication: string }).publication)
    return { output: {} }
  },
})

export const publisherTasks: TaskConfig[] = [
  publicationTask('deliverPublication', '投递发布记录', deliverPublication),
  publicationTask('checkPublication', '查询发布结果', checkPublication),
  {
    slug: 'withdrawPublication',
    label: '撤回发布记录',
    inputSchema: [...publicationInput, { name: 'reason', type: 'text' }],
    retries: 3,
    handler: async ({ input, req: shared }) => {
      const req = ownRequest(shared)
      const { publication, reason } = input as { publication: string; reason?: string }
      await withdrawPublication(req, publication, reason ?? '')
      return { output: {} }
    },
  },
  {
    slug: 'sweepOutbox',
    label: '发布队列巡检',
    retries: 0,
    // Every five minutes in the worker: approvals or jobs a crash (or SQLite, which has no transactions) left behind.
    schedule: [{ cron: '0 */5 * * * *', queue: 'default' }],
    handler: async ({ req: shared }) => {
      const req = ownRequest(shared)
      const { created, requeued, others } = await sweepOutbox(req)
      const requeuedOthers = Object.values(others ?? {}).reduce((sum, ids) => sum + ids.length, 0)
      return { output: { created: created.length, requeued: requeued.length + requeuedOthers } }
    },
  },
]
