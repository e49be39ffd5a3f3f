import { readdir, readFile } from 'node:fs/promises'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { STALE_AFTER_MS, sweepOutbox } from '../../../publishers/core/sweep'
import { claimBundleStep } from '../../../publishers/wechat/bundles/deliver'
import { publishedBundle, wechatTestWorld } from './wechatWorld'

/**
 * 微信组稿 after a worker died: a claim it left behind (on a delivery attempt, on a status check) is counted once
 * it is older than STALE_AFTER_MS and the job queued again; the outbox sweeper releases the bundle jobs a dead
 * worker held and queues one for a bundle left on its way without a job. Each bundle is then posted exactly once.
 * The clock is moved past the limit (only Date is faked) instead of waiting 10 minutes.
 */
let t: Awaited<ReturnType<typeof wechatTestWorld>>

beforeAll(async () => {
  t = await wechatTestWorld('wechat-bundle-recovery')
})

afterAll(async () => {
  await t?.close()
})

const PAST_STALE = STALE_AFTER_MS + 60_000
const jobsOf = async (id: number | string, task: string) =>
  (await t.payload.find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: task } }, { completedAt: { exists: false } }] }, limit: 0, pagination: false, overrideAccess: true })).docs.filter(
    (job) => (job.input as { bundle?: string }).bundle === String(id),
  )
const postsWith = (titles: string[]) => [...t.sandbox.state.published.values()].filter((post) => post.articles.some((article) => titles.includes(article.title)))
const sweepLater = async () => sweepOutbox(await createLocalReq({}, t.payload), new Date(t.runQueue.clock() + PAST_STALE))
async function bundleOf(prefix: string) {
  const titles = [`${prefix}头条`, `${prefix}次条`]
  return { ...(await publishedBundle(t.world, t.account, t.cover, prefix, titles)), titles }
}

/** Polls WeChat until the bundle is settled (the sandbox ends its publish job now). */
async function settle(bundle: Awaited<ReturnType<typeof bundleOf>>) {
  t.sandbox.finishPending()
  for (let i = 0; i < 5 && (await bundle.load()).state !== 'delivered'; i++) await t.runQueue(5_000)
}

describe('微信组稿 recovers from a worker that died', () => {
  it('a worker died after claiming delivery attempt 1: the sweeper frees its job, the stale claim is counted, the post goes out once', async () => {
    const bundle = await bundleOf('认领后进程退出')
    const { id, titles } = bundle
    const calls = (path: string) => t.sandbox.state.requests.get(path) ?? 0
    const drafts = calls('/cgi-bin/draft/add')
    // The dead worker: it took the job and claimed attempt 1, then died before writing anything else.
    const [job] = await jobsOf(id, 'deliverWechatBundle')
    await t.payload.update({ collection: 'payload-jobs', id: job.id, data: { processing: true }, overrideAccess: true })
    expect(await claimBundleStep(await createLocalReq({}, t.payload), await bundle.load(), 'attempt-1', '组稿第 1 次投递')).toBe(true)
    await t.runQueue(0)
    expect([(await bundle.load()).state, calls('/cgi-bin/draft/add')]).toEqual(['queued', drafts])

    // Past the limit: the job is released; its run finds attempt 1 claimed long ago, counts it and queues attempt 2.
    expect(await sweepLater()).toEqual({ created: [], requeued: [] })
    await t.runQueue(PAST_STALE)
    expect(await bundle.load()).toMatchObject({ state: 'retrying', attempts: 1 })
    await t.runQueue(0)
    expect(await bundle.load()).toMatchObject({ state: 'submitted', attempts: 2 })
    await settle(bundle)

    const done = await bundle.load()
    expect(done.state).toBe('delivered')
    const posts = postsWith(titles)
    expect(posts.map((post) => post.articles.map((article) => article.title))).toEqual([titles])
    expect(done.items!.map((row) => row.url)).toEqual(posts[0].articles.map((article) => article.url))
    expect(calls('/cgi-bin/draft/add')).toBe(drafts + 1)
    expect(t.sandbox.state.duplicates()).toEqual([])
  })

  it('a submitted bundle left without a job, its status check claimed by a dead worker: the sweeper queues a check, the stale claim is counted, it settles', async () => {
    const bundle = await bundleOf('查询时进程退出')
    const { id, titles } = bundle
    await t.runQueue(0)
    const submitted = await bundle.load()
    expect(submitted.state).toBe('submitted')
    // The dead worker claimed the first check and its job is gone (it died between writes; nothing queued the next one).
    expect(await claimBundleStep(await createLocalReq({}, t.payload), submitted, 'check-1', '组稿第 1 次查询发表结果')).toBe(true)
    for (const job of await jobsOf(id, 'checkWechatBundle')) await t.payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true })

    // The sweeper sees a bundle on its way without a job (the 组稿 part registered by the bundles plugin).
    expect(await sweepLater()).toEqual({ created: [], requeued: [], others: { wechatBundles: [id] } })
    await t.runQueue(PAST_STALE)
    expect((await bundle.load()).statusChecks).toBe(1)
    await settle(bundle)

    const done = await bundle.load()
    expect(done.state).toBe('delivered')
    expect(postsWith(titles).map((post) => post.articles.map((article) => article.title))).toEqual([titles])
    expect(t.sandbox.state.jobs.size).toBe(2)
    expect(t.sandbox.state.duplicates()).toEqual([])
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
