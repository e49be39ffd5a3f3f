import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { DeliveryError } from '../../../publishers/core/contract'
import type { NewsArticle } from '../../../publishers/wechat/client'
import { msUntilBeijingMidnight, WECHAT_ERRORS } from '../../../publishers/wechat/errors'
import type { WechatSandbox } from '../../../publishers/wechat/sandbox/server'
import { bigJpeg, clientOf, jpeg, memoryStore, png, startSandbox, TEST_APP, upload } from './sandboxWorld'

/** The client against the sandbox over real HTTP: every endpoint, the limits, the token rules, every mapped error. */
let sandbox: WechatSandbox

beforeAll(async () => {
  sandbox = await startSandbox()
})
afterAll(async () => {
  await sandbox?.close()
})
beforeEach(() => {
  sandbox.state.reset()
  sandbox.faults.scripted.length = 0
  sandbox.state.apps.get(TEST_APP.appId)!.certified = true
  sandbox.state.apps.get(TEST_APP.appId)!.commentsAllowed = true
})

const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DeliveryError)
  return error as DeliveryError
}

async function coverAndArticle(client: ReturnType<typeof clientOf>, extra: Partial<NewsArticle> = {}): Promise<NewsArticle> {
  const { media_id } = await client.addMaterial('image', upload(await jpeg()))
  return { title: '新生开学典礼隆重举行', author: '融媒', digest: '', content: '<p>三千余名新生齐聚体育馆。</p>', content_source_url: 'https://news.example.edu.cn/a/1', thumb_media_id: media_id, ...extra }
}

