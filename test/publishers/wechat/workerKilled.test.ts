import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

import { databaseAdapter } from '../../../db/adapter'
import { createConfig } from '../../../payload.config'
import type { WechatSandbox } from '../../../publishers/wechat/sandbox/server'
import { buildWorld } from '../../workflow/reviewWorld'
import { startSandbox, TEST_APP } from './sandboxWorld'
import { approvedFor, imageMedia, wechatAccount } from './wechatWorld'

/**
 * Real worker processes killed with SIGKILL in the middle of WeChat deliveries, on one database (a SQLite file,
 * or PostgreSQL with TEST_DATABASE_URL) and against the sandbox over HTTP:
 *   worker A is killed at the instant WeChat has taken the 4th freepublish/submit and before A hears the
 *   publish_id (other deliveries of A are mid-flight at every step);
 *   worker B, started after it, is killed at the instant WeChat answers its first freepublish/get;
 *   worker C finishes. The jobs a dead worker held are released by the sweeper and its claims counted once they
 *   are older than PUBLISH_STALE_AFTER_MS (the core's knob, a few seconds here instead of 10 minutes).
 * Outcome: every publication delivered, and WeChat holds each article exactly once (no duplicate, no orphan), with
 * no draft left in the draft box.
 */
const onPostgres = /^postgres/.test(process.env.TEST_DATABASE_URL ?? '')
const N = 12
const KILL_AT_SUBMIT = 4
const STALE_AFTER_MS = 4_000

const children: ChildProcess[] = []
let payload: Payload | undefined
let sandbox: WechatSandbox | undefined

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  await payload?.destroy().catch(() => undefined)
  await sandbox?.close()
})

async function databaseUrl() {
  if (onPostgres) {
    const { freshPostgresDatabase } = await import('../../setup/postgres')
    return freshPostgresDatabase(process.env.TEST_DATABASE_URL!, 'wechat_killed')
  }
  return `file:${path.join(await mkdtemp(path.join(os.tmpdir(), 'rongmei-wechat-killed-')), 'killed.db')}`
}

/** A worker process (test/publishers/fixtures/sweepingWorker.ts); resolves `ready` once booted. */
function startWorker(name: string, databaseUrl: string) {
  const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'test/publishers/fixtures/sweepingWorker.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'test',
      PAYLOAD_MIGRATING: 'true',
      PUBLISH_STALE_AFTER_MS: String(STALE_AFTER_MS),
      PUBLISH_STATUS_BASE_MS: '300',
      PUBLISH_STATUS_MAX_MS: '1000',
      PUBLISH_RETRY_BASE_MS: '200',
      // A submission whose answer was lost and whose draft is still in the draft box is resubmitted only after this
      // (30 min in production: WeChat may still be publishing it); the sandbox publishes in 300 ms.
      WECHAT_SUBMIT_SETTLE_MS: '3000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  let out = ''
  child.stdout!.on('data', (chunk) => (out += chunk))
  child.stderr!.on('data', (chunk) => (out += chunk))
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', () => out.includes('READY') && resolve())
    child.once('exit', (code, signal) => reject(new Error(`worker ${name} exited (${code ?? signal}) before it was ready: ${out.slice(-2000)}`)))
  })
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? String(code))))
  return { name, child, ready, exited, output: () => out }
}

type Worker = ReturnType<typeof startWorker>

/** Waits for the planned kill; a worker that exits on its own fails the test with its output instead of hanging it. */
async function untilKilled(worker: Worker, killed: Promise<void>) {
  const exitedFirst = worker.exited.then((how) => {
    throw new Error(`worker ${worker.name} exited (${how}) before it was killed: ${worker.output().slice(-2000)}`)
  })
  await Promise.race([killed, exitedFirst])
  expect(await worker.exited).toBe('SIGKILL')
}

