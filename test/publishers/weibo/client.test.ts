import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { DeliveryError } from '../../../publishers/core/contract'
import { parseWeiboDate } from '../../../publishers/weibo/client'
import { untilNextWindow, WEIBO_ERRORS, weiboError } from '../../../publishers/weibo/errors'
import { parseJsonKeepingBigInts } from '../../../publishers/weibo/json'
import { clientOf, refusal, startSandbox, type Running } from './sandboxClient'

/**
 * The Weibo client against the sandbox over real HTTP on 127.0.0.1: posting (text and multipart), 64-bit ids,
 * takedown, comments, token info, and every error the sandbox can produce mapped to a classified DeliveryError.
 */
const TOKEN = 'client-test-token'
const OTHER = 'client-test-other'
let run: Running
const link = (n: number | string) => `https://news.example.edu.cn/articles/${n}`
let seq = 0
const text = (extra = '') => `【测试】第${++seq}条${extra} ${link(seq)}`

beforeAll(async () => {
  run = await startSandbox({
    tokens: [
      { token: TOKEN, uid: '7311200000000101', screenName: '测试账号', expiresInSec: 30 * 86_400 },
      { token: OTHER, uid: '7311200000000202', screenName: '别人的账号', expiresInSec: 86_400 },
    ],
    holdMs: 1_000,
  })
})
afterAll(() => run.sandbox.close())
beforeEach(async () => {
  await run.admin('/faults', { clear: true })
})

const weibo = () => clientOf(run.url, TOKEN, 400)

