import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadBundle } from '../../../publishers/wechat/bundles/load'
import { publishBundle } from '../../../publishers/wechat/bundles/publish'
import { formatShanghaiTime } from '../../../workflow/reviewRecord/formatTime'
import { act } from '../../workflow/reviewWorld'
import { approvedFor, localReq, wechatTestWorld } from './wechatWorld'

/**
 * 微信组稿 and the items' times: one post carries every item, so it waits for the latest 定时发布 of its 已排期
 * items and for every 禁发至 — said at 发表组稿 and checked again when the delivery job runs (an embargo set
 * afterwards holds it). Until then nothing reaches WeChat and no item goes live; then the post goes out once.
 * The queue runs on a controlled clock (only Date is faked).
 */
let t: Awaited<ReturnType<typeof wechatTestWorld>>

beforeAll(async () => {
  t = await wechatTestWorld('wechat-bundle-schedule')
})

afterAll(async () => {
  await t?.close()
})

const HOUR = 3600_000
const wechatCalls = () => [...t.sandbox.state.requests.values()].reduce((sum, n) => sum + n, 0)
const postsWith = (titles: string[]) => [...t.sandbox.state.published.values()].filter((post) => post.articles.some((article) => titles.includes(article.title)))
const stateOf = async (id: number | string) => (await t.payload.findByID({ collection: 'articles', id, draft: true, depth: 0, overrideAccess: true })).workflowState
const published = async (id: number | string) =>
  (await t.payload.find({ collection: 'articles', where: { id: { equals: id } }, depth: 0, overrideAccess: false })).docs.length

async function bundleOf(name: string, docs: { id: number | string }[]) {
  const created = await t.payload.create({
    collection: 'wechat-bundles',
    data: { title: name, account: t.account, items: docs.map((doc) => ({ item: { relationTo: 'articles', value: doc.id } })) } as never,
    overrideAccess: true,
  })
  const load = async () => (await loadBundle(await localReq(t.payload), created.id))!
  return { id: created.id, load, publish: async () => publishBundle(await localReq(t.payload), await load()) }
}

/** Lets WeChat finish and polls until the bundle is settled. */
async function settle(bundle: Awaited<ReturnType<typeof bundleOf>>) {
  t.sandbox.finishPending()
  for (let i = 0; i < 5 && (await bundle.load()).state !== 'delivered'; i++) await t.runQueue(5_000)
}

