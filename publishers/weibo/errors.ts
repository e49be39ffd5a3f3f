import { DeliveryError } from '../core/contract'

/**
 * Weibo's error codes (shared/design/channels-api.md §2.4) as data: what each means in Chinese and how the
 * publisher treats it. `kind` decides the DeliveryError:
 *  - transient: retried with backoff (system errors, 5xx);
 *  - rate: retried after the rate-limit window (Weibo counts per hour);
 *  - auth: the token is expired, revoked or invalid: no retry, the account is blocked until re-authorised;
 *  - duplicate: the same text was posted before; the publisher looks for that post (it may be ours);
 *  - slow: 20032, posted but not yet visible; the publisher reconciles through the timeline;
 *  - gone: 20101, the status does not exist (a takedown of something already deleted);
 *  - permanent: retrying cannot help; the message says what to fix.
 */
export type WeiboErrorKind = 'transient' | 'rate' | 'auth' | 'duplicate' | 'slow' | 'gone' | 'permanent'

type Entry = { kind: WeiboErrorKind; message: string }

export const WEIBO_ERRORS: Record<number, Entry> = {
  10001: { kind: 'transient', message: '微博系统错误' },
  10002: { kind: 'transient', message: '微博服务暂停' },
  10003: { kind: 'transient', message: '微博远程服务错误' },
  10009: { kind: 'transient', message: '微博任务过多，系统繁忙' },
  10006: { kind: 'permanent', message: '缺少 source（AppKey）参数，请检查微博应用配置' },
  10008: { kind: 'permanent', message: '微博接口参数错误' },
  10014: { kind: 'permanent', message: '微博应用没有调用该接口的权限' },
  10016: { kind: 'permanent', message: '缺少微博接口的必选参数' },
  10017: { kind: 'permanent', message: '微博接口参数值非法' },
  10018: { kind: 'permanent', message: '请求长度超过微博限制' },
  10020: { kind: 'permanent', message: '微博接口不存在' },
  10021: { kind: 'permanent', message: '微博接口请求方法错误' },
  10022: { kind: 'rate', message: '服务器 IP 请求微博过于频繁，已超过每小时上限' },
  10023: { kind: 'rate', message: '本账号请求微博过于频繁，已超过上限' },
  10024: { kind: 'rate', message: '本账号发微博过于频繁，已超过每小时上限' },
  20003: { kind: 'permanent', message: '微博用户不存在' },
  20005: { kind: 'permanent', message: '微博不支持该图片类型（仅 JPG、GIF、PNG）' },
  20006: { kind: 'permanent', message: '配图超过微博 5 MB 上限' },
  20007: { kind: 'permanent', message: '配图须以 multipart 方式上传' },
  20008: { kind: 'permanent', message: '微博正文为空' },
  20012: { kind: 'permanent', message: '微博正文超过 140 字' },
  20015: { kind: 'permanent', message: '微博认为本账号、服务器 IP 或应用不合法' },
  20016: { kind: 'rate', message: '发微博过于频繁' },
  20017: { kind: 'permanent', message: '微博拒绝与近期内容相似的微博' },
  20018: { kind: 'permanent', message: '微博正文包含非法网址' },
  20019: { kind: 'duplicate', message: '微博拒绝重复内容：本账号近期已发布过相同文字' },
  20020: { kind: 'permanent', message: '微博正文包含广告信息' },
  20021: { kind: 'permanent', message: '微博正文包含非法内容' },
  20031: { kind: 'permanent', message: '微博要求输入验证码，请在微博客户端登录本账号处理' },
  20032: { kind: 'slow', message: '微博已接收，服务器处理较慢，稍后才能看到' },
  20101: { kind: 'gone', message: '该条微博不存在（可能已被删除）' },
  20102: { kind: 'permanent', message: '该条微博不是本账号发布的，无法删除' },
  20111: { kind: 'duplicate', message: '微博拒绝重复内容：不能发布相同的微博' },
  20201: { kind: 'permanent', message: '评论不存在' },
  20204: { kind: 'permanent', message: '评论编号为空' },
  21301: { kind: 'auth', message: '微博认证失败' },
  21314: { kind: 'auth', message: '微博授权 Token 已被使用' },
  21315: { kind: 'auth', message: '微博授权 Token 已过期' },
  21316: { kind: 'auth', message: '微博授权 Token 不合法' },
  21317: { kind: 'auth', message: '微博授权 Token 不合法' },
  21319: { kind: 'auth', message: '微博授权关系已被解除' },
  21321: { kind: 'permanent', message: '未审核的微博应用使用人数超过限制' },
  21327: { kind: 'auth', message: '微博授权已过期' },
  21331: { kind: 'transient', message: '微博授权服务暂时无法访问' },
  21332: { kind: 'auth', message: '微博授权 Token 无效' },
}

