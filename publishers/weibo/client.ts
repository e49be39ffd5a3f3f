import { networkError, weiboError } from './errors'
import { parseJsonKeepingBigInts } from './json'

/**
 * The only code that talks to Weibo: a small typed client on `fetch` for the endpoints the publisher uses.
 * The base URL is the real API (https://api.weibo.com) or the sandbox (publishers/weibo/sandbox). Answers are
 * parsed with 64-bit ids kept exact; ids are handled as decimal strings (`idstr`) everywhere, never numbers.
 */
export const WEIBO_API = 'https://api.weibo.com'

export type WeiboUser = { idstr: string; screen_name?: string }

export type WeiboStatus = {
  idstr: string
  mid?: string
  text: string
  created_at: string
  original_pic?: string
  bmiddle_pic?: string
  thumbnail_pic?: string
  user?: WeiboUser
}

export type WeiboComment = { idstr: string; text: string; created_at: string; user?: WeiboUser }

export type TokenInfo = { uid: string; appkey: string; scope: string; create_at: number; expire_in: number }

export type Picture = { data: Uint8Array; filename: string; contentType: string }

export type WeiboClientOptions = {
  accessToken: string
  baseUrl?: string | null
  /** No answer within this time counts as a timeout (the request may still have been carried out). */
  timeoutMs?: number
  fetch?: typeof fetch
}

type Params = Record<string, string | number | undefined>

/** `id` may arrive as a (bare, exact-kept) integer string; idstr is what we keep. */
const idOf = (raw: Record<string, unknown>): string => String(raw.idstr ?? raw.id ?? '')

function toStatus(raw: Record<string, unknown>): WeiboStatus {
  const user = raw.user as Record<string, unknown> | undefined
  return {
    ...(raw as Omit<WeiboStatus, 'idstr'>),
    idstr: idOf(raw),
    mid: raw.mid != null ? String(raw.mid) : undefined,
    text: String(raw.text ?? ''),
    created_at: String(raw.created_at ?? ''),
    user: user ? { idstr: idOf(user), screen_name: user.screen_name as string | undefined } : undefined,
  }
}

/** Weibo's `created_at`: "Wed Oct 24 23:49:17 +0800 2012". */
export function parseWeiboDate(value: string): Date {
  const match = /^\w{3} (\w{3}) (\d{2}) (\d{2}:\d{2}:\d{2}) ([+-]\d{4}) (\d{4})$/.exec(value)
  if (!match) return new Date(value)
  const [, month, day, time, zone, year] = match
  return new Date(`${month} ${day} ${year} ${time} GMT${zone}`)
}

export class WeiboClient {
  private readonly base: string
  private readonly timeoutMs: number
  private readonly fetcher: typeof fetch

  constructor(private readonly options: WeiboClientOptions) {
    this.base = (options.baseUrl || WEIBO_API).replace(/\/+$/, '')
    this.timeoutMs = options.timeoutMs ?? Number(process.env.WEIBO_TIMEOUT_MS ?? 15_000)
    this.fetcher = options.fetch ?? fetch
  }

  private async call(method: 'GET' | 'POST', path: string, params: Params, picture?: Picture): Promise<Record<string, unknown>> {
    const entries = Object.entries({ access_token: this.options.accessToken, ...params }).filter(([, v]) => v !== undefined) as [string, string | number][]
    let url = `${this.base}/${path}`
    let body: FormData | URLSearchParams | undefined
    if (method === 'GET') {
      url += `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)]))}`
    } else if (picture) {
      // multipart/form-data: only when a picture goes along (share.json's rule).
      const form = new FormData()
      for (const [k, v] of entries) form.append(k, String(v))
      form.append('pic', new Blob([new Uint8Array(picture.data)], { type: picture.contentType }), picture.filename)
      body = form
    } else {
      // Form-encoded once; Weibo's "must URL-encode" means exactly this, never twice.
      body = new URLSearchParams(entries.map(([k, v]) => [k, String(v)]))
    }
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), this.timeoutMs)
    let status: number
    let text: string
    try {
      const response = await this.fetcher(url, { method, body, signal: controller.signal })
      status = response.status
      text = await response.text()
    } catch (error) {
      throw networkError(error, controller.signal.aborted)
    } finally {
      clearTimeout(timer)
    }
    let parsed: Record<string, unknown> | null = null
    try {
      parsed = parseJsonKeepingBigInts(text) as Record<string, unknown>
    } catch {
      parsed = null
    }
    // The error envelope comes with any status (400 and 403 usually): read the body whatever the status.
    if (parsed && parsed.error_code != null) throw weiboError(parsed, status)
    if (status >= 300 || !parsed || typeof parsed !== 'object') throw weiboError(null, status)
    return parsed
  }

  /** 2/statuses/share.json: text with a safe-domain link, the reader's IP (`rip`), at most one picture. */
  async share(input: { status: string; rip: string; picture?: Picture | null }): Promise<WeiboStatus> {
    return toStatus(await this.call('POST', '2/statuses/share.json', { status: input.status, rip: input.rip }, input.picture ?? undefined))
  }

  /** 2/statuses/destroy.json: deletes one of the account's own statuses. */
  async destroy(idstr: string): Promise<WeiboStatus> {
    return toStatus(await this.call('POST', '2/statuses/destroy.json', { id: idstr }))
  }

  /** 2/statuses/user_timeline.json: the account's own latest statuses, newest first. */
  async userTimeline(params: { count?: number; page?: number; since_id?: string; max_id?: string } = {}): Promise<{ statuses: WeiboStatus[]; total_number: number }> {
    const answer = await this.call('GET', '2/statuses/user_timeline.json', params)
    return { statuses: ((answer.statuses as Record<string, unknown>[]) ?? []).map(toStatus), total_number: Number(answer.total_number ?? 0) }
  }

  /** 2/comments/show.json: the comments on one status, newest first. */
  async comments(
    idstr: string,
    params: { count?: number; page?: number; since_id?: string; max_id?: string; filter_by_author?: 0 | 1 | 2 } = {},
  ): Promise<{ comments: WeiboComment[]; total_number: number }> {
    const answer = await this.call('GET', '2/comments/show.json', { id: idstr, ...params })
    const comments = ((answer.comments as Record<string, unknown>[]) ?? []).map((raw) => {
      const status = toStatus(raw)
      return { idstr: status.idstr, text: status.text, created_at: status.created_at, user: status.user }
    })
    return { comments, total_number: Number(answer.total_number ?? 0) }
  }

  /** oauth2/get_token_info: who the token belongs to and how many seconds it has left. */
  async tokenInfo(): Promise<TokenInfo> {
    const answer = await this.call('POST', 'oauth2/get_token_info', {})
    return {
      uid: String(answer.uid ?? ''),
      appkey: String(answer.appkey ?? ''),
      scope: String(answer.scope ?? ''),
      create_at: Number(answer.create_at ?? 0),
      expire_in: Number(answer.expire_in ?? 0),
    }
  }
}