describe('微信组稿 waits for its items’ 定时发布 and 禁发至', () => {
  it('a bundle with an item scheduled later is posted at that time, not before, and once', async () => {
    const at = new Date(Math.max(Date.now(), t.runQueue.clock()) + 2 * HOUR)
    const titles = ['定时组稿头条：校庆晚会', '定时组稿次条：晚会节目单']
    const lead = await approvedFor(t.world, titles[0], [t.account], t.cover)
    const later = await approvedFor(t.world, titles[1], [t.account], t.cover, undefined, { scheduledAt: at.toISOString() })
    expect([lead.workflowState, later.workflowState]).toEqual(['approved', 'scheduled'])
    const bundle = await bundleOf('定时组稿', [lead, later])

    const answer = await bundle.publish()
    expect(answer.message).toContain(`将于 ${formatShanghaiTime(at)}（北京时间）发表`)
    expect(answer.scheduledFor).toBe(at.toISOString())
    expect(await bundle.load()).toMatchObject({ state: 'queued', scheduledFor: at.toISOString(), attempts: 0 })

    const calls = wechatCalls()
    await t.runQueue(0)
    await t.runQueue(HOUR)
    await t.runQueue(at.getTime() - t.runQueue.clock() - 60_000)
    // A minute before: nothing asked of WeChat, the items neither live nor moved on.
    expect(wechatCalls()).toBe(calls)
    expect(postsWith(titles)).toEqual([])
    expect(await bundle.load()).toMatchObject({ state: 'queued', scheduledFor: at.toISOString(), attempts: 0 })
    expect([await stateOf(lead.id), await stateOf(later.id)]).toEqual(['approved', 'scheduled'])
    expect([await published(lead.id), await published(later.id)]).toEqual([0, 0])

    await t.runQueue(2 * 60_000)
    await settle(bundle)
    const delivered = await bundle.load()
    expect(delivered).toMatchObject({ state: 'delivered', scheduledFor: null, attempts: 1 })
    expect([await stateOf(lead.id), await stateOf(later.id)]).toEqual(['published', 'published'])
    expect([await published(lead.id), await published(later.id)]).toEqual([1, 1])
    const [post] = postsWith(titles)
    expect(postsWith(titles)).toHaveLength(1)
    expect(post.articles.map((a) => a.title)).toEqual(titles)

    await t.runQueue(HOUR)
    expect(postsWith(titles)).toHaveLength(1)
    expect(t.sandbox.state.duplicates()).toEqual([])
  })

  it('an embargo set after 发表组稿 holds the delivery until it ends', async () => {
    const titles = ['禁发组稿头条：考试安排', '禁发组稿次条：考场须知']
    const docs = [await approvedFor(t.world, titles[0], [t.account], t.cover), await approvedFor(t.world, titles[1], [t.account], t.cover)]
    const bundle = await bundleOf('禁发组稿', docs)
    const answer = await bundle.publish()
    expect(answer.message).not.toContain('将于')
    expect(answer.scheduledFor).toBeNull()

    // Set after 发表组稿, before the worker runs the delivery.
    const until = new Date(Math.max(Date.now(), t.runQueue.clock()) + 3 * HOUR)
    await t.payload.update({ collection: 'articles', id: docs[1].id, data: { embargoUntil: until.toISOString() } as never, draft: true, overrideAccess: true })
    const calls = wechatCalls()
    await t.runQueue(0)
    expect(await bundle.load()).toMatchObject({ state: 'queued', scheduledFor: until.toISOString(), attempts: 0 })
    await t.runQueue(until.getTime() - t.runQueue.clock() - 60_000)
    expect(wechatCalls()).toBe(calls)
    expect(postsWith(titles)).toEqual([])
    expect((await bundle.load()).state).toBe('queued')
    expect(await published(docs[0].id)).toBe(0)

    await t.runQueue(2 * 60_000)
    await settle(bundle)
    expect(await bundle.load()).toMatchObject({ state: 'delivered', scheduledFor: null })
    expect(postsWith(titles)).toHaveLength(1)
    expect(postsWith(titles)[0].articles.map((a) => a.title)).toEqual(titles)
  })

  it('an item withdrawn (撤稿) while the bundle waits fails the bundle with the reason; nothing is posted', async () => {
    const at = new Date(Math.max(Date.now(), t.runQueue.clock()) + 2 * HOUR)
    const titles = ['撤稿组稿头条', '撤稿组稿次条']
    const lead = await approvedFor(t.world, titles[0], [t.account], t.cover)
    const later = await approvedFor(t.world, titles[1], [t.account], t.cover, undefined, { scheduledAt: at.toISOString() })
    const bundle = await bundleOf('撤稿组稿', [lead, later])
    await bundle.publish()
    await t.runQueue(0)
    await act(t.world, 'r3', lead.id, 'withdraw', { opinion: '数据需核实' })
    const calls = wechatCalls()
    await t.runQueue(at.getTime() - t.runQueue.clock() + 60_000)
    const failed = await bundle.load()
    expect([failed.state, failed.lastError]).toEqual(['failed', '第 1 篇《撤稿组稿头条》当前为“已撤稿”，不能发表，组稿未发表；请移出该稿件后重新发表'])
    expect([wechatCalls(), postsWith(titles)]).toEqual([calls, []])
  })

  it('an item still under embargo at 发表组稿 queues the bundle for that time instead of refusing it', async () => {
    const until = new Date(Math.max(Date.now(), t.runQueue.clock()) + 5 * HOUR)
    const titles = ['禁发中组稿头条', '禁发中组稿次条']
    const docs = [await approvedFor(t.world, titles[0], [t.account], t.cover, undefined, { embargoUntil: until.toISOString() }), await approvedFor(t.world, titles[1], [t.account], t.cover)]
    const bundle = await bundleOf('禁发中组稿', docs)
    const answer = await bundle.publish()
    expect(answer.message).toContain(`将于 ${formatShanghaiTime(until)}（北京时间）发表`)
    await t.runQueue(until.getTime() - t.runQueue.clock() - 60_000)
    expect([(await bundle.load()).state, postsWith(titles).length]).toEqual(['queued', 0])
    await t.runQueue(2 * 60_000)
    await settle(bundle)
    expect([(await bundle.load()).state, postsWith(titles).length]).toEqual(['delivered', 1])
  })
})
