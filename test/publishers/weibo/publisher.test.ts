import { createLocalReq, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { deliverPublication, withdrawPublication } from '../../../publishers/core/deliverTask'
import { weiboComments } from '../../../publishers/weibo'
import { weiboTokenEndpoint } from '../../../publishers/weibo/tokenEndpoint'
import { tokenState } from '../../../publishers/weibo/token'
import { file } from '../../media/fixtures'
import { bootPayload } from '../../setup/payload'
import { act, approveThroughAllStages, buildWorld, type World } from '../../workflow/reviewWorld'
import { weiboAccount } from './accounts'
import { clientOf, startSandbox, type Running } from './sandboxClient'

/**
 * The Weibo publisher through the real core on a real database, against the sandbox over HTTP: approval →
 * delivery (text and picture, idstr kept), a lost answer or a duplicate reconciled without a second post,
 * takedown, the token's expiry shown and enforced, texts over the limit refused with the renderer's reason.
 */
let payload: Payload
let world: World
let run: Running
let account: Awaited<ReturnType<typeof weiboAccount>>

const publicationOf = async (itemId: number | string) =>
  (await payload.find({ collection: 'publications', where: { and: [{ 'item.value': { equals: itemId } }, { channel: { equals: 'weibo' } }] }, depth: 0, overrideAccess: true })).docs[0]!
const deliver = async (publicationId: number | string) => deliverPublication(await createLocalReq({}, payload), publicationId)
const postsWith = async (needle: string) => ((await run.admin('/statuses')).statuses as { idstr: string; text: string; deleted: boolean; picture: unknown }[]).filter((s) => s.text.includes(needle))
const approved = (title: string, extra: Record<string, unknown> = {}, target: number | string = account.id) =>
  approveThroughAllStages(world, title, { targets: [target], summary: `${title}。这是摘要的第二句话。`, ...extra })
const accountDoc = () => payload.findByID({ collection: 'channel-accounts', id: account.id, overrideAccess: true }) as Promise<{ status: string; settings: Record<string, any> }>

beforeAll(async () => {
  run = await startSandbox({ holdMs: 600 })
  process.env.WEIBO_TIMEOUT_MS = '300'
  payload = await bootPayload('weibo-publisher')
  world = await buildWorld(payload, 'weibo.test')
  account = await weiboAccount(payload, world.units.A!, run, '文传学院微博')
})
afterAll(async () => {
  await payload?.destroy()
  await run?.sandbox.close()
})
beforeEach(async () => {
  await run.admin('/faults', { clear: true })
})

describe('weibo publisher', () => {
  it('delivers an approved article: 【title】summary + its link, the cover as the picture, the idstr kept', async () => {
    const png = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#1a5fb4' } }).png().toBuffer()
    const cover = await payload.create({ collection: 'media', data: { alt: '图书馆', unit: world.units.A1 }, file: file(png, 'image/png', 'weibo-cover.png') } as never)
    const doc = await approved('图书馆延长开放时间', { cover: cover.id })
    const publication = await publicationOf(doc.id)
    await deliver(publication.id)
    const done = await publicationOf(doc.id)
    const [post] = await postsWith(`/articles/${doc.id}`)
    expect(post!.text).toBe(`【图书馆延长开放时间】图书馆延长开放时间。这是摘要的第二句话。 https://news.example.edu.cn/articles/${doc.id}`)
    expect([done.state, done.externalId, done.url]).toEqual(['delivered', post!.idstr, `${run.url}/#s${post!.idstr}`])
    expect(done.externalId).toMatch(/^\d{19}$/)
    // The Weibo rendition (a JPEG under 5 MB made by the media pipeline) went up, not the PNG original.
    expect(post!.picture).toMatchObject({ contentType: 'image/jpeg' })
    // The item went live on the website before Weibo linked to it.
    expect((await payload.findByID({ collection: 'articles', id: doc.id })).workflowState).toBe('published')
    // Comments come back through comments/show.
    await run.admin('/comments', { id: post!.idstr, text: '支持！' })
    const { comments } = await weiboComments({ ...(await accountDoc()), id: account.id, name: '', kind: 'weibo', credentials: { accessToken: account.token, apiBaseUrl: run.url } }, done.externalId!)
    expect(comments.map((c) => c.text)).toEqual(['支持！'])
  })

  it('uses the item’s own Weibo text when it has one', async () => {
    const doc = await approved('社团招新', { weibo: { text: '百团大战本周六开始，来操场找组织！' } })
    await deliver((await publicationOf(doc.id)).id)
    expect((await postsWith(`/articles/${doc.id}`)).map((p) => p.text)).toEqual([`百团大战本周六开始，来操场找组织！ https://news.example.edu.cn/articles/${doc.id}`])
  })

  it('a lost answer (posted, then 502) or a timeout after posting: the retry finds the post and does not post again', async () => {
    for (const fault of ['lost-response', 'timeout-after']) {
      const doc = await approved(`运动会报名通知${fault}`)
      const publication = await publicationOf(doc.id)
      await run.admin('/faults', { next: [fault], paths: ['/2/statuses/share.json'] })
      await deliver(publication.id)
      const retrying = await publicationOf(doc.id)
      expect(retrying.state).toBe('retrying')
      expect(typeof (retrying.progress as { postingSince?: unknown }).postingSince).toBe('string')
      expect(await postsWith(`/articles/${doc.id}`)).toHaveLength(1)
      await deliver(publication.id)
      const posts = await postsWith(`/articles/${doc.id}`)
      const done = await publicationOf(doc.id)
      expect(posts).toHaveLength(1)
      expect([done.state, done.externalId, done.attempts]).toEqual(['delivered', posts[0]!.idstr, 2])
    }
  })

  it('a retry after a crash before posting posts exactly once', async () => {
    const doc = await approved('实验室开放日')
    const publication = await publicationOf(doc.id)
    await run.admin('/faults', { next: ['reset'], paths: ['/2/statuses/share.json'] })
    await deliver(publication.id)
    expect(await postsWith(`/articles/${doc.id}`)).toHaveLength(0)
    await deliver(publication.id)
    expect(await postsWith(`/articles/${doc.id}`)).toHaveLength(1)
    expect((await publicationOf(doc.id)).state).toBe('delivered')
  })

  it('20019: the same text already on the account (posted by hand) is taken as this item’s post', async () => {
    const doc = await approved('校园马拉松开跑')
    const text = `【校园马拉松开跑】校园马拉松开跑。这是摘要的第二句话。 https://news.example.edu.cn/articles/${doc.id}`
    const byHand = await clientOf(run.url, account.token).share({ status: text, rip: '1.2.3.4' })
    await deliver((await publicationOf(doc.id)).id)
    const done = await publicationOf(doc.id)
    expect([done.state, done.externalId]).toEqual(['delivered', byHand.idstr])
    expect(await postsWith(`/articles/${doc.id}`)).toHaveLength(1)
  })

  it('20032 (posted, server slow): recorded from the timeline, one post', async () => {
    const doc = await approved('食堂新窗口开业')
    await run.admin('/faults', { next: ['slow'], paths: ['/2/statuses/share.json'] })
    await deliver((await publicationOf(doc.id)).id)
    const posts = await postsWith(`/articles/${doc.id}`)
    expect(posts).toHaveLength(1)
    expect([(await publicationOf(doc.id)).state, (await publicationOf(doc.id)).externalId]).toEqual(['delivered', posts[0]!.idstr])
  })

  it('撤稿 deletes the post on Weibo (statuses/destroy); already deleted by hand counts as withdrawn', async () => {
    const doc = await approved('讲座时间调整')
    await deliver((await publicationOf(doc.id)).id)
    const { externalId } = await publicationOf(doc.id)
    await act(world, 'r3', doc.id, 'withdraw', { opinion: '时间有误，撤稿' })
    // The takedown's jobs (this file calls deliveries directly, so their queued jobs are left waiting).
    await payload.jobs.run({ where: { taskSlug: { equals: 'withdrawPublication' } }, limit: 50, silent: true })
    const withdrawn = await publicationOf(doc.id)
    expect([withdrawn.state, withdrawn.withdrawReason]).toEqual(['withdrawn', '时间有误，撤稿'])
    expect((await postsWith(`/articles/${doc.id}`)).map((p) => [p.idstr, p.deleted])).toEqual([[externalId, true]])

    const other = await approved('讲座地点调整')
    await deliver((await publicationOf(other.id)).id)
    const publication = await publicationOf(other.id)
    await clientOf(run.url, account.token).destroy(publication.externalId!)
    await withdrawPublication(await createLocalReq({}, payload), publication.id, '已手动删除')
    expect((await publicationOf(other.id)).state).toBe('withdrawn')
  })

  it('a text over the limit is stopped at submission by the checks, and at delivery by the renderer’s own reason', async () => {
    // The submission checks count the renderer's own text: a title too long for Weibo never reaches 终审.
    await expect(approved('长标题'.repeat(45), { summary: '摘要。' })).rejects.toThrow(
      '检查未通过：微博正文 158 字，超过上限 140 字（按微博方式计数：汉字 1，英文半角 ½，每个链接 20，含自动附上的稿件链接；摘要会在句末自动截断）（文传学院微博）',
    )
    // An account with a stricter limit (configuration) refuses at delivery, naming the count and the fix.
    const strict = await weiboAccount(payload, world.units.A!, run, '短微博', { maxLength: 40 })
    const doc = await approved('字数上限测试', { weibo: { text: '这段微博文字本身只有二十个汉字左右，但加上链接就超了' } }, strict.id)
    await deliver((await publicationOf(doc.id)).id)
    const failed = await publicationOf(doc.id)
    expect([failed.state, failed.lastError?.code, failed.lastError?.message]).toEqual([
      'failed',
      'invalid',
      '微博正文 47 字，超过上限 40 字（按微博方式计数：汉字 1，英文半角 ½，每个链接 20，含自动附上的稿件链接）。请删减“微博文字”',
    ])
    expect(await postsWith(`/articles/${doc.id}`)).toEqual([])
  })

  it('refuses an item link outside the account’s safe domain before calling Weibo', async () => {
    const offDomain = await weiboAccount(payload, world.units.A!, run, '外域微博', { siteUrl: 'https://www.other.example.org' })
    const item = await approved('安全域名测试', {}, offDomain.id)
    await deliver((await publicationOf(item.id)).id)
    expect((await publicationOf(item.id)).lastError?.message).toBe(
      `稿件链接 https://www.other.example.org/articles/${item.id} 不在微博账号“外域微博”的安全域名 news.example.edu.cn 下，微博会拒绝发布（10017）`,
    )
  })
})

describe('weibo token lifecycle', () => {
  const checkToken = async (who: string) => {
    const req = await createLocalReq({ user: world.users[who] as never }, payload)
    req.routeParams = { id: account.id }
    return weiboTokenEndpoint.handler(req as never)
  }

  it('检查授权 stores the expiry from get_token_info; the admin field shows the days left', async () => {
    const res = await checkToken('admin')
    expect(res.status).toBe(200)
    const { settings } = await accountDoc()
    const expiresAt = new Date(settings.tokenExpiresAt).getTime()
    expect(Math.abs(expiresAt - (Date.now() + 30 * 86_400_000))).toBeLessThan(60_000)
    expect([settings.tokenProblem, settings.safeDomain]).toEqual([null, 'news.example.edu.cn'])
    expect(tokenState(settings)).toMatchObject({ kind: 'valid', daysLeft: 29 })
    expect(tokenState(settings, new Date(expiresAt - 3 * 86_400_000 - 1000))).toMatchObject({ kind: 'valid', daysLeft: 3 })
    // An editor of another unit may not record anything on this account.
    await expect(checkToken('editorB')).rejects.toMatchObject({ status: 403 })
  })

  it('a token that expired during delivery: failed with the reason, the account blocked until re-checked', async () => {
    const doc = await approved('授权过期测试')
    await run.admin(`/tokens/${account.token}/expire`, {})
    await deliver((await publicationOf(doc.id)).id)
    const failed = await publicationOf(doc.id)
    expect([failed.state, failed.lastError?.code, failed.lastError?.message]).toEqual([
      'failed',
      'weibo-21327',
      '微博授权已过期（21327），投递已停止，请管理员重新授权该微博账号后，点击“检查授权”再重新投递',
    ])
    const blocked = await accountDoc()
    expect([blocked.settings.tokenProblem, blocked.settings.authFailures]).toEqual(['微博授权已过期（21327）', 1])
    expect(tokenState(blocked.settings).kind).toBe('refused')

    // The next item is refused before any call to Weibo, with the reason.
    const requests = (await run.admin('/stats')).requests
    const next = await approved('授权过期后的稿件')
    await deliver((await publicationOf(next.id)).id)
    const refused = await publicationOf(next.id)
    expect([refused.state, refused.lastError?.code]).toEqual(['failed', 'invalid'])
    expect(refused.lastError?.message).toBe('微博账号“文传学院微博”的授权不可用：微博授权已过期（21327）。请管理员重新授权后在账号页点击“检查授权”，再重新投递')
    expect((await run.admin('/stats')).requests).toEqual(requests)

    // 检查授权 while still expired records that; after re-authorising (a new token) it clears the block.
    await checkToken('admin')
    expect(tokenState((await accountDoc()).settings).kind).toBe('refused')
    await run.admin('/tokens', { token: account.token, uid: account.uid, screenName: '文传学院微博', expiresInSec: 7 * 86_400 })
    await checkToken('admin')
    const renewed = await accountDoc()
    expect(tokenState(renewed.settings)).toMatchObject({ kind: 'valid', daysLeft: 6 })
  })

  it('an expiry date in the past blocks delivery with the date in Beijing time', async () => {
    const { settings } = await accountDoc()
    await payload.update({ collection: 'channel-accounts', id: account.id, data: { settings: { ...settings, tokenExpiresAt: '2026-01-02T04:30:00.000Z' } }, overrideAccess: true })
    const doc = await approved('过期日期测试')
    await deliver((await publicationOf(doc.id)).id)
    expect((await publicationOf(doc.id)).lastError?.message).toBe(
      '微博账号“文传学院微博”的授权已于 2026-01-02 12:30（北京时间）过期，请管理员重新授权后在账号页点击“检查授权”，再重新投递',
    )
  })
})