/** 10017's text says which parameter was refused; the two domain cases are the ones editors can act on. */
function detail10017(error: string): string | null {
  if (/text not find domain/i.test(error)) return '微博正文中没有本账号安全域名下的链接'
  if (/appkey not bind domain/i.test(error)) return '微博应用尚未绑定（或未通过审核的）安全域名'
  return null
}

/** Hours of Weibo's rate limits; the retry waits for the next window. Configurable: WEIBO_RATE_WINDOW_MS. */
export const RATE_WINDOW_MS = Number(process.env.WEIBO_RATE_WINDOW_MS ?? 60 * 60 * 1000)

/** Time until the current rate-limit window ends (windows start on the hour), plus a little slack. */
export const untilNextWindow = (now: number, windowMs = RATE_WINDOW_MS) => windowMs - (now % windowMs) + 5_000

export class WeiboError extends DeliveryError {
  constructor(
    message: string,
    options: ConstructorParameters<typeof DeliveryError>[1],
    readonly weiboCode: number | null,
    readonly kind: WeiboErrorKind,
  ) {
    super(message, options)
    this.name = 'WeiboError'
  }
}

const AUTH_HINT = '投递已停止，请管理员重新授权该微博账号后，点击“检查授权”再重新投递'

/** Maps one error answer of the API (`{request, error_code, error}`) to a classified WeiboError. */
export function weiboError(body: { error_code?: unknown; error?: unknown; request?: unknown } | null, httpStatus: number, now = Date.now()): WeiboError {
  const code = Number(body?.error_code)
  const text = String(body?.error ?? '')
  const entry = Number.isFinite(code) ? WEIBO_ERRORS[code] : undefined
  const raw = { httpStatus, ...(body ?? {}) }
  if (!entry) {
    // Unknown code: a server-side failure retries; anything else is the request's fault.
    const transient = httpStatus >= 500 || !Number.isFinite(code)
    const message = Number.isFinite(code) ? `微博接口返回错误 ${code}：${text}` : `微博接口异常（HTTP ${httpStatus}）`
    return new WeiboError(message, { code: Number.isFinite(code) ? `weibo-${code}` : `http-${httpStatus}`, transient, raw }, Number.isFinite(code) ? code : null, transient ? 'transient' : 'permanent')
  }
  const detail = code === 10017 ? detail10017(text) : null
  const base = `${detail ?? entry.message}（${code}）`
  const message = entry.kind === 'auth' ? `${base}，${AUTH_HINT}` : base
  return new WeiboError(
    message,
    {
      code: `weibo-${code}`,
      transient: entry.kind === 'transient' || entry.kind === 'rate' || entry.kind === 'slow',
      ...(entry.kind === 'auth' ? { authFailure: true } : {}),
      ...(entry.kind === 'rate' ? { retryAfterMs: untilNextWindow(now) } : {}),
      // 20032: the post shows up after a minute or two; look for it no sooner.
      ...(entry.kind === 'slow' ? { retryAfterMs: 3 * 60 * 1000 } : {}),
      raw,
    },
    code,
    entry.kind,
  )
}

/** No answer at all (connection refused, reset, our timeout): the request may or may not have arrived. */
export function networkError(cause: unknown, timedOut: boolean): WeiboError {
  const message = timedOut ? '微博接口超时，未收到回应' : `无法连接微博接口：${(cause as Error)?.message ?? cause}`
  return new WeiboError(message, { code: timedOut ? 'timeout' : 'network', transient: true, raw: String((cause as Error)?.message ?? cause) }, null, 'transient')
}