describe('stable_token', () => {
  it('normal mode: one token while valid, cached in the shared store, one request for two clients', async () => {
    const store = memoryStore()
    const a = clientOf(sandbox, store)
    const b = clientOf(sandbox, store)
    const [ta, tb] = await Promise.all([a.accessToken(), a.accessToken()])
    expect(ta).toBe(tb)
    expect(await b.accessToken()).toBe(ta)
    expect(sandbox.state.requests.get('/cgi-bin/stable_token')).toBe(1)
    expect(store.map.get(a.tokenKey)).toMatchObject({ accessToken: ta })
    // Another process without the store asks WeChat: normal mode gives it the same token.
    expect(await clientOf(sandbox).accessToken()).toBe(ta)
  })

  it('renews in the last 300 s; the old token keeps working (overlap); force_refresh revokes it, ≥ 30 s apart', async () => {
    const client = clientOf(sandbox)
    const first = await client.accessToken()
    sandbox.state.clockOffsetMs = 6_950_000 // 250 s left
    const second = await client.accessToken()
    expect(second).not.toBe(first)
    expect(sandbox.state.tokens.get(first)!.revoked).toBe(false)
    await client.addDraft([await coverAndArticle(client)])

    const direct = (body: object) =>
      fetch(`${sandbox.url}/cgi-bin/stable_token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'client_credential', appid: TEST_APP.appId, secret: TEST_APP.appSecret, ...body }) }).then((r) => r.json())
    const normal = await direct({})
    expect(normal.access_token).toBe(second)
    expect(normal.expires_in).toBeLessThanOrEqual(7200)
    const forced = await direct({ force_refresh: true })
    expect(forced.access_token).not.toBe(second)
    expect(sandbox.state.tokens.get(second)!.revoked).toBe(true)
    expect((await direct({ force_refresh: true })).access_token).toBe(forced.access_token) // < 30 s later: unchanged
    expect(await direct({ appid: 'wxnope', secret: 'x' })).toMatchObject({ errcode: 40013 })
    expect(await direct({ secret: 'wrong' })).toMatchObject({ errcode: 40125 })
    const get = await fetch(`${sandbox.url}/cgi-bin/stable_token`).then((r) => r.json())
    expect(get.errcode).toBe(43002)
  })

  it('a token invalidated elsewhere (40001) or expired (42001) is renewed and the call repeated once', async () => {
    const store = memoryStore()
    const client = clientOf(sandbox, store)
    const before = await client.accessToken()
    sandbox.state.invalidateToken(TEST_APP.appId)
    await client.addMaterial('image', upload(await jpeg()))
    const after = await client.accessToken()
    expect(after).not.toBe(before)
    // The renewed token went to the shared store: a second worker uses it without asking WeChat.
    const requests = sandbox.state.requests.get('/cgi-bin/stable_token')
    expect(await clientOf(sandbox, store).accessToken()).toBe(after)
    expect(sandbox.state.requests.get('/cgi-bin/stable_token')).toBe(requests)

    sandbox.state.expireToken(TEST_APP.appId)
    await client.addMaterial('image', upload(await jpeg()))
    expect(await client.accessToken()).not.toBe(after)
  })

  it('a wrong secret is an authentication failure, permanent', async () => {
    const error = await failure(clientOf(sandbox, memoryStore(), { ...TEST_APP, appSecret: 'wrong' }).accessToken())
    expect(error.options).toMatchObject({ code: 'wechat-40125', transient: false, authFailure: true })
    expect(error.message).toMatch(/AppSecret 无效/)
  })
})

describe('uploads', () => {
  it('uploadimg: jpg and png under 1 MB give mmbiz URLs; gif → 40005; ≥ 1 MB → 40009', async () => {
    const client = clientOf(sandbox)
    expect(await client.uploadImage(upload(await jpeg()))).toMatch(/^http:\/\/mmbiz\.qpic\.cn\/mmbiz_jpg\/[\w-]+\/0$/)
    expect(await client.uploadImage(upload(await png(), 'b.png', 'image/png'))).toMatch(/mmbiz_png/)
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1')
    expect((await failure(client.uploadImage(upload(gif, 'c.gif', 'image/gif')))).options).toMatchObject({ code: 'wechat-40005', transient: false })
    const big = await bigJpeg(1024 * 1024)
    expect((await failure(client.uploadImage(upload(big)))).options.code).toBe('wechat-40009')
  })

  it('add_material: image, thumb ≤ 64 KB jpg, video with description; wrong type → 40004', async () => {
    const client = clientOf(sandbox)
    const image = await client.addMaterial('image', upload(await png(), 'c.png', 'image/png'))
    expect(image.media_id).toBeTruthy()
    expect(image.url).toMatch(/mmbiz/)
    expect((await client.addMaterial('thumb', upload(await jpeg()))).url).toBe('')
    expect((await failure(client.addMaterial('thumb', upload(await bigJpeg(70 * 1024))))).options.code).toBe('wechat-40006')
    const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42'), Buffer.alloc(64)])
    const video = await client.addMaterial('video', upload(mp4, 'v.mp4', 'video/mp4'), { title: '宣传片', introduction: '校园宣传片' })
    expect([Boolean(video.media_id), video.url]).toEqual([true, ''])
    expect((await failure(client.addMaterial('video', upload(mp4, 'v.mp4', 'video/mp4')))).options.code).toBe('wechat-40002')
    const badType = await failure(client.call('/cgi-bin/material/add_material?type=pdf', new FormData()))
    expect(badType.options.code).toBe('wechat-40004')
    expect(badType.message).toContain('/cgi-bin/material/add_material?type=pdf 错误码 40004')
    expect(badType.message).not.toContain('access_token=')
    expect((await failure(client.call('/cgi-bin/material/add_material?type=image', new FormData()))).options.code).toBe('wechat-41005')
  })
})

describe('drafts', () => {
  it('add, get (with the stored transform), delete; unknown → 40007', async () => {
    const client = clientOf(sandbox)
    const bodyUrl = await client.uploadImage(upload(await jpeg()))
    const article = await coverAndArticle(client, {
      content: `<p onclick="x()">正文<script>alert(1)</script></p><img src="${bodyUrl}"><img src="https://evil.example/x.jpg">`,
      need_open_comment: 1,
    })
    const mediaId = await client.addDraft([article])
    const [stored] = await client.getDraft(mediaId)
    expect(stored.content).toBe(`<p>正文</p><img src="${bodyUrl}">`)
    expect(stored.digest).toBe('正文')
    expect(stored.url).toMatch(/preview/)
    await client.deleteDraft(mediaId)
    expect((await failure(client.getDraft(mediaId))).options.code).toBe('wechat-40007')
    expect((await failure(client.deleteDraft(mediaId))).options.code).toBe('wechat-40007')
  })

  it('batchget lists the draft box newest first, 1–20 a page (no_content leaves the body out); count is a GET', async () => {
    const client = clientOf(sandbox)
    const article = await coverAndArticle(client)
    const ids = []
    for (let i = 0; i < 3; i++) ids.push(await client.addDraft([{ ...article, title: `草稿${i + 1}` }]))
    const page = await client.batchGetDrafts(0, 2, true)
    expect([page.total_count, page.item_count, page.item.map((d) => d.media_id)]).toEqual([3, 2, [ids[2], ids[1]]])
    expect(page.item[0].content.news_item.map((a) => [a.title, a.content, a.thumb_media_id])).toEqual([['草稿3', '', article.thumb_media_id]])
    expect((await client.batchGetDrafts(2, 20)).item.map((d) => [d.media_id, d.content.news_item[0].content])).toEqual([[ids[0], article.content]])
    expect((await failure(client.batchGetDrafts(0, 21))).options.code).toBe('wechat-40002')
    const count = `${sandbox.url}/cgi-bin/draft/count?access_token=${await client.accessToken()}`
    expect(await (await fetch(count)).json()).toEqual({ total_count: 3 })
    expect((await (await fetch(count, { method: 'POST', body: '{}' })).json()).errcode).toBe(43002)
  })

  it('enforces the limits with their codes', async () => {
    const client = clientOf(sandbox)
    const article = await coverAndArticle(client)
    const cases: [Partial<NewsArticle> | NewsArticle[], number][] = [
      [{ title: '标'.repeat(33) }, 45003],
      [{ author: '作'.repeat(17) }, 45110],
      [{ digest: '摘'.repeat(129) }, 45004],
      [{ content: '字'.repeat(20_000) }, 45002],
      [{ content: `<p>${'a'.repeat(1024 * 1024)}</p>` }, 45002],
      [{ content_source_url: `https://x.example/${'p'.repeat(1100)}` }, 41039],
      [{ content_source_url: 'javascript:alert(1)' }, 41039],
      [{ content: '<a href="#top">回到顶部</a>' }, 45166],
      [{ thumb_media_id: 'nope' }, 40007],
      [{ title: '' }, 44003],
      [Array.from({ length: 9 }, () => article), 45002],
      [[], 44003],
    ]
    for (const [change, errcode] of cases) {
      const articles = Array.isArray(change) ? change : [{ ...article, ...change }]
      const error = await failure(client.addDraft(articles))
      expect([error.options.code, error.options.transient]).toEqual([`wechat-${errcode}`, false])
    }
    sandbox.state.apps.get(TEST_APP.appId)!.commentsAllowed = false
    expect((await failure(client.addDraft([{ ...article, need_open_comment: 1 }]))).options.code).toBe('wechat-88000')
    expect(await client.addDraft(Array.from({ length: 8 }, () => article))).toBeTruthy()
  })
})

