import { randomBytes } from 'node:crypto'

import { sealMessage, wechatSignature } from '../callbackCrypto'
import type { Job, SandboxState } from './state'

/**
 * Asynchronous publishing: a job sits at publish_status 1 for `publishDelayMs`, then ends in its scripted
 * status (0 by default). Success mints the article_id and permanent links and removes the draft from the
 * draft box; every ending is pushed as PUBLISHJOBFINISH to the app's callback URL, signed (and encrypted in
 * safe mode), retried like WeChat (3 tries, 5 s each by default).
 */
export function scheduleJob(state: SandboxState, job: Job) {
  const timer = setTimeout(() => finishJob(state, job), state.options.publishDelayMs)
  timer.unref?.()
}

export function finishJob(state: SandboxState, job: Job) {
  if (job.status !== 1) return
  const scripted = state.nextPublishOutcomes.shift()
  job.status = scripted?.status ?? 0
  job.failIdx = job.status === 2 || job.status === 4 ? (scripted?.failIdx ?? [1]) : []
  if (job.status === 0) {
    const articleId = state.newArticleId()
    const base = (state.options.publicUrl ?? 'http://mp.weixin.qq.com').replace(/\/$/, '')
    job.articleId = articleId
    state.published.set(articleId, {
      appId: job.appId,
      articleId,
      publishId: job.publishId,
      updateTime: Math.floor(state.now() / 1000),
      articles: job.articles.map((article, index) => ({ ...article, is_deleted: false, url: `${base}/s/${articleId}/${index + 1}` })),
    })
    // "Once a draft is mass-sent or published, it is removed from the draft box."
    state.drafts.delete(job.draftId)
  }
  state.options.log?.(`发表任务 ${job.publishId} 结束：publish_status=${job.status}`)
  void pushFinish(state, job)
}

export function publishResult(state: SandboxState, job: Job) {
  const post = job.articleId ? state.published.get(job.articleId) : undefined
  return {
    publish_id: job.publishId,
    publish_status: job.status,
    ...(job.status === 0 && post
      ? { article_id: post.articleId, article_detail: { count: post.articles.length, item: post.articles.map((a, i) => ({ idx: i + 1, article_url: a.url })) } }
      : {}),
    fail_idx: job.status === 2 || job.status === 4 ? job.failIdx : [],
  }
}

const cdata = (value: string) => `<![CDATA[${value}]]>`

/** The event XML, with fail_idx as repeated elements (not an array), as WeChat sends it. */
export function finishEventXml(state: SandboxState, job: Job): string {
  const app = state.apps.get(job.appId)!
  const result = publishResult(state, job)
  const detail = result.article_detail
    ? `<article_id>${cdata(result.article_id!)}</article_id><article_detail><count>${result.article_detail.count}</count>${result.article_detail.item
        .map((item) => `<item><idx>${item.idx}</idx><article_url>${cdata(item.article_url)}</article_url></item>`)
        .join('')}</article_detail>`
    : ''
  const failIdx = result.fail_idx.map((idx) => `<fail_idx>${idx}</fail_idx>`).join('')
  return (
    `<xml><ToUserName>${cdata(app.originalId ?? '')}</ToUserName><FromUserName>${cdata('oFreePublishHelper')}</FromUserName>` +
    `<CreateTime>${Math.floor(state.now() / 1000)}</CreateTime><MsgType>${cdata('event')}</MsgType><Event>${cdata('PUBLISHJOBFINISH')}</Event>` +
    `<PublishEventInfo><publish_id>${job.publishId}</publish_id><publish_status>${job.status}</publish_status>${detail}${failIdx}</PublishEventInfo></xml>`
  )
}

/** Builds the signed request WeChat would send (plain or safe mode) to `url`. */
export function signedPush(state: SandboxState, appId: string, url: string, xml: string) {
  const app = state.apps.get(appId)!
  const timestamp = String(Math.floor(state.now() / 1000))
  const nonce = String(randomBytes(4).readUInt32BE())
  const target = new URL(url)
  target.searchParams.set('signature', wechatSignature(app.token, timestamp, nonce))
  target.searchParams.set('timestamp', timestamp)
  target.searchParams.set('nonce', nonce)
  target.searchParams.set('openid', 'oFreePublishHelper')
  if (app.callbackMode !== 'safe') return { url: target.toString(), body: xml }
  const { encrypt, msgSignature } = sealMessage({ token: app.token, encodingAESKey: app.encodingAESKey, appId, message: xml, timestamp, nonce })
  target.searchParams.set('encrypt_type', 'aes')
  target.searchParams.set('msg_signature', msgSignature)
  return { url: target.toString(), body: `<xml><ToUserName>${cdata(app.originalId ?? '')}</ToUserName><Encrypt>${cdata(encrypt)}</Encrypt></xml>` }
}

export async function pushFinish(state: SandboxState, job: Job) {
  const app = state.apps.get(job.appId)
  if (!app?.callbackUrl) return
  const { url, body } = signedPush(state, job.appId, app.callbackUrl, finishEventXml(state, job))
  for (let attempt = 1; attempt <= state.options.callbackAttempts; attempt++) {
    const record = { appId: job.appId, publishId: job.publishId, url: app.callbackUrl, mode: app.callbackMode ?? 'safe', attempt, at: state.now() }
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'text/xml; charset=utf-8' },
        body,
        signal: AbortSignal.timeout(state.options.callbackTimeoutMs),
      })
      await response.text().catch(() => '')
      state.callbacks.push({ ...record, ok: response.ok, status: response.status })
      if (response.ok) return
    } catch (error) {
      state.callbacks.push({ ...record, ok: false, error: String((error as Error)?.message ?? error) })
    }
  }
}
