import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

import { databaseAdapter } from '../../db/adapter'
import { createConfig } from '../../payload.config'
import { websitePublisher } from '../../publishers/website'
import { approveThroughAllStages, buildWorld } from '../workflow/reviewWorld'
import { startAsyncPlatform, syncPublisher, type AsyncPlatform } from './fixtures/asyncChannel'

/**
 * Two real worker processes share one queue: N publications (one approval to N accounts), both workers released
 * at the same instant, and the channel — an HTTP platform in this process — counts what reached it. Payload
 * hands the same job to both workers when they poll together (no row locking); the attempt claims keep each
 * delivery single. PostgreSQL is the production shape; SQLite (one file, two processes) must hold too.
 */
const onPostgres = /^postgres/.test(process.env.TEST_DATABASE_URL ?? '')
const N = 16
const children: ChildProcess[] = []
let payload: Payload | undefined
let platform: AsyncPlatform | undefined

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
  await payload?.destroy().catch(() => undefined)
  await platform?.close()
})

async function databaseUrl(dir: string) {
  if (onPostgres) {
    const { freshPostgresDatabase } = await import('../setup/postgres')
    return freshPostgresDatabase(process.env.TEST_DATABASE_URL!, 'workers')
  }
  return `file:${path.join(dir, 'workers.db')}`
}

function startWorker(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'test/publishers/fixtures/worker.ts'], {
    env: { ...process.env, ...env, NODE_ENV: 'test', PAYLOAD_MIGRATING: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  let out = ''
  let err = ''
  child.stdout!.on('data', (chunk) => (out += chunk))
  child.stderr!.on('data', (chunk) => (err += chunk))
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', () => out.includes('READY') && resolve())
    child.once('exit', (code) => reject(new Error(`worker exited (${code}) before it was ready: ${err.slice(-2000)}`)))
  })
  const done = new Promise<{ ran: number }>((resolve, reject) =>
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`worker exited ${code}: ${err.slice(-2000)}`)))),
  )
  return { ready, done }
}

async function twoWorkersDeliverEachOnce() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rongmei-workers-'))
  const url = await databaseUrl(dir)
  platform = await startAsyncPlatform()
  payload = await getPayload({
    config: createConfig(databaseAdapter(url), { publishers: [websitePublisher as never, syncPublisher(platform) as never] }),
    key: `workers-${Date.now()}`,
  } as never)
  const world = await buildWorld(payload, 'workers.test')
  const accounts = []
  for (let i = 0; i < N; i++) {
    const account = await payload.create({
      collection: 'channel-accounts',
      data: { name: `测试公众号${i + 1}`, kind: 'wechat', tier: 'unit', unit: world.units.A, responsiblePerson: '负责人', responsiblePhone: '13800000000', status: 'filed' } as never,
    })
    accounts.push(account.id)
  }
  const article = await approveThroughAllStages(world, '两个进程分担投递', { targets: accounts })

  const gate = path.join(dir, 'gate')
  await writeFile(gate, '')
  const env = { DATABASE_URL: url, PLATFORM_URL: platform.url, START_GATE: gate }
  const workers = [startWorker(env), startWorker(env)]
  await Promise.all(workers.map((worker) => worker.ready))
  await rm(gate)
  const ran = await Promise.all(workers.map((worker) => worker.done))

  const { docs } = await payload.find({ collection: 'publications', where: { 'item.value': { equals: article.id } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })
  expect(docs).toHaveLength(N)
  expect(docs.filter((doc) => doc.state !== 'delivered').map((doc) => [doc.id, doc.state, doc.lastError?.message])).toEqual([])
  // Exactly once: every publication reached the platform one time, and nothing else did.
  expect([...platform.deliveries.values()]).toEqual(Array(N).fill(1))
  expect(platform.calls.deliver).toBe(N)
  expect(docs.every((doc) => doc.attempts === 1)).toBe(true)
  return ran
}

if (onPostgres) {
  describe('two worker processes on PostgreSQL', () => {
    it(`deliver ${N} publications exactly once between them`, async () => {
      const ran = await twoWorkersDeliverEachOnce()
      // Both took part (each ran jobs), and together no more than the N jobs plus the ones both picked up.
      expect(ran.every(({ ran }) => ran > 0)).toBe(true)
    }, 240_000)
  })
} else {
  describe('two worker processes on one SQLite file', () => {
    it(`deliver ${N} publications exactly once between them`, async () => {
      await twoWorkersDeliverEachOnce()
    }, 240_000)
  })
}
