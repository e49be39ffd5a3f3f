import { DeliveryError } from '../core/contract'
import { isTokenError, transportError, wechatError } from './errors'

/**
 * The only code that talks to WeChat: a small typed client on fetch (no maintained npm library covers
 * draft/freepublish/stable_token). The base URL is configuration, so the same code talks to
 * api.weixin.qq.com or to the local sandbox. Every failure comes out as a classified DeliveryError.
 */
export const WECHAT_API = 'https://api.weixin.qq.com'

/** Where tokens are cached: Payload's KV store (the database) in the app, so workers share one token. */
export type TokenStore = {
  get<T extends NonNullable<unknown>>(key: string): Promise<T | null>
  set(key: string, value: NonNullable<unknown>): Promise<void>
  delete(key: string): Promise<void>
}

export type CachedToken = { accessToken: string; expiresAt: number }

export type WechatClientOptions = {
  appId: string
  appSecret: string
  baseUrl?: string | null
  tokenStore: TokenStore
  /** Per request; a slower answer counts as a (transient) timeout. */
  timeoutMs?: number
  now?: () => Date
}

export type NewsArticle = {
  article_type?: 'news'
  title: string
  author?: string
  digest?: string
  content: string
  content_source_url?: string
  thumb_media_id: string
  need_open_comment?: 0 | 1
  only_fans_can_comment?: 0 | 1
  pic_crop_235_1?: string
  pic_crop_1_1?: string
}

export type NewsItem = NewsArticle & { url?: string; thumb_url?: string; is_deleted?: boolean }

export type PublishResult = {
  publish_id: string
  publish_status: number
  article_id?: string
  article_detail?: { count: number; item: { idx: number; article_url: string }[] }
  fail_idx?: number[]
}

export type PublishedPage = {
  total_count: number
  item_count: number
  item: { article_id: string; content: { news_item: NewsItem[] }; update_time: number }[]
}

export type DraftPage = {
  total_count: number
  item_count: number
  item: { media_id: string; content: { news_item: NewsItem[] }; update_time: number }[]
}

export type Upload = { bytes: Buffer | Uint8Array; filename: string; contentType: string }

/** Tokens are renewed this long before they expire; stable_token hands out a new one in its last 300 s. */
const RENEW_BEFORE_MS = 300_000

type Json = Record<string, unknown>

export class WechatClient {
  readonly baseUrl: string
  private readonly timeoutMs: number
  private readonly now: () => Date
  private token: CachedToken | null = null
  private fetching: Promise<CachedToken> | null = null

  constructor(private readonly options: WechatClientOptions) {
    this.baseUrl = (options.baseUrl || WECHAT_API).replace(/\/+$/, '')
    this.timeoutMs = options.timeoutMs ?? 15_000
    this.now = options.now ?? (() => new Date())
  }

  /** One cache entry per app and API host: the sandbox's tokens never shadow the real ones. */
  get tokenKey() {
    return `wechat:stable-token:${this.options.appId}:${this.baseUrl}`
  }

  /** stable_token in normal mode (the same token while it is valid), cached in the shared store. */
  async accessToken(): Promise<string> {
    const fresh = (token: CachedToken | null) => token && token.expiresAt - RENEW_BEFORE_MS > this.now().getTime()
    if (fresh(this.token)) return this.token!.accessToken
    const stored = await this.options.tokenStore.get<CachedToken>(this.tokenKey)
    if (fresh(stored)) {
      this.token = stored
      return stored!.accessToken
    }
    return (await this.fetchToken(false)).accessToken
  }

  /**
   * After WeChat refused `rejected`: normal mode first (another worker may have renewed it already); only if
   * WeChat hands back the very token it just refused do we force a refresh (20 a day, so sparingly).
   */
  async renewToken(rejected: string): Promise<string> {
    if (this.token?.accessToken === rejected) this.token = null
    const stored = await this.options.tokenStore.get<CachedToken>(this.tokenKey)
    if (stored && stored.accessToken !== rejected && stored.expiresAt > this.now().getTime()) {
      this.token = stored
      return stored.accessToken
    }
    const normal = await this.fetchToken(false)
    if (normal.accessToken !== rejected) return normal.accessToken
    return (await this.fetchToken(true)).accessToken
  }