describe(`WeChat deliveries survive worker processes killed with SIGKILL (${onPostgres ? 'PostgreSQL' : 'SQLite file'})`, () => {
  it(`${N} publications: worker A killed after WeChat took a submission, worker B killed during a status check, worker C finishes: 0 duplicates, 0 lost`, async () => {
    // Who dies when: the sandbox calls this after it has done the work of a call and before the caller hears back.
    let victim: { worker: Worker; path: string; after: number; seen: number; killed: () => void } | null = null
    const armKill = (worker: Worker, path: string, after: number) =>
      new Promise<void>((killed) => {
        victim = { worker, path, after, seen: 0, killed }
      })
    sandbox = await startSandbox({
      publishDelayMs: 300,
      quotas: { '/cgi-bin/freepublish/get': 10_000, '/cgi-bin/draft/get': 10_000, '/cgi-bin/freepublish/batchget': 10_000 },
      beforeAnswer: (path) => {
        if (!victim || path !== victim.path || ++victim.seen < victim.after) return
        const { worker, killed } = victim
        victim = null
        worker.child.kill('SIGKILL')
        killed()
      },
    })

    const url = await databaseUrl()
    payload = await getPayload({ config: createConfig(databaseAdapter(url)), key: `wechat-killed-${Date.now()}` } as never)
    const world = await buildWorld(payload, 'wechat-killed.test')
    const account = await wechatAccount(world, TEST_APP, sandbox.url)
    const cover = await imageMedia(world)
    const bodyImage = await imageMedia(world, '#16a085', 800, 600)
    const titles: string[] = []
    for (let i = 0; i < N; i++) {
      titles.push(`进程被杀第${i + 1}篇`)
      await approvedFor(world, titles[i], [account], cover, bodyImage)
    }
    const all = async () => (await payload!.find({ collection: 'publications', depth: 0, limit: 0, pagination: false, overrideAccess: true })).docs
    expect((await all()).map((p) => p.state)).toEqual(Array(N).fill('queued'))

    const a = startWorker('A', url)
    await untilKilled(a, armKill(a, '/cgi-bin/freepublish/submit', KILL_AT_SUBMIT))
    const afterA = await all()
    // A died with work in flight: not everything was submitted, and what it held is still marked as its own.
    expect(afterA.filter((p) => p.state === 'submitted' || p.state === 'delivered').length).toBeLessThan(N)

    const b = startWorker('B', url)
    await untilKilled(b, armKill(b, '/cgi-bin/freepublish/get', 1))

    const c = startWorker('C', url)
    await c.ready
    const open = async () => (await all()).filter((p) => !['delivered', 'failed'].includes(p.state))
    for (let waited = 0; (await open()).length; waited += 250) {
      if (c.child.exitCode !== null) throw new Error(`worker C exited: ${c.output().slice(-2000)}`)
      // A generous bound (a stalled delivery fails the test with the states below instead of hanging it).
      if (waited > 270_000) break
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    c.child.kill('SIGTERM')
    await c.exited

    const publications = await all()
    // 0 lost: every publication delivered.
    expect(publications.filter((p) => p.state !== 'delivered').map((p) => [p.itemTitle, p.state, p.lastError?.message])).toEqual([])
    // 0 duplicates, 0 orphans: WeChat holds exactly N articles, one per publication, each the one its publication links to.
    const posts = [...sandbox.state.published.values()]
    expect(sandbox.state.duplicates()).toEqual([])
    expect(posts.flatMap((post) => post.articles.map((article) => article.title)).sort()).toEqual([...titles].sort())
    expect(publications.map((p) => p.url).sort()).toEqual(posts.map((post) => post.articles[0].url).sort())
    // The killed submission was taken by WeChat without its answer reaching A: found again (freepublish/batchget), not resubmitted.
    expect(publications.some((p) => String(p.externalId).startsWith('article:'))).toBe(true)
    expect(sandbox.state.jobs.size).toBe(N)
    // Nothing left in the draft box either: a draft/add whose answer died with its worker was found and published.
    expect([...sandbox.state.drafts.values()].map((draft) => draft.articles[0].title)).toEqual([])
  }, 420_000)
})
