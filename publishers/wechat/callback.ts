import { XMLParser } from 'fast-xml-parser'
import { createLocalReq, type Payload } from 'payload'

import type { Account } from '../core/contract'
import { settlePublication } from '../core/settle'
import { decryptMessage, verifyMsgSignature, verifyUrlSignature } from './callbackCrypto'
import { settleBundlePush } from './bundles/deliver'
import type { PublishResult } from './client'
import { publishOutcome } from './publishOutcome'

/**
 * The push endpoint of one 公众号 (服务器配置 URL): GET verifies the URL (echo `echostr` when the signature
 * over token/timestamp/nonce holds); POST takes events in plaintext or safe mode (msg_signature, AES) as XML
 * or JSON. A verified PUBLISHJOBFINISH settles the submitted publication with that publish_id. WeChat waits
 * 5 s and retries 3 times; settling is idempotent, so a repeated push changes nothing. Polling
 * (checkPublication) covers pushes that never arrive.
 */
const xml = new XMLParser({ parseTagValue: false, processEntities: true, isArray: (name) => name === 'item' || name === 'fail_idx' })

const text = (body: string, status = 200) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } })

/** The account by id, or by AppID (`wx…`, what the sandbox knows); credentials are decrypted on read. */
async function findAccount(payload: Payload, ref: string): Promise<Account | null> {
  if (/^wx[0-9a-zA-Z]{6,}$/.test(ref)) {
    const { docs } = await payload.find({ collection: 'channel-accounts', where: { kind: { equals: 'wechat' } }, depth: 0, limit: 0, pagination: false, overrideAccess: true })
    return (docs.find((doc) => doc.credentials?.appId === ref) as unknown as Account) ?? null
  }
  const doc = await payload.findByID({ collection: 'channel-accounts', id: ref as never, depth: 0, overrideAccess: true, disableErrors: true })
  return doc && doc.kind === 'wechat' ? (doc as unknown as Account) : null
}

/** XML (<xml>…</xml>) or JSON, as the account's push format says; field names are WeChat's. */
function parseMessage(body: string): Record<string, any> {
  const trimmed = body.trim()
  if (trimmed.startsWith('{')) return JSON.parse(trimmed)
  const parsed = xml.parse(trimmed) as { xml?: Record<string, any> }
  if (!parsed?.xml) throw new Error('not a WeChat message')
  return parsed.xml
}

type FinishEvent = { publishId: string; result: Parameters<typeof publishOutcome>[0] }

function finishEvent(message: Record<string, any>): FinishEvent | null {
  if (message.MsgType !== 'event' || message.Event !== 'PUBLISHJOBFINISH') return null
  const info = message.PublishEventInfo ?? {}
  const items = info.article_detail?.item
  const list = Array.isArray(items) ? items : items ? [items] : []
  const failIdx = info.fail_idx == null ? [] : (Array.isArray(info.fail_idx) ? info.fail_idx : [info.fail_idx]).map(Number)
  return {
    publishId: String(info.publish_id ?? ''),
    result: {
      publish_status: Number(info.publish_status),
      article_id: info.article_id == null ? undefined : String(info.article_id),
      article_detail: { count: Number(info.article_detail?.count ?? list.length), item: list.map((item: any) => ({ idx: Number(item.idx), article_url: String(item.article_url ?? '') })) },
      fail_idx: failIdx,
    },
  }
}

export async function handleWechatCallback(payload: Payload, request: Request, accountRef: string): Promise<Response> {
  const account = await findAccount(payload, accountRef)
  const token = account?.credentials?.token
  if (!account || !token) return text('未找到该公众号账号或未配置消息校验 Token', 404)
  const query = new URL(request.url).searchParams
  const timestamp = query.get('timestamp') ?? ''
  const nonce = query.get('nonce') ?? ''

  if (request.method === 'GET') {
    if (!verifyUrlSignature(token, timestamp, nonce, query.get('signature'))) return text('签名校验失败', 403)
    return text(query.get('echostr') ?? '')
  }
  if (request.method !== 'POST') return text('不支持的请求方法', 405)

  const body = await request.text()
  let message: Record<string, any>
  try {
    if (query.get('encrypt_type') === 'aes') {
      const encrypt = String(parseMessage(body).Encrypt ?? '')
      if (!verifyMsgSignature(token, timestamp, nonce, encrypt, query.get('msg_signature'))) return text('消息签名校验失败', 403)
      const key = account.credentials?.encodingAESKey
      if (!key) return text('未配置 EncodingAESKey，无法解密安全模式消息', 400)
      const opened = decryptMessage(key, encrypt)
      if (opened.appId !== account.credentials?.appId) return text('消息的 AppID 与账号不符', 403)
      message = parseMessage(opened.message)
    } else {
      if (!verifyUrlSignature(token, timestamp, nonce, query.get('signature'))) return text('签名校验失败', 403)
      message = parseMessage(body)
    }
  } catch {
    return text('无法解析的消息', 400)
  }

  const event = finishEvent(message)
  if (event?.publishId) {
    const outcome = publishOutcome(event.result)
    if (outcome) {
      const settled = await settlePublication(payload, {
        kind: 'wechat',
        account: account.id,
        externalId: event.publishId,
        outcome: outcome.state === 'delivered' ? { state: 'delivered', url: outcome.url, raw: event.result } : { state: 'failed', code: outcome.code, message: outcome.message, raw: event.result },
      })
      // Not a single item's publication: a 微信组稿's submission.
      if (settled.result === 'unknown') await settleBundlePush(await createLocalReq({}, payload), account.id, event.publishId, { publish_id: event.publishId, ...event.result } as PublishResult)
    }
  }
  // An empty body or "success" acknowledges the push (no encrypted reply needed).
  return text('success')
}
