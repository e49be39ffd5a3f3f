import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { createLocalReq, getPayload, type Payload } from 'payload'
import { afterAll, describe, expect, it, vi } from 'vitest'

import { databaseAdapter } from '../../db/adapter'
import { createConfig } from '../../payload.config'
import { claimStep } from '../../publishers/core/publicationRecord'
import { STALE_AFTER_MS, sweepOutbox } from '../../publishers/core/sweep'
import { approveThroughAllStages, buildWorld, websiteAccount } from '../workflow/reviewWorld'

/**
 * Durability: the publications and their jobs live in the database, so a worker that dies between the
 * approval and the job run loses nothing — a new process on the same database delivers.
 */
const instances: Payload[] = []
let world: Awaited<ReturnType<typeof buildWorld>>

async function databaseUrl(): Promise<string> {
  const base = process.env.TEST_DATABASE_URL
  if (base && /^postgres/.test(base)) {
    const { freshPostgresDatabase } = await import('../setup/postgres')
    return freshPostgresDatabase(base, 'restart')
  }
  return `file:${path.join(await mkdtemp(path.join(os.tmpdir(), 'rongmei-restart-')), 'restart.db')}`
}

const boot = async (url: string, key: string) => {
  const payload = await getPayload({ config: createConfig(databaseAdapter(url)), key } as never)
  instances.push(payload)
  return payload
}

afterAll(async () => {
  vi.useRealTimers()
  for (const payload of instances) await payload.destroy().catch(() => undefined)
})

describe('a process killed between approval and delivery', () => {
  it('delivers after restart', async () => {
    const url = await databaseUrl()
    const first = await boot(url, `restart-a-${Date.now()}`)
    world = await buildWorld(first, 'restart.test')
    const article = await approveThroughAllStages(world, '重启后仍能送达', { targets: [await websiteAccount(world)] })
    // The process dies before any job runs.
    await first.destroy()

    const second = await boot(url, `restart-b-${Date.now()}`)
    const [queued] = (await second.find({ collection: 'publications', where: { 'item.value': { equals: article.id } }, overrideAccess: true })).docs
    expect(queued.state).toBe('queued')
    await second.jobs.run({ limit: 10, silent: true })
    const delivered = await second.findByID({ collection: 'publications', id: queued.id, overrideAccess: true })
    expect([delivered.state, delivered.url]).toEqual(['delivered', `/articles/${article.id}`])
    const live = await second.find({ collection: 'articles', where: { id: { equals: article.id } }, overrideAccess: false })
    expect(live.docs.map((doc) => doc.workflowState)).toEqual(['published'])
  })

  it('a worker killed after claiming an attempt: the sweeper releases its job, the stale claim is counted, it delivers', async () => {
    // The database of the first test, with the process that took over.
    const payload = instances.at(-1)!
    const here = { ...world, payload }
    const article = await approveThroughAllStages(here, '认领后进程退出', { targets: [await websiteAccount(here)] })
    const [publication] = (await payload.find({ collection: 'publications', where: { 'item.value': { equals: article.id } }, overrideAccess: true })).docs
    const [job] = (await payload.find({ collection: 'payload-jobs', where: { completedAt: { exists: false } }, overrideAccess: true })).docs.filter(
      (j) => (j.input as { publication?: string }).publication === String(publication.id),
    )
    // The dead worker: it took the job and claimed attempt 1, then died before writing anything else.
    const req = await createLocalReq({}, payload)
    await payload.update({ collection: 'payload-jobs', id: job.id, data: { processing: true }, overrideAccess: true })
    expect(await claimStep(req, publication as never, 'attempt-1', 'deliver', '第 1 次投递')).toBe(true)
    await payload.jobs.run({ limit: 10, silent: true })
    expect((await payload.findByID({ collection: 'publications', id: publication.id, overrideAccess: true })).state).toBe('queued')

    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + STALE_AFTER_MS + 60_000)
    try {
      expect(await sweepOutbox(await createLocalReq({}, payload))).toEqual({ created: [], requeued: [] })
      for (let i = 0; i < 3; i++) await payload.jobs.run({ limit: 10, silent: true })
    } finally {
      vi.useRealTimers()
    }
    const delivered = await payload.findByID({ collection: 'publications', id: publication.id, overrideAccess: true })
    expect([delivered.state, delivered.attempts]).toEqual(['delivered', 2])
  })
})
