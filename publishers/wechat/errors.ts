import { DeliveryError } from '../core/contract'

/**
 * Every WeChat errcode of the contract (channels-api.md §1.6), classified once: transient errors retry
 * (with a retry-after where WeChat tells us when), permanent ones fail the publication with a Chinese reason
 * an editor or the operations staff can act on, authentication failures count towards pausing the account.
 */
export type ErrorRule = {
  message: string
  transient: boolean
  authFailure?: boolean
  /** The token is stale: the client drops its cached token, fetches a new one and retries once. */
  token?: boolean
  /** 'reset' = until the daily quota resets (Beijing midnight); a number = milliseconds. */
  retryAfter?: 'reset' | number
}

export const WECHAT_ERRORS: Readonly<Record<number, ErrorRule>> = {
  [-1]: { message: '微信系统繁忙，稍后重试', transient: true, retryAfter: 10_000 },
  40001: { message: 'access_token 无效或不是最新（或 AppSecret 错误），将刷新后重试', transient: true, token: true, authFailure: true },
  40002: { message: '请求参数不合法（grant_type 或 publish_id）', transient: false },
  40004: { message: '素材类型不合法', transient: false },
  40005: { message: '文件类型不合法：正文图片只能是 JPG 或 PNG', transient: false },
  40006: { message: '文件大小超出限制', transient: false },
  40007: { message: '媒体文件 ID（media_id）无效：封面或草稿不存在，或使用了临时素材', transient: false },
  40009: { message: '图片大小超出限制（正文图片须小于 1 MB）', transient: false },
  40013: { message: 'AppID 无效，请检查账号凭据', transient: false, authFailure: true },
  40014: { message: 'access_token 格式不合法，将刷新后重试', transient: true, token: true, authFailure: true },
  40033: { message: '请求中含有 \\uxxxx 转义字符', transient: false },
  40114: { message: '草稿中的文章序号（index）不合法', transient: false },
  40125: { message: 'AppSecret 无效，请检查账号凭据', transient: false, authFailure: true },
  40155: { message: '正文中不能添加其他公众号的主页链接，请删除后重新审核', transient: false },
  40164: { message: '服务器出口 IP 不在公众号的 IP 白名单中，请在公众平台“开发-基本配置”中添加', transient: false, authFailure: true },
  40243: { message: 'AppSecret 已被冻结，请在微信开发者平台解冻', transient: false, authFailure: true },
  41001: { message: '缺少 access_token 参数', transient: true, token: true },
  41004: { message: '缺少 AppSecret 参数，请检查账号凭据', transient: false, authFailure: true },
  41005: { message: '缺少上传的媒体文件', transient: false },
  41006: { message: '缺少 media_id 参数', transient: false },
  41039: { message: '“阅读原文”链接（content_source_url）不合法或超过 1 KB', transient: false },
  42001: { message: 'access_token 已过期，将刷新后重试', transient: true, token: true, authFailure: true },
  43001: { message: '接口需要 GET 请求', transient: false },
  43002: { message: '接口需要 POST 请求', transient: false },
  44002: { message: 'POST 请求体为空', transient: false },
  44003: { message: '图文消息内容为空', transient: false },
  45001: { message: '多媒体文件大小超出限制', transient: false },
  45002: { message: '正文超出限制（须少于 2 万字且小于 1 MB）', transient: false },
  45003: { message: '标题超出长度限制（最多 32 字，部分特殊符号也会触发）', transient: false },
  45004: { message: '摘要超出长度限制（最多 128 字）', transient: false },
  45009: { message: '今日接口调用次数已达上限，将在北京时间零点额度重置后重试', transient: true, retryAfter: 'reset' },
  45011: { message: '接口调用过于频繁，一分钟后重试', transient: true, retryAfter: 60_000 },
  45028: { message: '群发次数已用完', transient: false },
  45065: { message: '相同 clientmsgid 的群发已存在', transient: false },
  45066: { message: '群发重试过快，一分钟后重试', transient: true, retryAfter: 60_000 },
  45067: { message: 'clientmsgid 过长', transient: false },
  45086: { message: '正文中的小程序链接 AppID 无效', transient: false },
  45110: { message: '作者超出长度限制（建议不超过 8 个字）', transient: false },
  45166: { message: '正文内容不合法（如页内锚点链接），请修改后重新审核', transient: false },
  47001: { message: '请求数据格式错误（JSON/XML 解析失败）', transient: false },
  48001: { message: '该公众号未认证或没有发表接口权限，只能保存为草稿（请完成微信认证或在公众平台手动发表）', transient: false },
  48004: { message: '接口因违规被封禁，请联系公众号管理员', transient: false, authFailure: true },
  48006: { message: '本月的额度清零次数已用完', transient: false },
  50002: { message: '公众号被限制（冻结或注销）', transient: false, authFailure: true },
  53404: { message: '商品卡片受限：账号没有带货能力', transient: false },
  53405: { message: '商品卡片受限：商品不可用', transient: false },
  53406: { message: '商品卡片受限：数量超出', transient: false },
  53503: { message: '草稿未通过发表检查，请检查内容后重新审核', transient: false },
  53504: { message: '该草稿需在公众平台网页端手动发表', transient: false },
  53505: { message: '请先在公众平台手动保存该草稿后再发表', transient: false },
  53600: { message: '已发表文章的 article_id 无效（文章不存在）', transient: false },
  61004: { message: '服务器出口 IP 不在公众号的 IP 白名单中，请在微信开发者平台添加', transient: false, authFailure: true },
  88000: { message: '公众号没有留言权限，请关闭“开启留言”后重新投递', transient: false },
  89503: { message: '本次调用需公众号管理员确认 IP，请确认后重试', transient: true, retryAfter: 10 * 60_000 },
  89506: { message: '管理员拒绝了本 IP 的调用，24 小时内无法调用', transient: true, retryAfter: 24 * 60 * 60_000 },
  89507: { message: '管理员拒绝了本 IP 的调用，1 小时内无法调用', transient: true, retryAfter: 60 * 60_000 },
}