describe('freepublish', () => {
  it('submit → publishing → published: links, draft leaves the box, getarticle, batchget, delete (1-based) → status 5', async () => {
    const client = clientOf(sandbox)
    const first = await coverAndArticle(client)
    const second = await coverAndArticle(client, { title: '次条：社团招新' })
    const draft = await client.addDraft([first, second])
    const { publish_id } = await client.submit(draft)
    expect(await client.getPublish(publish_id)).toMatchObject({ publish_status: 1, fail_idx: [] })
    expect(await client.getDraft(draft)).toHaveLength(2) // still in the box while publishing
    sandbox.finishPending()
    const done = await client.getPublish(publish_id)
    expect(done).toMatchObject({ publish_status: 0, article_detail: { count: 2 } })
    expect(done.article_detail!.item.map((item) => item.idx)).toEqual([1, 2])
    expect((await failure(client.getDraft(draft))).options.code).toBe('wechat-40007')
    const articles = await client.getArticle(done.article_id!)
    expect(articles.map((a) => [a.title, a.is_deleted])).toEqual([[first.title, false], [second.title, false]])
    const page = await client.batchGetPublished(0, 20)
    expect(page).toMatchObject({ total_count: 1, item_count: 1 })
    expect(page.item[0].article_id).toBe(done.article_id)
    expect((await failure(client.batchGetPublished(0, 21))).options.code).toBe('wechat-40002')

    await client.deletePublished(done.article_id!, 2)
    expect((await client.getArticle(done.article_id!)).map((a) => a.is_deleted)).toEqual([false, true])
    expect((await failure(client.deletePublished(done.article_id!, 3))).options.code).toBe('wechat-40114')
    await client.deletePublished(done.article_id!)
    expect((await client.getPublish(publish_id)).publish_status).toBe(5)
    expect((await client.batchGetPublished(0, 20)).total_count).toBe(0)
    expect((await failure(client.getArticle('nope'))).options.code).toBe('wechat-53600')
    expect((await failure(client.getPublish('123'))).options.code).toBe('wechat-40002')
    expect(sandbox.state.publishedArticleCount()).toBe(2)
    expect(sandbox.state.duplicates()).toEqual([])
  })

  it('scripted outcomes (platform review failure with fail_idx) keep the draft; uncertified accounts get 48001', async () => {
    const client = clientOf(sandbox)
    const draft = await client.addDraft([await coverAndArticle(client)])
    sandbox.state.nextPublishOutcomes.push({ status: 4, failIdx: [1] })
    const { publish_id } = await client.submit(draft)
    sandbox.finishPending()
    expect(await client.getPublish(publish_id)).toMatchObject({ publish_status: 4, fail_idx: [1] })
    expect(await client.getDraft(draft)).toHaveLength(1)
    sandbox.state.apps.get(TEST_APP.appId)!.certified = false
    const error = await failure(client.submit(draft))
    expect(error.options).toMatchObject({ code: 'wechat-48001', transient: false })
    expect(error.message).toMatch(/未认证.*草稿/)
    expect((await failure(client.submit('unknown'))).options.code).toBe('wechat-48001')
    sandbox.state.apps.get(TEST_APP.appId)!.certified = true
    expect((await failure(client.submit('unknown'))).options.code).toBe('wechat-40007')
  })

  it('daily quotas: 45009 retries after the Beijing midnight reset', async () => {
    const client = clientOf(sandbox)
    sandbox.state.options.quotas['/cgi-bin/freepublish/get'] = 2
    try {
      await client.getPublish('1').catch(() => undefined)
      await client.getPublish('1').catch(() => undefined)
      const error = await failure(client.getPublish('1'))
      expect(error.options).toMatchObject({ code: 'wechat-45009', transient: true })
      const expected = msUntilBeijingMidnight(new Date(sandbox.state.now()))
      expect(error.options.retryAfterMs).toBeGreaterThanOrEqual(expected)
      expect(error.options.retryAfterMs).toBeLessThanOrEqual(expected + 120_000)
      expect(error.message).toMatch(/北京时间零点/)
    } finally {
      sandbox.state.options.quotas['/cgi-bin/freepublish/get'] = 100
    }
  })
})

