import { commitTransaction, createLocalReq, initTransaction } from 'payload'

import { runItemChecks } from '../../hooks/workflow/checks'
import { transition } from '../../hooks/workflow/transition'
import { atFinalReview, buildWorld, draftArticle, websiteAccount, type World } from '../../test/workflow/reviewWorld'
import { bootBenchPayload } from '../bootPayload'
import type { BenchEntry } from '../harness'

/**
 * Approval → article live on the site, with the worker in-process: the 终审 approval (which writes the
 * publications), then the queue run that makes the item live. The baseline is one plain Local API save of an
 * article, so the ratio reads "how many saves' worth"; the absolute goal is p95 ≤ 1.5 s.
 */
const ROUNDS = 9
const GOAL_P95_MS = 1500

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

export async function approvalToLive(): Promise<BenchEntry> {
  const dir = await import('node:fs/promises').then((fs) => fs.mkdtemp('/tmp/rongmei-bench-live-'))
  const payload = await bootBenchPayload(`file:${dir}/live.db`)
  const world: World = await buildWorld(payload, 'bench.live')
  const site = await websiteAccount(world)
  // Items waiting at 终审, one per measured approval (plus the warm-up).
  const waiting: (number | string)[] = []
  for (let i = 0; i <= ROUNDS; i++) {
    waiting.push((await atFinalReview(world, `发布时延测试 ${i}`, { targets: [site] })).id)
  }
  const spare = await draftArticle(world, 'editor', '基线稿件', { credits: [{ role: 'text', name: '沈佳怡' }] })
  const durations: number[] = []

  return {
    name: 'approval → article live on the site (worker in-process, SQLite)',
    ratioLabel: 'approval→live / one Local API save',
    goal: { max: 40 },
    rounds: ROUNDS - 1,
    async subject() {
      const id = waiting.shift()!
      const start = performance.now()
      const req = await createLocalReq({ user: world.users.r3 as never }, payload)
      const own = await initTransaction(req)
      await transition(req, { collection: 'articles', id, action: 'approve', opinion: '同意发布', acknowledgeWarnings: true }, runItemChecks)
      if (own) await commitTransaction(req)
      await payload.jobs.run({ limit: 10, silent: true })
      const live = await payload.find({ collection: 'articles', where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] }, overrideAccess: false })
      if (live.docs.length !== 1) throw new Error(`稿件 ${id} 未上线`)
      durations.push(performance.now() - start)
    },
    async baseline() {
      await payload.update({ collection: 'articles', id: spare.id, draft: true, data: { summary: `摘要 ${Math.random()}` }, user: world.users.editor, overrideAccess: false })
    },
    report() {
      const measured = durations.slice(1)
      const p50 = percentile(measured, 50)
      const p95 = percentile(measured, 95)
      return [`p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms over ${measured.length} approvals (goal p95 ≤ ${GOAL_P95_MS} ms) ${p95 <= GOAL_P95_MS ? 'met' : 'NOT MET'}`]
    },
    async teardown() {
      await payload.destroy()
    },
  }
}
