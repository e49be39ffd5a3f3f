import type { Endpoint, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { WechatSandbox } from '../../../publishers/wechat/sandbox/server'
import { bootPayload } from '../../setup/payload'
import { act, buildWorld, refusal, requestAs, type World } from '../../workflow/reviewWorld'
import { startCallbackServer } from './callbackServer'
import { startSandbox, TEST_APP } from './sandboxWorld'
import { approvedFor, imageMedia, publicationsOf, queueRunner, until, wechatAccount } from './wechatWorld'

/**
 * 微信组稿 through the real endpoints and jobs on a real database, against the WeChat sandbox over HTTP:
 * three approved items become ONE post of three articles (one draft/add, one freepublish/submit), each item
 * gets its own article link, their own single WeChat publications are cancelled (never posted), more than 8
 * is refused in Chinese, and takedown of the 2nd article deletes only index 2.
 */
let payload: Payload
let world: World
let sandbox: WechatSandbox
let account: number
let cover: number
let runQueue: ReturnType<typeof queueRunner>
let callbacks: Awaited<ReturnType<typeof startCallbackServer>> | undefined

beforeAll(async () => {
  sandbox = await startSandbox()
  payload = await bootPayload('wechat-bundle', { statusPolling: { baseDelayMs: 1_000, maxDelayMs: 4_000, giveUpAfterMs: 60 * 60_000 } })
  world = await buildWorld(payload, 'wechat-bundle.test')
  account = await wechatAccount(world, TEST_APP, sandbox.url)
  cover = await imageMedia(world)
  runQueue = queueRunner(payload)
})

afterAll(async () => {
  await callbacks?.close()
  await sandbox?.close()
  await payload?.destroy()
})

const endpoint = (path: string) => (payload.collections['wechat-bundles'].config.endpoints || []).find((e) => e.method === 'post' && e.path === path) as Endpoint
const call = async (path: string, who: string, id: number | string, json?: unknown) => {
  const res = await endpoint(path).handler(await requestAs(world, who, { id: String(id) }, json ?? {}))
  return (await res.json()) as { message: string }
}
const bundleDoc = async (id: number | string) => (await payload.findByID({ collection: 'wechat-bundles', id, depth: 0, overrideAccess: true })) as Record<string, any>
const createBundle = (title: string, itemIds: (number | string)[]) =>
  payload.create({ collection: 'wechat-bundles', data: { title, account, items: itemIds.map((value) => ({ item: { relationTo: 'articles', value } })) } as never, overrideAccess: true })
const postsOf = () => [...sandbox.state.published.values()].filter((post) => post.appId === TEST_APP.appId)

describe('微信组稿: one multi-article post (头条 + 次条)', () => {
  let bundleId: number | string
  const titles = ['组稿头条：新生开学典礼', '组稿次条：图书馆夜读', '组稿次条：运动会报名']

  it('a bundle of 3 becomes one post with 3 articles; each item gets its own link; no single posts', async () => {
    const docs = []
    for (const title of titles) docs.push(await approvedFor(world, title, [account], cover))
    const bundle = await createBundle('11 月 30 日推送', docs.map((doc) => doc.id))
    bundleId = bundle.id
    expect((bundle.unit as { id: number }).id).toBe(world.units.A)

    const answer = await call('/:id/publish', 'editor', bundleId)
    expect(answer.message).toContain('3 篇稿件将作为一次群发')
    // The items' own WeChat publications for this account are taken over, with the reason.
    for (const doc of docs) {
      const [single] = await publicationsOf(payload, doc.id)
      expect([single.state, (single.lastError as any)?.code]).toEqual(['canceled', 'wechat-bundled'])
      expect((single.lastError as any).message).toContain('已编入微信组稿“11 月 30 日推送”')
    }

    await runQueue(0)
    const submitted = await bundleDoc(bundleId)
    expect(submitted.state).toBe('submitted')
    expect(sandbox.state.jobs.get(submitted.externalId)!.articles.map((a) => a.title)).toEqual(titles)
    // The items went live on the website first.
    for (const doc of docs) expect((await payload.findByID({ collection: 'articles', id: doc.id, overrideAccess: true })).workflowState).toBe('published')

    sandbox.finishPending()
    await runQueue(5_000)
    await runQueue(60_000)
    const delivered = await bundleDoc(bundleId)
    expect(delivered.state).toBe('delivered')
    const [post] = postsOf()
    expect(postsOf()).toHaveLength(1)
    expect(post.articles.map((a) => a.title)).toEqual(titles)
    expect(delivered.articleId).toBe(post.articleId)
    expect(delivered.items.map((row: { url: string }) => row.url)).toEqual(post.articles.map((a) => a.url))
    expect(new Set(delivered.items.map((row: { url: string }) => row.url)).size).toBe(3)
    expect(sandbox.state.publishedArticleCount()).toBe(3)
    expect(sandbox.state.duplicates()).toEqual([])
    for (const doc of docs) expect((await publicationsOf(payload, doc.id))[0].state).toBe('canceled')
  })

  it('a sent bundle is frozen, and 发表组稿 is not repeated', async () => {
    expect((await refusal(payload.update({ collection: 'wechat-bundles', id: bundleId, data: { title: '改名' }, overrideAccess: true })))?.message).toContain('已发出的组稿不能再修改')
    expect(await refusal(call('/:id/publish', 'editor', bundleId))).toEqual({ status: 409, message: '组稿当前状态为“已发表”，不能再次发表' })
  })

  it('takedown of the 2nd article deletes only index 2', async () => {
    expect(await refusal(call('/:id/withdraw-article', 'editorB', bundleId, { index: 2, reason: '信息有误' }))).toMatchObject({ status: 403 })
    expect(await refusal(call('/:id/withdraw-article', 'editor', bundleId, { index: 2 }))).toMatchObject({ status: 400, message: '请填写撤回原因' })
    const answer = await call('/:id/withdraw-article', 'editor', bundleId, { index: 2, reason: '报名时间有误' })
    expect(answer.message).toContain('第 2 篇')
    await runQueue(0)
    const [post] = postsOf()
    expect(post.articles.map((a) => a.is_deleted)).toEqual([false, true, false])
    const rows = (await bundleDoc(bundleId)).items
    expect(rows.map((row: { withdrawnAt?: string | null }) => Boolean(row.withdrawnAt))).toEqual([false, true, false])
    expect(rows[1].withdrawReason).toBe('报名时间有误')
  })

  it('撤稿 of the 3rd item (the workflow) takes its article out of the post too', async () => {
    const third = (await bundleDoc(bundleId)).items[2].item.value
    await act(world, 'r3', third, 'withdraw', { opinion: '内容需更正' })
    await runQueue(0)
    expect(postsOf()[0].articles.map((a) => a.is_deleted)).toEqual([false, true, true])
    expect((await bundleDoc(bundleId)).items[2].withdrawReason).toBe('撤稿：内容需更正')
  })

  it('the encrypted PUBLISHJOBFINISH push settles a bundle at once, with each link', async () => {
    callbacks = await startCallbackServer(payload)
    Object.assign(sandbox.state.apps.get(TEST_APP.appId)!, { callbackUrl: callbacks.callbackUrl(account), callbackMode: 'safe' })
    const docs = [await approvedFor(world, '推送头条：校园马拉松', [account], cover), await approvedFor(world, '推送次条：志愿者招募', [account], cover)]
    const bundle = await createBundle('推送组稿', docs.map((doc) => doc.id))
    await call('/:id/publish', 'admin', bundle.id)
    await runQueue(0)
    expect((await bundleDoc(bundle.id)).state).toBe('submitted')
    sandbox.finishPending()
    const delivered = await until(async () => {
      const doc = await bundleDoc(bundle.id)
      return doc.state === 'delivered' ? doc : null
    }) as Record<string, any>
    const post = postsOf().find((p) => p.articleId === delivered.articleId)!
    expect(delivered.items.map((row: { url: string }) => row.url)).toEqual(post.articles.map((a) => a.url))
    expect(post.articles.map((a) => a.title)).toEqual(['推送头条：校园马拉松', '推送次条：志愿者招募'])
  })

  it('refuses more than 8 articles with a Chinese message naming the field', async () => {
    const doc = await approvedFor(world, '第九篇稿件', [account], cover)
    // 8 is fine to save (发表组稿 then refuses the repeated item); 9 is refused by the collection itself.
    const eight = await createBundle('八篇', Array.from({ length: 8 }, () => doc.id))
    expect(await refusal(call('/:id/publish', 'editor', eight.id))).toEqual({ status: 400, message: '稿件：同一篇稿件在组稿中出现了多次' })
    const nine = await createBundle('九篇', Array.from({ length: 9 }, () => doc.id)).then(() => null, (e: { data?: { errors?: { message: string }[] } }) => e)
    expect(nine?.data?.errors?.map((e) => e.message)).toContain('稿件：一次群发最多 8 篇（头条 + 7 篇次条），当前 9 篇')
  })

  it('refuses items that do not target the account, and people outside the unit', async () => {
    const elsewhere = await approvedFor(world, '只投网站的稿件', [world.accounts.college], cover)
    const bundle = await createBundle('错投', [elsewhere.id])
    expect(await refusal(call('/:id/publish', 'editorB', bundle.id))).toMatchObject({ status: 403 })
    const refused = await refusal(call('/:id/publish', 'editor', bundle.id))
    expect(refused).toEqual({ status: 400, message: '第 1 篇《只投网站的稿件》：投递目标中没有公众号“测试公众号”' })
    expect((await bundleDoc(bundle.id)).state).toBe('draft')
    expect(postsOf()).toHaveLength(2)
  })
})
