import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

import { databaseAdapter } from '../../db/adapter'
import { createConfig } from '../../payload.config'
import { approveThroughAllStages, buildWorld, websiteAccount } from '../workflow/reviewWorld'

/**
 * Durability: the publications and their jobs live in the database, so a worker that dies between the
 * approval and the job run loses nothing — a new process on the same database delivers.
 */
const instances: Payload[] = []

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
  for (const payload of instances) await payload.destroy().catch(() => undefined)
})

describe('a process killed between approval and delivery', () => {
  it('delivers after restart', async () => {
    const url = await databaseUrl()
    const first = await boot(url, `restart-a-${Date.now()}`)
    const world = await buildWorld(first, 'restart.test')
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
})
