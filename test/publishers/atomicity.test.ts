import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sweepOutbox } from '../../publishers/core/sweep'
import { bootPayload } from '../setup/payload'
import { act, atFinalReview, buildWorld, websiteAccount, type World } from '../workflow/reviewWorld'

/**
 * Approval and its outbox commit together. The failure is injected in the database itself (a trigger that
 * refuses new jobs), so the code under test runs unchanged. PostgreSQL: the approving transaction rolls back
 * whole. SQLite (Payload's SQLite adapter runs without transactions): the approval stays, and the outbox
 * sweeper gives the publication the job it lacks.
 */
const onPostgres = /^postgres/.test(process.env.TEST_DATABASE_URL ?? '')
let payload: Payload
let world: World
let site: number | string

async function sql(statement: string) {
  const db = payload.db as unknown as { pool?: { query(s: string): Promise<unknown> }; client?: { execute(s: string): Promise<unknown> } }
  if (db.pool) await db.pool.query(statement)
  else await db.client!.execute(statement)
}

const FAIL_JOBS = onPostgres
  ? [
      `CREATE OR REPLACE FUNCTION rongmei_refuse_jobs() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'injected: job queue unavailable'; END $$ LANGUAGE plpgsql`,
      `CREATE TRIGGER refuse_jobs BEFORE INSERT ON payload_jobs FOR EACH ROW EXECUTE FUNCTION rongmei_refuse_jobs()`,
    ]
  : [`CREATE TRIGGER refuse_jobs BEFORE INSERT ON payload_jobs BEGIN SELECT RAISE(ABORT, 'injected: job queue unavailable'); END`]
const ALLOW_JOBS = onPostgres ? ['DROP TRIGGER refuse_jobs ON payload_jobs'] : ['DROP TRIGGER refuse_jobs']

/** Approves at 终审 while the database refuses some writes; returns the error the reviewer got. */
async function approveWhile(fail: string[], allow: string[], articleId: number | string) {
  for (const statement of fail) await sql(statement)
  try {
    return await act(world, 'r3', articleId, 'approve', { opinion: '同意发布', acknowledgeWarnings: true }).then(
      () => null,
      (error: Error) => error,
    )
  } finally {
    for (const statement of allow) await sql(statement)
  }
}
const approveWhileQueueFails = (articleId: number | string) => approveWhile(FAIL_JOBS, ALLOW_JOBS, articleId)

const publicationsOf = async (id: number | string) =>
  (await payload.find({ collection: 'publications', where: { 'item.value': { equals: id } }, depth: 0, overrideAccess: true })).docs
const finalApprovals = async (id: number | string) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: { and: [{ docId: { equals: String(id) } }, { action: { equals: 'approve' } }, { toState: { in: ['approved', 'scheduled'] } }] },
      overrideAccess: true,
    })
  ).totalDocs

beforeAll(async () => {
  payload = await bootPayload('atomicity')
  world = await buildWorld(payload, 'atomicity.test')
  site = await websiteAccount(world)
})

afterAll(async () => {
  await payload?.destroy()
})

if (onPostgres) {
  describe('approval and its outbox on PostgreSQL', () => {
    it('commit together: when the jobs cannot be written, neither the approval nor any publication remains', async () => {
      const article = await atFinalReview(world, '事务：要么都写入，要么都不写', { targets: [site] })
      const error = await approveWhileQueueFails(article.id)
      expect(String(error?.message ?? error)).toMatch(/injected: job queue unavailable|Failed query/)
      const after = await payload.findByID({ collection: 'articles', id: article.id, draft: true, overrideAccess: true })
      expect([after.workflowState, after.review?.approvedHash ?? null, await finalApprovals(article.id)]).toEqual(['review3', null, 0])
      expect(await publicationsOf(article.id)).toEqual([])
      // Nothing half-done for the sweeper either.
      expect(await sweepOutbox(await createLocalReq({}, payload))).toEqual({ created: [], requeued: [] })

      // The reviewer tries again once the database is healthy: approved, delivered.
      await act(world, 'r3', article.id, 'approve', { opinion: '同意发布', acknowledgeWarnings: true })
      await payload.jobs.run({ limit: 20, silent: true })
      expect((await publicationsOf(article.id)).map((p) => p.state)).toEqual(['delivered'])
    })
  })
} else {
  describe('approval and its outbox on SQLite (no transactions)', () => {
    it('the approval stays when its job cannot be written; the sweeper queues it and it is delivered', async () => {
      const article = await atFinalReview(world, '无事务：巡检补上投递任务', { targets: [site] })
      const error = await approveWhileQueueFails(article.id)
      expect(String(error?.message ?? error)).toMatch(/injected: job queue unavailable|Failed query/)
      // Documented behaviour: without transactions the approval and the publication were written, the job not.
      const after = await payload.findByID({ collection: 'articles', id: article.id, draft: true, overrideAccess: true })
      expect([after.workflowState, await finalApprovals(article.id)]).toEqual(['approved', 1])
      const [publication] = await publicationsOf(article.id)
      expect(publication.state).toBe('queued')
      await payload.jobs.run({ limit: 20, silent: true })
      expect((await publicationsOf(article.id))[0].state).toBe('queued')

      const swept = await sweepOutbox(await createLocalReq({}, payload))
      expect(swept).toEqual({ created: [], requeued: [publication.id] })
      await payload.jobs.run({ limit: 20, silent: true })
      expect((await publicationsOf(article.id))[0].state).toBe('delivered')
      // A second sweep finds nothing to do.
      expect(await sweepOutbox(await createLocalReq({}, payload))).toEqual({ created: [], requeued: [] })
    })

    it('an approval whose publications could not be written gets them from the sweeper', async () => {
      const article = await atFinalReview(world, '无事务：巡检补写发布记录', { targets: [site] })
      const error = await approveWhile(
        [`CREATE TRIGGER refuse_publications BEFORE INSERT ON publications BEGIN SELECT RAISE(ABORT, 'injected: outbox unavailable'); END`],
        ['DROP TRIGGER refuse_publications'],
        article.id,
      )
      expect(String(error?.message ?? error)).toMatch(/injected: outbox unavailable|Failed query/)
      expect((await payload.findByID({ collection: 'articles', id: article.id, draft: true, overrideAccess: true })).workflowState).toBe('approved')
      expect(await publicationsOf(article.id)).toEqual([])

      const swept = await sweepOutbox(await createLocalReq({}, payload))
      const [publication] = await publicationsOf(article.id)
      expect([swept.created, swept.requeued, publication.state]).toEqual([[publication.id], [], 'queued'])
      await payload.jobs.run({ limit: 20, silent: true })
      expect((await publicationsOf(article.id))[0].state).toBe('delivered')
    })
  })
}
