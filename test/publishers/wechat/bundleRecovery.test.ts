import { readdir, readFile } from 'node:fs/promises'

import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { STALE_AFTER_MS, sweepOutbox } from '../../../publishers/core/sweep'
import { claimBundleStep } from '../../../publishers/wechat/bundles/deliver'
import { loadBundle } from '../../../publishers/wechat/bundles/load'
import { publishBundle } from '../../../publishers/wechat/bundles/publish'
import type { WechatSandbox } from '../../../publishers/wechat/sandbox/server'
import { bootPayload } from '../../setup/payload'
import { buildWorld, type World } from '../../workflow/reviewWorld'
import { startSandbox, TEST_APP } from './sandboxWorld'
import { approvedFor, imageMedia, queueRunner, wechatAccount } from './wechatWorld'

/**
 * 微信组稿 after a worker died: a claim it left behind (on a delivery attempt, on a status check) is counted once
 * it is older than STALE_AFTER_MS and the job queued again; the outbox sweeper releases the bundle jobs a dead
 * worker held and queues one for a bundle left on its way without a job. Each bundle is then posted exactly once.
 * The clock is moved past the limit (only Date is faked) instead of waiting 10 minutes.
 */
let payload: Payload
let world: World
let sandbox: WechatSandbox
let account: number
let cover: number
let runQueue: ReturnType<typeof queueRunner>

beforeAll(async () => {
  sandbox = await startSandbox()
  payload = await bootPayload('wechat-bundle-recovery', { statusPolling: { baseDelayMs: 1_000, maxDelayMs: 4_000, giveUpAfterMs: 24 * 3600_000 } })
  world = await buildWorld(payload, 'wechat-bundle-recovery.test')
  account = await wechatAccount(world, TEST_APP, sandbox.url)
  cover = await imageMedia(world)
  runQueue = queueRunner(payload)
})

afterAll(async () => {
  await sandbox?.close()
  await payload?.destroy()
})

const PAST_STALE = STALE_AFTER_MS + 60_000
const bundleDoc = async (id: number | string) => (await loadBundle(await createLocalReq({}, payload), id))!
const jobsOf = async (id: number | string, task: string) =>
  (await payload.find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: task } }, { completedAt: { exists: false } }] }, limit: 0, pagination: false, overrideAccess: true })).docs.filter(
    (job) => (job.input as { bundle?: string }).bundle === String(id),
  )
const postsWith = (titles: string[]) => [...sandbox.state.published.values()].filter((post) => post.articles.some((article) => titles.includes(article.title)))
const sweepLater = async () => sweepOutbox(await createLocalReq({}, payload), new Date(runQueue.clock() + PAST_STALE))

async function publishedBundle(prefix: string) {
  const titles = [`${prefix}头条`, `${prefix}次条`]
  const docs = []
  for (const title of titles) docs.push(await approvedFor(world, title, [account], cover))
  const created = await payload.create({
    collection: 'wechat-bundles',
    data: { title: prefix, account, items: docs.map((doc) => ({ item: { relationTo: 'articles', value: doc.id } })) } as never,
    overrideAccess: true,
  })
  const req = await createLocalReq({}, payload)
  await publishBundle(req, (await loadBundle(req, created.id))!)
  return { id: created.id, titles }
}

/** Polls WeChat until the bundle is settled (the sandbox ends its publish job now). */
async function settle(id: number | string) {
  sandbox.finishPending()
  for (let i = 0; i < 5 && (await bundleDoc(id)).state !== 'delivered'; i++) await runQueue(5_000)
}

describe('微信组稿 recovers from a worker that died', () => {
  it('a worker died after claiming delivery attempt 1: the sweeper frees its job, the stale claim is counted, the post goes out once', async () => {
    const { id, titles } = await publishedBundle('认领后进程退出')
    const calls = (path: string) => sandbox.state.requests.get(path) ?? 0
    const drafts = calls('/cgi-bin/draft/add')
    // The dead worker: it took the job and claimed attempt 1, then died before writing anything else.
    const [job] = await jobsOf(id, 'deliverWechatBundle')
    await payload.update({ collection: 'payload-jobs', id: job.id, data: { processing: true }, overrideAccess: true })
    expect(await claimBundleStep(await createLocalReq({}, payload), await bundleDoc(id), 'attempt-1', '组稿第 1 次投递')).toBe(true)
    await runQueue(0)
    expect([(await bundleDoc(id)).state, calls('/cgi-bin/draft/add')]).toEqual(['queued', drafts])

    // Past the limit: the job is released; its run finds attempt 1 claimed long ago, counts it and queues attempt 2.
    expect(await sweepLater()).toEqual({ created: [], requeued: [] })
    await runQueue(PAST_STALE)
    expect(await bundleDoc(id)).toMatchObject({ state: 'retrying', attempts: 1 })
    await runQueue(0)
    expect(await bundleDoc(id)).toMatchObject({ state: 'submitted', attempts: 2 })
    await settle(id)

    const done = await bundleDoc(id)
    expect(done.state).toBe('delivered')
    const posts = postsWith(titles)
    expect(posts.map((post) => post.articles.map((article) => article.title))).toEqual([titles])
    expect(done.items!.map((row) => row.url)).toEqual(posts[0].articles.map((article) => article.url))
    expect(calls('/cgi-bin/draft/add')).toBe(drafts + 1)
    expect(sandbox.state.duplicates()).toEqual([])
  })

  it('a submitted bundle left without a job, its status check claimed by a dead worker: the sweeper queues a check, the stale claim is counted, it settles', async () => {
    const { id, titles } = await publishedBundle('查询时进程退出')
    await runQueue(0)
    const submitted = await bundleDoc(id)
    expect(submitted.state).toBe('submitted')
    // The dead worker claimed the first check and its job is gone (it died between writes; nothing queued the next one).
    expect(await claimBundleStep(await createLocalReq({}, payload), submitted, 'check-1', '组稿第 1 次查询发表结果')).toBe(true)
    for (const job of await jobsOf(id, 'checkWechatBundle')) await payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true })

    // The sweeper sees a bundle on its way without a job (the 组稿 part registered by the bundles plugin).
    expect(await sweepLater()).toEqual({ created: [], requeued: [], others: { wechatBundles: [id] } })
    await runQueue(PAST_STALE)
    expect((await bundleDoc(id)).statusChecks).toBe(1)
    await settle(id)

    const done = await bundleDoc(id)
    expect(done.state).toBe('delivered')
    expect(postsWith(titles).map((post) => post.articles.map((article) => article.title))).toEqual([titles])
    expect(sandbox.state.jobs.size).toBe(2)
    expect(sandbox.state.duplicates()).toEqual([])
    // Nothing is left for the sweeper.
    expect(await sweepLater()).toEqual({ created: [], requeued: [] })
  })

  it('the publisher core does not import a channel (the 组稿 sweep is registered by the bundles plugin)', async () => {
    for (const file of await readdir('publishers/core')) {
      const source = await readFile(`publishers/core/${file}`, 'utf8')
      expect([file, source.match(/from '\.\.\/(?:wechat|weibo|website|radio|newspaper)\b[^']*'/g)]).toEqual([file, null])
    }
  })
})
