import type { Payload } from 'payload'

import { DeliveryError, type Account } from '../core/contract'
import { WechatClient } from './client'

/**
 * The client of one channel account: credentials from the account (decrypted by the collection), the API
 * base URL from the account (`credentials.apiBaseUrl`) or WECHAT_API_BASE_URL, else api.weixin.qq.com;
 * tokens cached in Payload's KV store (the database), so every worker shares one token per app.
 */
export function clientFor(payload: Payload, account: Account): WechatClient {
  const credentials = account.credentials ?? {}
  const appId = credentials.appId?.trim()
  const appSecret = credentials.appSecret?.trim()
  if (!appId || !appSecret) {
    throw new DeliveryError(`账号“${account.name}”缺少 AppID 或 AppSecret，请管理员在账号凭据中填写`, { code: 'wechat-no-credentials', transient: false, authFailure: true })
  }
  const settings = (account.settings ?? {}) as Record<string, unknown>
  return new WechatClient({
    appId,
    appSecret,
    baseUrl: credentials.apiBaseUrl || process.env.WECHAT_API_BASE_URL || null,
    tokenStore: payload.kv,
    timeoutMs: Number(settings.timeoutMs ?? process.env.WECHAT_TIMEOUT_MS ?? 15_000),
  })
}

export const credentialProblems = (account: Account): string[] =>
  account.credentials?.appId && account.credentials?.appSecret ? [] : [`账号“${account.name}”缺少 AppID 或 AppSecret（账号凭据），无法发布到微信公众号`]