const BEIJING_OFFSET_MS = 8 * 60 * 60_000

/** Milliseconds from `now` to the next midnight in Beijing (UTC+8, no daylight saving), when quotas reset. */
export function msUntilBeijingMidnight(now: Date): number {
  const beijing = now.getTime() + BEIJING_OFFSET_MS
  const day = 24 * 60 * 60_000
  return day - (beijing % day)
}

export const ruleFor = (errcode: number): ErrorRule | undefined => WECHAT_ERRORS[errcode]

/**
 * Whether an error counts towards pausing the account. A refused token on a business call (40001/42001/40014)
 * means the token changed under us — expired, or renewed by another worker or another system using the same
 * AppID — and is renewed and retried: it says nothing about the account. Only the token endpoint refusing our
 * credentials, or a permanent authentication error (40125 AppSecret, 40164 IP whitelist, …), does.
 */
const TOKEN_PATH = '/cgi-bin/stable_token'
export const countsAgainstAccount = (rule: ErrorRule, path: string) => Boolean(rule.authFailure) && (!rule.token || path === TOKEN_PATH)

/** A WeChat error answer as the publisher core's DeliveryError; unknown codes are permanent (a person looks). */
export function wechatError(path: string, errcode: number, errmsg: string, now: Date = new Date()): DeliveryError {
  const rule = ruleFor(errcode) ?? { message: `微信返回未知错误`, transient: false }
  const retryAfterMs = rule.retryAfter === 'reset' ? msUntilBeijingMidnight(now) + 60_000 : rule.retryAfter
  return new DeliveryError(`微信公众号：${rule.message}（${path} 错误码 ${errcode}：${errmsg}）`, {
    code: `wechat-${errcode}`,
    transient: rule.transient,
    authFailure: countsAgainstAccount(rule, path),
    retryAfterMs,
    raw: { path, errcode, errmsg },
  })
}

/** Network failures, timeouts and HTTP 5xx: the request may or may not have been processed; retry. */
export function transportError(path: string, detail: string, status?: number): DeliveryError {
  const what = status ? `HTTP ${status}` : detail
  return new DeliveryError(`微信公众号接口暂时不可用（${path}：${what}），稍后重试`, {
    code: status ? `wechat-http-${status}` : 'wechat-network',
    transient: true,
    raw: { path, status: status ?? null, detail },
  })
}

/** True when the error came from WeChat's answer (the request was refused), false for transport failures. */
export const isAnswered = (error: DeliveryError) => /^wechat-(-?\d+)$/.test(error.options.code)

export const errcodeOf = (error: unknown): number | null => {
  if (!(error instanceof DeliveryError)) return null
  const match = /^wechat-(-?\d+)$/.exec(error.options.code)
  return match ? Number(match[1]) : null
}

/** The token was refused (stale, expired, malformed or missing): renew it and repeat the call once. */
export const isTokenError = (error: unknown) => Boolean(ruleFor(errcodeOf(error) ?? 0)?.token)