describe('errors', () => {
  it('Beijing midnight', () => {
    expect(msUntilBeijingMidnight(new Date('2026-11-30T15:59:00Z'))).toBe(60_000)
    expect(msUntilBeijingMidnight(new Date('2026-11-30T16:00:00Z'))).toBe(24 * 3600_000)
  })

  it('every mapped errcode comes out classified, in Chinese', async () => {
    const client = clientOf(sandbox)
    await client.accessToken()
    for (const [code, rule] of Object.entries(WECHAT_ERRORS)) {
      // Token errors are renewed and repeated once: inject twice so the second one surfaces.
      sandbox.inject({ kind: 'errcode', errcode: Number(code), path: '/cgi-bin/draft/get', times: rule.token ? 2 : 1 })
      const error = await failure(client.getDraft('x'))
      // A refused token on a business call is renewed and retried; it does not count against the account.
      expect([error.options.code, error.options.transient, Boolean(error.options.authFailure)], code).toEqual([`wechat-${code}`, rule.transient, Boolean(rule.authFailure && !rule.token)])
      expect(error.message).toContain(rule.message)
      expect(error.message).toContain('/cgi-bin/draft/get')
      expect(JSON.stringify([error.message, error.options.raw])).not.toContain('access_token=')
      expect(error.message).toMatch(/[\u4e00-\u9fa5]/)
      sandbox.faults.scripted.length = 0
    }
  })

  it('40001 from the token endpoint itself (our credentials refused) counts against the account', async () => {
    const client = clientOf(sandbox, memoryStore())
    sandbox.inject({ kind: 'errcode', errcode: 40001, path: '/cgi-bin/stable_token', times: 1 })
    const error = await failure(client.accessToken())
    expect([error.options.code, error.options.authFailure]).toEqual(['wechat-40001', true])
    sandbox.faults.scripted.length = 0
  })

  it('5xx, timeouts, system busy and cut connections are transient', async () => {
    const client = clientOf(sandbox, memoryStore(), TEST_APP, 300)
    await client.accessToken()
    const cases: [string, RegExp][] = [
      ['5xx', /^wechat-http-502$/],
      ['timeout', /^wechat-network$/],
      ['busy', /^wechat--1$/],
      ['drop-after', /^wechat-network$/],
    ]
    for (const [kind, code] of cases) {
      sandbox.inject({ kind: kind as never, path: '/cgi-bin/draft/get' })
      const error = await failure(client.getDraft('x'))
      expect(error.options.code, kind).toMatch(code)
      expect(error.options.transient, kind).toBe(true)
    }
    // An unknown code is permanent (a person looks at it), with the raw answer kept.
    sandbox.inject({ kind: 'errcode', errcode: 61234, path: '/cgi-bin/draft/get' })
    const unknown = await failure(client.getDraft('x'))
    expect(unknown.options).toMatchObject({ code: 'wechat-61234', transient: false, raw: { errcode: 61234 } })
  })

  it('the sandbox answers like WeChat: HTTP 200, rid in errmsg, 41001 without a token, 40014 malformed, 44002 empty, 47001 bad JSON', async () => {
    const post = (path: string, body?: string) => fetch(`${sandbox.url}${path}`, { method: 'POST', body }).then(async (r) => [r.status, await r.json()] as const)
    const [status, missing] = await post('/cgi-bin/draft/get', '{}')
    expect(status).toBe(200)
    expect(missing).toMatchObject({ errcode: 41001 })
    expect(missing.errmsg).toMatch(/ rid: [0-9a-f]+-[0-9a-f]+-[0-9a-f]+$/)
    expect((await post('/cgi-bin/draft/get?access_token=bad%20token', '{}'))[1].errcode).toBe(40014)
    const token = await clientOf(sandbox).accessToken()
    expect((await post(`/cgi-bin/draft/get?access_token=${token}`))[1].errcode).toBe(44002)
    expect((await post(`/cgi-bin/draft/get?access_token=${token}`, '{nope'))[1].errcode).toBe(47001)
    expect((await post(`/cgi-bin/draft/get?access_token=${'A'.repeat(40)}`, '{}'))[1].errcode).toBe(40001)
  })
})