  private fetchToken(forceRefresh: boolean): Promise<CachedToken> {
    // Concurrent deliveries in one process share one request.
    if (!forceRefresh && this.fetching) return this.fetching
    const request = (async () => {
      const answer = await this.request('/cgi-bin/stable_token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ grant_type: 'client_credential', appid: this.options.appId, secret: this.options.appSecret, ...(forceRefresh ? { force_refresh: true } : {}) }),
      })
      const accessToken = String(answer.access_token ?? '')
      if (!accessToken) throw transportError('/cgi-bin/stable_token', '没有返回 access_token')
      const token = { accessToken, expiresAt: this.now().getTime() + Number(answer.expires_in ?? 0) * 1000 }
      this.token = token
      await this.options.tokenStore.set(this.tokenKey, token)
      return token
    })()
    if (!forceRefresh) {
      this.fetching = request
      void request.finally(() => {
        if (this.fetching === request) this.fetching = null
      }).catch(() => undefined)
    }
    return request
  }

  /** fetch with a timeout; HTTP errors and network failures become transient DeliveryErrors. */
  private async request(target: string, init: RequestInit): Promise<Json> {
    // Errors name the endpoint, never the access_token (they are stored on the publication and shown to staff).
    const path = target.replace(/[?&]access_token=[^&]*/, '').replace(/^([^?]*)&/, '$1?')
    let response: Response
    try {
      response = await fetch(`${this.baseUrl}${target}`, { ...init, signal: AbortSignal.timeout(this.timeoutMs) })
    } catch (error) {
      const reason = (error as Error)?.name === 'TimeoutError' ? `超时（${this.timeoutMs} ms）` : String((error as Error)?.cause ?? (error as Error)?.message ?? error)
      throw transportError(path, reason)
    }
    const text = await response.text().catch(() => '')
    if (!response.ok) throw transportError(path, text.slice(0, 200), response.status)
    let answer: Json
    try {
      answer = JSON.parse(text) as Json
    } catch {
      throw transportError(path, `无法解析的返回：${text.slice(0, 100)}`)
    }
    // errcode absent or 0 means success (draft/add answers only {media_id}).
    const errcode = Number(answer.errcode ?? 0)
    if (errcode !== 0) throw wechatError(path, errcode, String(answer.errmsg ?? ''), this.now())
    return answer
  }

  /** A business call with ?access_token=; a stale token is renewed and the call repeated once. */
  async call<T = Json>(path: string, body: Json | FormData): Promise<T> {
    const send = (token: string) =>
      this.request(`${path}${path.includes('?') ? '&' : '?'}access_token=${encodeURIComponent(token)}`, {
        method: 'POST',
        ...(body instanceof FormData ? { body } : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
      })
    const token = await this.accessToken()
    try {
      return (await send(token)) as T
    } catch (error) {
      if (!(error instanceof DeliveryError) || !isTokenError(error)) throw error
      return (await send(await this.renewToken(token))) as T
    }
  }

  /** Body images: jpg/png under 1 MB (the caller converts); the URL goes into the article HTML. */
  async uploadImage(file: Upload): Promise<string> {
    const answer = await this.call<{ url: string }>('/cgi-bin/media/uploadimg', form(file))
    return answer.url
  }

  /** Permanent material: the cover (image/thumb) or a video (≤ 10 MB mp4 with a title and introduction). */
  async addMaterial(type: 'image' | 'thumb' | 'video' | 'voice', file: Upload, description?: { title: string; introduction: string }) {
    const body = form(file)
    if (description) body.append('description', JSON.stringify(description))
    return this.call<{ media_id: string; url?: string }>(`/cgi-bin/material/add_material?type=${type}`, body)
  }

  async addDraft(articles: NewsArticle[]): Promise<string> {
    return (await this.call<{ media_id: string }>('/cgi-bin/draft/add', { articles })).media_id
  }

  async getDraft(mediaId: string): Promise<NewsItem[]> {
    return (await this.call<{ news_item: NewsItem[] }>('/cgi-bin/draft/get', { media_id: mediaId })).news_item
  }

  async deleteDraft(mediaId: string): Promise<void> {
    await this.call('/cgi-bin/draft/delete', { media_id: mediaId })
  }

  /** The draft box, newest first (`count` 1–20). */
  async batchGetDrafts(offset: number, count: number, noContent = false): Promise<DraftPage> {
    return this.call<DraftPage>('/cgi-bin/draft/batchget', { offset, count, no_content: noContent ? 1 : 0 })
  }

  /** Success means *submitted*: the outcome arrives by PUBLISHJOBFINISH or freepublish/get. */
  async submit(mediaId: string): Promise<{ publish_id: string; msg_data_id?: string }> {
    const answer = await this.call<{ publish_id: string | number; msg_data_id?: string | number }>('/cgi-bin/freepublish/submit', { media_id: mediaId })
    return { publish_id: String(answer.publish_id), msg_data_id: answer.msg_data_id == null ? undefined : String(answer.msg_data_id) }
  }

  async getPublish(publishId: string): Promise<PublishResult> {
    return this.call<PublishResult>('/cgi-bin/freepublish/get', { publish_id: publishId })
  }

  async getArticle(articleId: string): Promise<NewsItem[]> {
    return (await this.call<{ news_item: NewsItem[] }>('/cgi-bin/freepublish/getarticle', { article_id: articleId })).news_item
  }

  async batchGetPublished(offset: number, count: number, noContent = false): Promise<PublishedPage> {
    return this.call<PublishedPage>('/cgi-bin/freepublish/batchget', { offset, count, no_content: noContent ? 1 : 0 })
  }

  /** Takes a published article down; `index` is 1-based, 0 or absent deletes every article of the post. */
  async deletePublished(articleId: string, index = 0): Promise<void> {
    await this.call('/cgi-bin/freepublish/delete', { article_id: articleId, index })
  }
}

function form({ bytes, filename, contentType }: Upload): FormData {
  const body = new FormData()
  body.append('media', new Blob([new Uint8Array(bytes)], { type: contentType }), filename)
  return body
}