describe('weibo client', () => {
  it('posts text with a safe-domain link and keeps the 64-bit id exact (idstr), never through Number', async () => {
    const a = await weibo().share({ status: text(), rip: '202.38.64.1' })
    const b = await weibo().share({ status: text(), rip: '202.38.64.1' })
    expect(a.idstr).toMatch(/^\d{19}$/)
    expect(BigInt(b.idstr) - BigInt(a.idstr)).toBe(1n)
    // What a Number would have done: both ids become the same double.
    expect(Number(a.idstr)).toBe(Number(b.idstr))
    expect(BigInt(a.idstr) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true)
    expect(a.user?.idstr).toBe('7311200000000101')
    expect(a.text).toMatch(/^【测试】第\d+条 http:\/\/t\.cn\/\w+$/)
    expect(Math.abs(parseWeiboDate(a.created_at).getTime() - Date.now())).toBeLessThan(5_000)
    // The raw answer really carries a bare integer id above 2^53.
    const raw = await (await fetch(`${run.url}/2/statuses/user_timeline.json?access_token=${TOKEN}&count=1`)).text()
    expect(raw).toMatch(new RegExp(`"id":${b.idstr},`))
  })

  it('parses bare 64-bit integers exactly, leaving strings, fractions and small numbers alone', () => {
    const parsed = parseJsonKeepingBigInts('{"id":4609712345678901234,"n":-12345678901234567,"f":1.5e300,"s":"4609712345678901234 \\"x\\"","k":42}')
    expect(parsed).toEqual({ id: '4609712345678901234', n: '-12345678901234567', f: 1.5e300, s: '4609712345678901234 "x"', k: 42 })
  })

  it('posts one picture as multipart (prepared with sharp) and gets the picture URLs back', async () => {
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c00' } }).png().toBuffer()
    const status = await weibo().share({ status: text('配图'), rip: '202.38.64.1', picture: { data: png, filename: 'a.png', contentType: 'image/png' } })
    expect(status.original_pic).toBe(`${run.url}/pics/${status.idstr}`)
    const pic = await fetch(status.original_pic!)
    expect([pic.status, pic.headers.get('content-type')]).toEqual([200, 'image/png'])
    expect(Buffer.from(await pic.arrayBuffer()).equals(png)).toBe(true)
  })

  it('takes a post down (destroy): gone from the timeline; a second takedown says 20101; others’ posts say 20102', async () => {
    const status = await weibo().share({ status: text('撤稿'), rip: '202.38.64.1' })
    expect((await weibo().destroy(status.idstr)).idstr).toBe(status.idstr)
    const { statuses } = await weibo().userTimeline({ count: 100 })
    expect(statuses.map((s) => s.idstr)).not.toContain(status.idstr)
    const again = await refusal(weibo().destroy(status.idstr))
    expect([again.weiboCode, again.kind, again.message]).toEqual([20101, 'gone', '该条微博不存在（可能已被删除）（20101）'])
    const theirs = await clientOf(run.url, OTHER).share({ status: text('别人'), rip: '202.38.64.1' })
    const notMine = await refusal(weibo().destroy(theirs.idstr))
    expect([notMine.weiboCode, notMine.options.transient]).toEqual([20102, false])
  })

  it('reads comments back: newest first, paging, filter by author, ids as strings', async () => {
    const status = await weibo().share({ status: text('评论'), rip: '202.38.64.1' })
    for (const [i, followed] of [false, true, false].entries()) await run.admin('/comments', { id: status.idstr, text: `评论${i + 1}`, followed })
    const all = await weibo().comments(status.idstr)
    expect([all.total_number, all.comments.map((c) => c.text)]).toEqual([3, ['评论3', '评论2', '评论1']])
    expect(all.comments[0]!.idstr).toMatch(/^\d{19}$/)
    expect((await weibo().comments(status.idstr, { filter_by_author: 1 })).comments.map((c) => c.text)).toEqual(['评论2'])
    expect((await weibo().comments(status.idstr, { count: 2, page: 2 })).comments.map((c) => c.text)).toEqual(['评论1'])
  })

  it('reads the token’s remaining lifetime; after it runs out every call says 21327 (auth failure)', async () => {
    const token = 'client-test-expiring'
    await run.admin('/tokens', { token, uid: '7311200000000303', expiresInSec: 2 * 86_400 })
    const info = await clientOf(run.url, token).tokenInfo()
    expect([info.uid, info.appkey]).toEqual(['7311200000000303', '3751530000'])
    expect(info.expire_in).toBeGreaterThan(2 * 86_400 - 10)
    await run.admin('/clock', { advanceMs: 86_400_000 })
    expect((await clientOf(run.url, token).tokenInfo()).expire_in).toBeLessThanOrEqual(86_400)
    await run.admin(`/tokens/${token}/expire`, {})
    const expired = await refusal(clientOf(run.url, token).share({ status: text(), rip: '202.38.64.1' }))
    expect([expired.weiboCode, expired.options.transient, expired.options.authFailure]).toEqual([21327, false, true])
    expect(expired.message).toBe('微博授权已过期（21327），投递已停止，请管理员重新授权该微博账号后，点击“检查授权”再重新投递')
    await run.admin('/clock', { advanceMs: -86_400_000 })
  })

  it('maps the refusals the sandbox gives to Chinese, classified errors', async () => {
    const share = (status: string, rip = '202.38.64.1') => refusal(weibo().share({ status, rip }))
    const summary = (e: Awaited<ReturnType<typeof refusal>>) => [e.weiboCode, e.kind, e.options.transient, e.message]

    expect(summary(await share('没有链接的微博'))).toEqual([10017, 'permanent', false, '微博正文中没有本账号安全域名下的链接（10017）'])
    expect(summary(await share(`外站链接 https://evil.example.com/a`))).toEqual([10017, 'permanent', false, '微博正文中没有本账号安全域名下的链接（10017）'])
    expect(summary(await share(text(), ''))).toEqual([10016, 'permanent', false, '缺少微博接口的必选参数（10016）'])
    expect(summary(await share(text(), '999.1.1.1'))).toEqual([10017, 'permanent', false, '微博接口参数值非法（10017）'])
    expect(summary(await share(`${'汉'.repeat(125)} ${link(1)}`))).toEqual([20012, 'permanent', false, '微博正文超过 140 字（20012）'])
    expect(summary(await share(`#话题# ${link(2)}`))).toEqual([10017, 'permanent', false, '微博接口参数值非法（10017）'])
    const posted = text('重复')
    await weibo().share({ status: posted, rip: '202.38.64.1' })
    expect(summary(await share(posted))).toEqual([20019, 'duplicate', false, '微博拒绝重复内容：本账号近期已发布过相同文字（20019）'])

    const badType = await refusal(weibo().share({ status: text(), rip: '1.2.3.4', picture: { data: Buffer.from('not an image'), filename: 'x.jpg', contentType: 'image/jpeg' } }))
    expect(summary(badType)).toEqual([20005, 'permanent', false, '微博不支持该图片类型（仅 JPG、GIF、PNG）（20005）'])
    const big = Buffer.alloc(5 * 1024 * 1024, 0)
    big.set([0xff, 0xd8, 0xff, 0xe0])
    const tooBig = await refusal(weibo().share({ status: text(), rip: '1.2.3.4', picture: { data: big, filename: 'x.jpg', contentType: 'image/jpeg' } }))
    expect(summary(tooBig)).toEqual([20006, 'permanent', false, '配图超过微博 5 MB 上限（20006）'])
    const pic = await fetch(`${run.url}/2/statuses/share.json`, { method: 'POST', body: new URLSearchParams({ access_token: TOKEN, status: text(), rip: '1.2.3.4', pic: 'xx' }) })
    expect(weiboError(await pic.json(), pic.status).message).toBe('配图须以 multipart 方式上传（20007）')
    const get = await fetch(`${run.url}/2/statuses/share.json?access_token=${TOKEN}`)
    expect([get.status, weiboError(await get.json(), get.status).weiboCode]).toEqual([400, 10021])

    await run.admin('/config', { safeDomain: null })
    expect(summary(await share(text()))).toEqual([10017, 'permanent', false, '微博应用尚未绑定（或未通过审核的）安全域名（10017）'])
    await run.admin('/config', { safeDomain: 'news.example.edu.cn' })

    const unknown = await refusal(clientOf(run.url, 'no-such-token').share({ status: text(), rip: '1.2.3.4' }))
    expect([unknown.weiboCode, unknown.kind, unknown.options.authFailure]).toEqual([21332, 'auth', true])
    await run.admin('/tokens', { token: 'client-test-revoked', uid: '7311200000000404' })
    await run.admin('/tokens/client-test-revoked/revoke', {})
    expect((await refusal(clientOf(run.url, 'client-test-revoked').tokenInfo())).weiboCode).toBe(21332)
    const missing = await refusal(clientOf(run.url, '').share({ status: text(), rip: '1.2.3.4' }))
    expect([missing.weiboCode, missing.options.transient]).toEqual([10006, false])
  })

  it('hourly rate limits: posts (10024), calls per user (10023), calls per IP (10022), retried after the window', async () => {
    const { sandbox } = run
    const limits = { ...sandbox.options.limits }
    await run.admin('/tokens', { token: 'client-test-rate', uid: '7311200000000505' })
    const rated = clientOf(run.url, 'client-test-rate')
    try {
      await run.admin('/config', { limits: { postsPerWindow: 2 } })
      await rated.share({ status: text(), rip: '1.2.3.4' })
      await rated.share({ status: text(), rip: '1.2.3.4' })
      const posts = await refusal(rated.share({ status: text(), rip: '1.2.3.4' }))
      expect([posts.weiboCode, posts.kind, posts.options.transient, (posts.options.raw as { httpStatus: number }).httpStatus]).toEqual([10024, 'rate', true, 403])
      expect(posts.message).toBe('本账号发微博过于频繁，已超过每小时上限（10024）')
      // Retried at the start of the next hourly window (plus a little slack), never sooner.
      const wait = posts.options.retryAfterMs!
      expect(Math.abs(wait - untilNextWindow(Date.now()))).toBeLessThan(2_000)
      expect(wait).toBeLessThanOrEqual(3_605_000)
      await run.admin('/config', { limits: { callsPerWindow: 3 } })
      const calls = await refusal(rated.userTimeline())
      expect([calls.weiboCode, calls.kind, calls.message]).toEqual([10023, 'rate', '本账号请求微博过于频繁，已超过上限（10023）'])
      await run.admin('/config', { limits: { ipCallsPerWindow: 1 } })
      expect((await refusal(weibo().userTimeline())).weiboCode).toBe(10022)
      // The next window starts afresh.
      await run.admin('/config', { limits })
      await run.admin('/clock', { advanceMs: limits.windowMs })
      expect((await rated.share({ status: text(), rip: '1.2.3.4' })).idstr).toMatch(/^\d+$/)
    } finally {
      await run.admin('/config', { limits })
    }
  })

  it('transient faults: 502, system error, timeout, connection reset, 20032 (posted, slow) all retry', async () => {
    const next = async (kind: string) => {
      await run.admin('/faults', { next: [kind] })
      return refusal(weibo().share({ status: text(kind), rip: '1.2.3.4' }))
    }
    const summary = (e: Awaited<ReturnType<typeof refusal>>) => [e.options.code, e.options.transient, e.message]
    expect(summary(await next('error-5xx'))).toEqual(['http-502', true, '微博接口异常（HTTP 502）'])
    expect(summary(await next('system-error'))).toEqual(['weibo-10001', true, '微博系统错误（10001）'])
    expect(summary(await next('timeout'))).toEqual(['timeout', true, '微博接口超时，未收到回应'])
    expect((await next('reset')).options).toMatchObject({ code: 'network', transient: true })
    const before = (await run.admin('/stats')).posts
    const slow = await next('slow')
    expect([slow.weiboCode, slow.kind, slow.options.transient, slow.options.retryAfterMs]).toEqual([20032, 'slow', true, 180_000])
    // 20032 means it WAS posted; a lost answer (502 after the fact) too: the publisher reconciles, never re-posts blindly.
    expect((await next('lost-response')).options.code).toBe('http-502')
    expect((await run.admin('/stats')).posts).toBe(before + 2)
  })

  it('classifies every code of the table; unknown codes retry only when the server failed', () => {
    for (const [code, entry] of Object.entries(WEIBO_ERRORS)) {
      const error = weiboError({ error_code: Number(code), error: 'x' }, 400)
      expect(error).toBeInstanceOf(DeliveryError)
      expect(error.message).toContain(`（${code}）`)
      expect(error.options.transient).toBe(['transient', 'rate', 'slow'].includes(entry.kind))
      expect(Boolean(error.options.authFailure)).toBe(entry.kind === 'auth')
      expect(error.options.retryAfterMs !== undefined).toBe(['rate', 'slow'].includes(entry.kind))
    }
    expect(weiboError({ error_code: 12345, error: 'new' }, 400).options).toMatchObject({ code: 'weibo-12345', transient: false })
    expect(weiboError({ error_code: 12345, error: 'new' }, 503).options.transient).toBe(true)
    expect(weiboError(null, 504).options).toMatchObject({ code: 'http-504', transient: true })
  })

  it('shows what was posted on a Chinese timeline page', async () => {
    const html = await (await fetch(`${run.url}/`)).text()
    expect(html).toContain('<title>微博沙箱 · 时间线</title>')
    expect(html).toContain('测试账号')
    expect(html).toContain('已删除')
    // Each post is an anchor: a publication's url (`…/#s<idstr>`) opens at its post.
    expect(html).toMatch(/<article id="s\d{19}" class="post">/)
    expect(html).toContain(`<a href="${link(1)}`)
  })
})
