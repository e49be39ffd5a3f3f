import type { Endpoint, Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { withdrawPublication } from '../../../publishers/core/deliverTask'
import { wechatSignature } from '../../../publishers/wechat/callbackCrypto'
import { wechatPublisher } from '../../../publishers/wechat'
import { WechatClient } from '../../../publishers/wechat/client'
import { pushFinish } from '../../../publishers/wechat/sandbox/publishing'
import type { WechatSandbox } from '../../../publishers/wechat/sandbox/server'
import { bootPayload } from '../../setup/payload'
import { buildWorld, requestAs, type World } from '../../workflow/reviewWorld'
import { startCallbackServer } from './callbackServer'
import { startSandbox, TEST_APP } from './sandboxWorld'
import { approvedFor, imageMedia, localReq, publicationsOf, queueRunner, until, wechatAccount } from './wechatWorld'

/**
 * The WeChat publisher through the real core on a real database, against the sandbox over HTTP: uploads,
 * draft, 发表, the PUBLISHJOBFINISH push through our callback handler (safe and plain mode), polling, the lost
 * submit answer, 撤稿, an uncertified account, the token shared through Payload's KV store.
 */
let payload: Payload
let world: World
let sandbox: WechatSandbox
let callbacks: Awaited<ReturnType<typeof startCallbackServer>>
let account: number
let cover: number
let runQueue: ReturnType<typeof queueRunner>

const app = () => sandbox.state.apps.get(TEST_APP.appId)!

beforeAll(async () => {
  sandbox = await startSandbox()
  payload = await bootPayload('wechat-publisher', { statusPolling: { baseDelayMs: 1_000, maxDelayMs: 4_000, giveUpAfterMs: 60 * 60_000 } })
  world = await buildWorld(payload, 'wechat.test')
  callbacks = await startCallbackServer(payload)
  account = await wechatAccount(world, TEST_APP, sandbox.url)
  cover = await imageMedia(world)
  runQueue = queueRunner(payload)
})

afterAll(async () => {
  await callbacks?.close()
  await sandbox?.close()
  await payload?.destroy()
})

beforeEach(() => {
  Object.assign(app(), { callbackUrl: callbacks.callbackUrl(account), callbackMode: 'safe', certified: true })
})

const one = async (itemId: number | string) => (await publicationsOf(payload, itemId))[0]

/** 重新投递 through the handler the REST route runs (`POST /api/publications/:id/resend`). */
const resendAs = async (who: string, id: number | string) => {
  const handler = (payload.collections.publications.config.endpoints || []).find((e) => e.method === 'post' && e.path === '/:id/resend') as Endpoint
  const res = await handler.handler(await requestAs(world, who, { id: String(id) }))
  return (await res.json()) as { doc: { state: string } }
}

describe('delivery to a 公众号', () => {
  it('uploads, drafts and submits once; the encrypted PUBLISHJOBFINISH push makes it delivered with the article link', async () => {
    const bodyImage = await imageMedia(world, '#27ae60', 1200, 800)
    const doc = await approvedFor(world, '新生开学典礼隆重举行', [account], cover, bodyImage)
    await runQueue(0)
    const submitted = await one(doc.id)
    expect([submitted.state, submitted.attempts]).toEqual(['submitted', 1])
    const progress = submitted.progress as Record<string, any>
    expect(Object.keys(progress.images)).toEqual([String(bodyImage)])
    expect(Object.keys(progress.covers)).toEqual([String(cover)])
    expect(submitted.externalId).toBe(progress.externalId)
    const job = sandbox.state.jobs.get(submitted.externalId!)!
    expect(job.status).toBe(1)
    // The body image placeholder became the uploadimg URL; the cover is a permanent material with the crops.
    expect(job.articles[0].content).toContain(`src="${progress.images[bodyImage]}"`)
    expect(job.articles[0].content).not.toContain('rongmei-media:')
    expect(job.articles[0].thumb_media_id).toBe(progress.covers[cover])
    expect(job.articles[0].pic_crop_235_1).toMatch(/^[\d.]+_[\d.]+_[\d.]+_[\d.]+$/)

    sandbox.finishPending()
    await until(() => sandbox.state.callbacks.some((c) => c.publishId === submitted.externalId && c.ok))
    const delivered = await one(doc.id)
    const post = [...sandbox.state.published.values()].find((p) => p.publishId === submitted.externalId)!
    expect([delivered.state, delivered.url]).toEqual(['delivered', post.articles[0].url])
    expect(sandbox.state.callbacks.find((c) => c.publishId === submitted.externalId)?.mode).toBe('safe')
    expect(sandbox.state.requests.get('/cgi-bin/freepublish/submit')).toBe(1)
    // The token lives in Payload's KV store (the database), for every worker.
    const client = new WechatClient({ appId: TEST_APP.appId, appSecret: TEST_APP.appSecret, baseUrl: sandbox.url, tokenStore: payload.kv })
    expect(await payload.kv.get(client.tokenKey)).toMatchObject({ accessToken: expect.any(String) })
    const tokenRequests = sandbox.state.requests.get('/cgi-bin/stable_token')
    expect(await client.accessToken()).toBe(((await payload.kv.get(client.tokenKey)) as { accessToken: string }).accessToken)
    expect(sandbox.state.requests.get('/cgi-bin/stable_token')).toBe(tokenRequests)

    // The same push again (WeChat retries when unsure): acknowledged, nothing changes.
    const pushes = sandbox.state.callbacks.length
    await pushFinish(sandbox.state, job)
    expect(sandbox.state.callbacks.slice(pushes).map((c) => c.ok)).toEqual([true])
    const after = await one(doc.id)
    expect([after.state, after.url, after.updatedAt]).toEqual(['delivered', delivered.url, delivered.updatedAt])
  })

  it('plain-mode push of a platform review failure fails the publication with the reason', async () => {
    Object.assign(app(), { callbackMode: 'plain' })
    const doc = await approvedFor(world, '平台审核不通过的稿件', [account], cover)
    await runQueue(0)
    const { externalId } = await one(doc.id)
    sandbox.finish(externalId!, 4, [1])
    await until(() => sandbox.state.callbacks.some((c) => c.publishId === externalId && c.ok))
    const failed = await one(doc.id)
    expect([failed.state, failed.lastError?.code]).toEqual(['failed', 'wechat-publish-status-4'])
    expect(failed.lastError?.message).toBe('微信公众号：平台审核不通过（第 1 篇），请修改内容后重新审核')

    // 重新投递 asks WeChat about the earlier submission first: refused on review is a decision, not resubmitted.
    const submits = sandbox.state.requests.get('/cgi-bin/freepublish/submit') ?? 0
    expect((await resendAs('admin', failed.id)).doc.state).toBe('queued')
    await runQueue(0)
    const again = await one(doc.id)
    expect([again.state, again.lastError?.code, again.externalId]).toEqual(['failed', 'wechat-publish-status-4', externalId])
    expect(sandbox.state.requests.get('/cgi-bin/freepublish/submit') ?? 0).toBe(submits)
  })

  it('重新投递 after a plain publish failure (status 3) submits again, once', async () => {
    const doc = await approvedFor(world, '常规失败后重新投递', [account], cover)
    await runQueue(0)
    const { externalId } = await one(doc.id)
    sandbox.finish(externalId!, 3)
    await until(async () => (await one(doc.id)).state === 'failed')
    const submits = sandbox.state.requests.get('/cgi-bin/freepublish/submit') ?? 0
    await resendAs('admin', (await one(doc.id)).id)
    await runQueue(0)
    const resubmitted = await one(doc.id)
    expect(resubmitted.state).toBe('submitted')
    expect(resubmitted.externalId).not.toBe(externalId)
    expect(sandbox.state.requests.get('/cgi-bin/freepublish/submit') ?? 0).toBe(submits + 1)
  })

  it('without a push, polling (freepublish/get) settles it; original-declaration failure has its own reason', async () => {
    Object.assign(app(), { callbackUrl: null })
    const doc = await approvedFor(world, '轮询得到发表结果', [account], cover)
    const failing = await approvedFor(world, '原创声明未通过', [account], cover)
    await runQueue(0)
    sandbox.finish((await one(doc.id)).externalId!, 0)
    sandbox.finish((await one(failing.id)).externalId!, 2, [1])
    await runQueue(1_100)
    const delivered = await one(doc.id)
    expect([delivered.state, delivered.url]).toEqual(['delivered', expect.stringMatching(/\/s\//)])
    const failed = await one(failing.id)
    expect([failed.state, failed.lastError?.message]).toEqual(['failed', '微信公众号：原创声明校验未通过（第 1 篇），请核实原创声明后重新审核'])
  })

  it('submit processed but its answer lost: the retry finds the post (draft gone → batchget), no second 发表', async () => {
    const doc = await approvedFor(world, '提交后连接中断', [account], cover)
    const submitsBefore = sandbox.state.requests.get('/cgi-bin/freepublish/submit') ?? 0
    sandbox.inject({ kind: 'drop-after', path: '/cgi-bin/freepublish/submit' })
    await runQueue(0)
    const retrying = await one(doc.id)
    expect([retrying.state, retrying.lastError?.code]).toEqual(['retrying', 'wechat-network'])
    expect((retrying.progress as Record<string, unknown>).submitStartedAt).toEqual(expect.any(Number))
    expect(retrying.externalId ?? null).toBe(null)

    // Still publishing at WeChat: the retry (after its backoff) waits rather than submitting again.
    await runQueue(60_000)
    const waiting = await one(doc.id)
    expect([waiting.state, waiting.lastError?.code]).toEqual(['retrying', 'wechat-submit-unconfirmed'])

    sandbox.finishPending()
    // The worker that finds the post dies right after saving it: the next attempt asks (getarticle), never submits.
    const original = wechatPublisher.deliver
    wechatPublisher.deliver = (artifact, ctx) =>
      original(artifact, {
        ...ctx,
        checkpoint: async (patch) => {
          await ctx.checkpoint(patch)
          if ('articleId' in patch) throw new Error('工作进程被终止（模拟）')
        },
      })
    try {
      await runQueue(31 * 60_000)
    } finally {
      wechatPublisher.deliver = original
    }
    const killed = await one(doc.id)
    expect([killed.state, killed.externalId]).toEqual(['retrying', expect.stringMatching(/^article:/)])
    await runQueue(60 * 60_000)
    const delivered = await one(doc.id)
    const post = [...sandbox.state.published.values()].find((p) => p.articles[0].title === '提交后连接中断')!
    expect([delivered.state, delivered.externalId, delivered.url]).toEqual(['delivered', `article:${post.articleId}`, post.articles[0].url])
    expect((sandbox.state.requests.get('/cgi-bin/freepublish/submit') ?? 0) - submitsBefore).toBe(1)
    expect(sandbox.state.duplicates()).toEqual([])

    // 撤稿 deletes it at WeChat (freepublish/delete, all articles).
    await withdrawPublication(await localReq(payload), delivered.id, '测试撤稿')
    expect(post.articles.every((a) => a.is_deleted)).toBe(true)
    expect((await one(doc.id)).state).toBe('withdrawn')
  })

  it('撤稿 of a post known by publish_id deletes it; an uncertified account fails with the drafts-only reason', async () => {
    const doc = await approvedFor(world, '撤稿测试', [account], cover)
    await runQueue(0)
    sandbox.finishPending()
    const { externalId } = await one(doc.id)
    await until(async () => (await one(doc.id)).state === 'delivered')
    await withdrawPublication(await localReq(payload), (await one(doc.id)).id, '内容有误')
    const job = sandbox.state.jobs.get(externalId!)!
    expect(job.status).toBe(5)

    Object.assign(app(), { certified: false })
    const uncertified = await approvedFor(world, '未认证账号', [account], cover)
    await runQueue(0)
    const failed = await one(uncertified.id)
    expect([failed.state, failed.lastError?.code]).toEqual(['failed', 'wechat-48001'])
    expect(failed.lastError?.message).toMatch(/未认证或没有发表接口权限，只能保存为草稿/)
  })
})

describe('the callback endpoint', () => {
  it('answers URL verification with echostr only for a valid signature; refuses forged pushes', async () => {
    const base = callbacks.callbackUrl(account)
    const timestamp = '1714036504'
    const nonce = '1514711492'
    const signature = wechatSignature(TEST_APP.token, timestamp, nonce)
    const ok = await fetch(`${base}?signature=${signature}&timestamp=${timestamp}&nonce=${nonce}&echostr=4375120948345356249`)
    expect([ok.status, await ok.text()]).toEqual([200, '4375120948345356249'])
    const bad = await fetch(`${base}?signature=${'0'.repeat(40)}&timestamp=${timestamp}&nonce=${nonce}&echostr=x`)
    expect(bad.status).toBe(403)
    const byAppId = await fetch(`${callbacks.callbackUrl(TEST_APP.appId)}?signature=${signature}&timestamp=${timestamp}&nonce=${nonce}&echostr=ok`)
    expect(await byAppId.text()).toBe('ok')

    const forged = await fetch(`${base}?signature=${signature}&timestamp=${timestamp}&nonce=${nonce}&encrypt_type=aes&msg_signature=${'0'.repeat(40)}`, {
      method: 'POST',
      body: '<xml><ToUserName>gh_x</ToUserName><Encrypt>AAAA</Encrypt></xml>',
    })
    expect(forged.status).toBe(403)
    const unsigned = await fetch(`${base}?timestamp=${timestamp}&nonce=${nonce}`, { method: 'POST', body: '<xml><MsgType>event</MsgType></xml>' })
    expect(unsigned.status).toBe(403)
    expect((await fetch(callbacks.callbackUrl(999999))).status).toBe(404)
  })
})
