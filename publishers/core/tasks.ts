import type { TaskConfig } from 'payload'

import { checkPublication } from './checkTask'
import { deliverPublication, withdrawPublication } from './deliverTask'
import { sweepOutbox } from './sweep'

const publicationInput = [{ name: 'publication', type: 'text', required: true }] as const

/** The outbox's jobs. Retries are ours (a new job with backoff, recorded on the publication), not the queue's. */
export const publisherTasks: TaskConfig[] = [
  {
    slug: 'deliverPublication',
    label: '投递发布记录',
    inputSchema: [...publicationInput],
    retries: 0,
    handler: async ({ input, req }) => {
      await deliverPublication(req, (input as { publication: string }).publication)
      return { output: {} }
    },
  },
  {
    slug: 'checkPublication',
    label: '查询发布结果',
    inputSchema: [...publicationInput],
    retries: 0,
    handler: async ({ input, req }) => {
      await checkPublication(req, (input as { publication: string }).publication)
      return { output: {} }
    },
  },
  {
    slug: 'withdrawPublication',
    label: '撤回发布记录',
    inputSchema: [...publicationInput, { name: 'reason', type: 'text' }],
    retries: 3,
    handler: async ({ input, req }) => {
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
    handler: async ({ req }) => {
      const { created, requeued } = await sweepOutbox(req)
      return { output: { created: created.length, requeued: requeued.length } }
    },
  },
]
