import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { approvedFor, publicationsOf, publishedBundle, wechatTestWorld } from './wechatWorld'

/**
 * No stray drafts in the account's 草稿箱: a draft/add that reached WeChat but whose answer was lost is found in the
 * draft box (draft/batchget) and used by the retry instead of a second draft; a 组稿 published again after a failed
 * round deletes that round's draft (draft/delete) before making its own. Real core, real database, sandbox over HTTP.
 */
let t: Awaited<ReturnType<typeof wechatTestWorld>>

beforeAll(async () => {
  t = await wechatTestWorld('wechat-leftover-drafts')
})

afterAll(async () => {
  await t?.close()
})

const calls = (path: string) => t.sandbox.state.requests.get(path) ?? 0
const draftsTitled = (titles: string[]) => [...t.sandbox.state.drafts.values()].filter((draft) => titles.includes(draft.articles[0].title))
const postsTitled = (titles: string[]) => [...t.sandbox.state.published.values()].filter((post) => titles.includes(post.articles[0].title))

describe('no leftover WeChat drafts', () => {
  it('draft/add processed but its answer lost: the retry finds that draft and publishes it; no second draft, none left over', async () => {
    const title = '草稿应答丢失'
    const doc = await approvedFor(t.world, title, [t.account], t.cover)
    const adds = calls('/cgi-bin/draft/add')
    t.sandbox.inject({ kind: 'drop-after', path: '/cgi-bin/draft/add' })
    await t.runQueue(0)
    const [retrying] = await publicationsOf(t.payload, doc.id)
    expect([retrying.state, retrying.lastError?.code]).toEqual(['retrying', 'wechat-network'])
    expect((retrying.progress as Record<string, unknown>).draftStartedAt).toEqual(expect.any(Number))
    const [lost] = draftsTitled([title])
    expect(lost).toBeTruthy()

    await t.runQueue(60_000)
    const [submitted] = await publicationsOf(t.payload, doc.id)
    expect(submitted.state).toBe('submitted')
    expect((submitted.progress as Record<string, unknown>).draftId).toBe(lost.mediaId)
    expect(calls('/cgi-bin/draft/add') - adds).toBe(1)

    t.sandbox.finishPending()
    await t.runQueue(5_000)
    const [delivered] = await publicationsOf(t.payload, doc.id)
    expect(delivered.state).toBe('delivered')
    expect(postsTitled([title])).toHaveLength(1)
    expect(draftsTitled([title])).toEqual([])
  })

  it('a 组稿 published again after a failed round: the failed round’s draft is deleted, the new one is published once', async () => {
    const titles = ['重新组稿头条', '重新组稿次条']
    const { load: bundle, publish } = await publishedBundle(t.world, t.account, t.cover, '失败后重新发表', titles)
    await t.runQueue(0)
    const first = await bundle()
    expect(first.state).toBe('submitted')
    const failedDraft = (first.progress as { draftId: string }).draftId
    // 常规失败: WeChat keeps the draft in the box.
    t.sandbox.finish(first.externalId, 3)
    await t.runQueue(5_000)
    expect((await bundle()).state).toBe('failed')
    expect(draftsTitled(titles).map((draft) => draft.mediaId)).toEqual([failedDraft])

    await publish()
    await t.runQueue(0)
    const second = await bundle()
    expect(second.state).toBe('submitted')
    expect((second.progress as { draftId: string }).draftId).not.toBe(failedDraft)
    expect(t.sandbox.state.drafts.has(failedDraft)).toBe(false)
    t.sandbox.finishPending()
    for (let i = 0; i < 5 && (await bundle()).state !== 'delivered'; i++) await t.runQueue(5_000)

    expect((await bundle()).state).toBe('delivered')
    expect(postsTitled(titles).map((post) => post.articles.map((article) => article.title))).toEqual([titles])
    expect(draftsTitled(titles)).toEqual([])
  })
})
