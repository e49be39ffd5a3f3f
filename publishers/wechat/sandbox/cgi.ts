import { randomBytes } from 'node:crypto'

import express, { type NextFunction, type Request, type Response, type Router } from 'express'

import type { NewsItem } from '../client'
import type { Faults } from './faults'
import { LIMIT_PROFILES } from './options'
import { publishResult, scheduleJob } from './publishing'
import type { SandboxState } from './state'

/**
 * /cgi-bin: the WeChat endpoints of the contract with their paths, fields, limits and error codes
 * (channels-api.md §1.1, §1.2, §1.6, §1.9). Always HTTP 200 with JSON; errmsg ends with " rid: …".
 */
class WechatError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
  ) {
    super(errmsg)
  }
}

const fail = (errcode: number, errmsg: string): never => {
  throw new WechatError(errcode, errmsg)
}

const rid = () => `${randomBytes(4).toString('hex')}-${randomBytes(4).toString('hex')}-${randomBytes(4).toString('hex')}`

const IMAGE_URL = /^http:\/\/mmbiz\.qpic\.cn\/mmbiz_(?:jpg|png)\/([A-Za-z0-9_-]+)\/0$/

/** Sniffs the real format: a renamed file does not pass as jpg/png. */
function sniff(data: Buffer): 'jpg' | 'png' | 'gif' | 'bmp' | 'mp4' | 'other' {
  if (data[0] === 0xff && data[1] === 0xd8) return 'jpg'
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png'
  if (data.subarray(0, 3).toString('latin1') === 'GIF') return 'gif'
  if (data.subarray(0, 2).toString('latin1') === 'BM') return 'bmp'
  if (data.subarray(4, 8).toString('latin1') === 'ftyp') return 'mp4'
  return 'other'
}

type Ctx = { state: SandboxState; appId: string }

async function readMedia(req: Request): Promise<{ data: Buffer; filename: string; contentType: string; fields: FormData }> {
  const type = String(req.headers['content-type'] ?? '')
  if (!type.startsWith('multipart/form-data') || !Buffer.isBuffer(req.body)) fail(41005, 'media data missing')
  let fields: FormData
  try {
    fields = await new Response(new Uint8Array(req.body as Buffer), { headers: { 'content-type': type } }).formData()
  } catch {
    return fail(47001, 'data format error')
  }
  const media = fields.get('media')
  if (!media || typeof media === 'string') return fail(41005, 'media data missing')
  return { data: Buffer.from(await media.arrayBuffer()), filename: media.name, contentType: media.type, fields }
}

function readJson(req: Request): Record<string, unknown> {
  const raw = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : ''
  if (!raw.trim()) fail(44002, 'empty post data')
  try {
    const value = JSON.parse(raw)
    if (!value || typeof value !== 'object') fail(47001, 'data format error')
    return value
  } catch (error) {
    if (error instanceof WechatError) throw error
    return fail(47001, 'data format error')
  }
}

const textOf = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim()

/** What WeChat does to content it stores: no scripts, no on* handlers, no images from outside the platform. */
function cleanContent(state: SandboxState, html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/<img\b[^>]*>/gi, (tag) => {
      const src = /\ssrc\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1] ?? ''
      return IMAGE_URL.test(src) && state.bodyImages.has(IMAGE_URL.exec(src)![1]) ? tag : ''
    })
}

function validateArticle(ctx: Ctx, raw: unknown, index: number): NewsItem {
  const { state, appId } = ctx
  const app = state.apps.get(appId)!
  const limits = LIMIT_PROFILES[state.options.limits]
  const article = (raw ?? {}) as Record<string, unknown>
  const where = ` (article ${index})`
  const title = String(article.title ?? '')
  const content = String(article.content ?? '')
  if (!title || !content) fail(44003, `empty news data${where}`)
  if ([...title].length > limits.title) fail(45003, `title size out of limit${where}`)
  const author = String(article.author ?? '')
  if ([...author].length > limits.author) fail(45110, `author size out of limit${where}`)
  let digest = String(article.digest ?? '')
  if ([...digest].length > limits.digest) fail(45004, `description size out of limit${where}`)
  if ([...content].length >= 20_000 || Buffer.byteLength(content) >= 1024 * 1024) fail(45002, `content size out of limit${where}`)
  const source = String(article.content_source_url ?? '')
  if (source && (Buffer.byteLength(source) > 1024 || !/^https?:\/\/[^\s]+$/i.test(source))) fail(41039, `invalid content_source_url${where}`)
  if (state.options.rejectFragmentLinks && /<a\b[^>]*\shref\s*=\s*["']#/i.test(content)) fail(45166, `invalid content hint: [fragment link]${where}`)
  const thumb = String(article.thumb_media_id ?? '')
  if (!thumb) fail(40007, `invalid media_id hint: [thumb_media_id missing]${where}`)
  const material = state.materials.get(thumb)
  if (!material || material.appId !== appId || !['image', 'thumb'].includes(material.type)) fail(40007, `invalid media_id${where}`)
  const needComment = Number(article.need_open_comment ?? 0) === 1 ? 1 : 0
  if (needComment && !app.commentsAllowed) fail(88000, `without comment privilege${where}`)
  for (const crop of ['pic_crop_235_1', 'pic_crop_1_1'] as const) {
    const value = article[crop]
    if (value != null && value !== '' && !/^(0(\.\d{1,6})?|1(\.0{1,6})?)(_(0(\.\d{1,6})?|1(\.0{1,6})?)){3}$/.test(String(value))) fail(40002, `invalid ${crop}${where}`)
  }
  const cleaned = cleanContent(state, content)
  if (!digest) digest = [...textOf(cleaned)].slice(0, 54).join('')
  return {
    article_type: 'news',
    title,
    author,
    digest,
    content: cleaned,
    content_source_url: source,
    thumb_media_id: thumb,
    thumb_url: material!.url,
    need_open_comment: needComment,
    only_fans_can_comment: Number(article.only_fans_can_comment ?? 0) === 1 ? 1 : 0,
    ...(article.pic_crop_235_1 ? { pic_crop_235_1: String(article.pic_crop_235_1) } : {}),
    ...(article.pic_crop_1_1 ? { pic_crop_1_1: String(article.pic_crop_1_1) } : {}),
    show_cover_pic: 0,
  } as NewsItem
}

const pageArgs = (body: Record<string, unknown>) => {
  const offset = Number(body.offset ?? 0)
  const count = Number(body.count ?? 0)
  if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(count) || count < 1 || count > 20) fail(40002, 'invalid args hint: [count 1..20]')
  return { offset, count, noContent: Number(body.no_content ?? 0) === 1 }
}

const withoutContent = (items: NewsItem[], noContent: boolean) => (noContent ? items.map(({ content: _content, ...rest }) => ({ ...rest, content: '' })) : items)

const GET_PATHS = new Set(['/cgi-bin/draft/count'])

type Handler = (ctx: Ctx, req: Request) => Promise<Record<string, unknown>> | Record<string, unknown>

function businessRoutes(state: SandboxState): Record<string, Handler> {
  const assertCertified = ({ appId }: Ctx) => {
    if (!state.apps.get(appId)!.certified) fail(48001, 'api unauthorized hint: [freepublish requires a certified account]')
  }
  const findDraft = ({ appId }: Ctx, mediaId: unknown) => {
    const draft = state.drafts.get(String(mediaId ?? ''))
    if (!draft || draft.appId !== appId) return fail(40007, 'invalid media_id')
    return draft
  }
  const findPost = ({ appId }: Ctx, articleId: unknown) => {
    const post = state.published.get(String(articleId ?? ''))
    if (!post || post.appId !== appId) return fail(53600, 'Article ID 无效')
    return post
  }
  return {
    '/cgi-bin/media/uploadimg': async (ctx, req) => {
      const { data, contentType } = await readMedia(req)
      const kind = sniff(data)
      if (kind !== 'jpg' && kind !== 'png') fail(40005, 'invalid file type')
      if (data.length >= 1024 * 1024) fail(40009, 'invalid image size')
      const imageId = state.newMediaId()
      const url = `http://mmbiz.qpic.cn/mmbiz_${kind}/${imageId}/0`
      state.bodyImages.set(imageId, { appId: ctx.appId, id: imageId, url, contentType: contentType || `image/${kind === 'jpg' ? 'jpeg' : 'png'}`, data })
      return { url, errcode: 0, errmsg: 'ok' }
    },
    '/cgi-bin/material/add_material': async (ctx, req) => {
      const type = String(req.query.type ?? '')
      if (!['image', 'voice', 'video', 'thumb'].includes(type)) fail(40004, 'invalid media type')
      const { data, contentType, fields } = await readMedia(req)
      const kind = sniff(data)
      const rules: Record<string, { formats: string[]; max: number }> = {
        image: { formats: ['jpg', 'png', 'gif', 'bmp'], max: 10 * 1024 * 1024 },
        thumb: { formats: ['jpg'], max: 64 * 1024 },
        video: { formats: ['mp4'], max: 10 * 1024 * 1024 },
        voice: { formats: ['other'], max: 2 * 1024 * 1024 },
      }
      const rule = rules[type]
      if (!rule.formats.includes(kind)) fail(40005, 'invalid file type')
      if (data.length > rule.max) fail(type === 'image' ? 40009 : 40006, type === 'image' ? 'invalid image size' : 'invalid file size')
      let description: unknown
      if (type === 'video') {
        try {
          description = JSON.parse(String(fields.get('description') ?? ''))
        } catch {
          fail(40002, 'invalid description hint: [video needs description {title, introduction}]')
        }
        const { title, introduction } = (description ?? {}) as Record<string, unknown>
        if (typeof title !== 'string' || !title || typeof introduction !== 'string') fail(40002, 'invalid description hint: [title and introduction required]')
      }
      const mediaId = state.newMediaId()
      const url = type === 'image' ? `http://mmbiz.qpic.cn/mmbiz_${kind}/${mediaId}/0` : ''
      state.materials.set(mediaId, { appId: ctx.appId, mediaId, type, bytes: data.length, url, contentType, data: type === 'image' || type === 'thumb' ? data : null, description })
      return { media_id: mediaId, url }
    },
    '/cgi-bin/draft/add': (ctx, req) => {
      const body = readJson(req)
      const articles = body.articles
      if (!Array.isArray(articles) || articles.length === 0) fail(44003, 'empty news data')
      // The draft docs state no maximum; the legacy uploadnews doc and the MP editor allow 8 (assumed).
      if ((articles as unknown[]).length > 8) fail(45002, 'too many articles hint: [at most 8 per draft]')
      const stored = (articles as unknown[]).map((article, index) => validateArticle(ctx, article, index))
      const mediaId = state.newMediaId()
      state.drafts.set(mediaId, { appId: ctx.appId, mediaId, articles: stored, updateTime: Math.floor(state.now() / 1000) })
      return { media_id: mediaId }
    },
    '/cgi-bin/draft/get': (ctx, req) => {
      const draft = findDraft(ctx, readJson(req).media_id)
      const base = (state.options.publicUrl ?? 'http://mp.weixin.qq.com').replace(/\/$/, '')
      return { news_item: draft.articles.map((article, i) => ({ ...article, url: `${base}/preview/${draft.mediaId}/${i + 1}` })) }
    },
    '/cgi-bin/draft/delete': (ctx, req) => {
      const draft = findDraft(ctx, readJson(req).media_id)
      state.drafts.delete(draft.mediaId)
      return { errcode: 0, errmsg: 'ok' }
    },
    '/cgi-bin/draft/batchget': (ctx, req) => {
      const { offset, count, noContent } = pageArgs(readJson(req))
      const drafts = [...state.drafts.values()].filter((draft) => draft.appId === ctx.appId).reverse()
      const page = drafts.slice(offset, offset + count)
      return {
        total_count: drafts.length,
        item_count: page.length,
        item: page.map((draft) => ({ media_id: draft.mediaId, content: { news_item: withoutContent(draft.articles, noContent) }, update_time: draft.updateTime })),
      }
    },
    '/cgi-bin/draft/count': (ctx) => ({ total_count: [...state.drafts.values()].filter((draft) => draft.appId === ctx.appId).length }),
    '/cgi-bin/freepublish/submit': (ctx, req) => {
      assertCertified(ctx)
      const draft = findDraft(ctx, readJson(req).media_id)
      const publishId = state.newPublishId()
      const job = {
        appId: ctx.appId, publishId, msgDataId: String(Number(publishId) + 1_000_000_000), draftId: draft.mediaId,
        articles: draft.articles.map((article) => ({ ...article })), status: 1, failIdx: [], submittedAt: state.now(),
      }
      state.jobs.set(publishId, job)
      scheduleJob(state, job)
      return { errcode: 0, errmsg: 'ok', publish_id: publishId, msg_data_id: job.msgDataId }
    },
    '/cgi-bin/freepublish/get': (ctx, req) => {
      assertCertified(ctx)
      const job = state.jobs.get(String(readJson(req).publish_id ?? ''))
      if (!job || job.appId !== ctx.appId) fail(40002, 'invalid publish_id')
      return publishResult(state, job!)
    },
    '/cgi-bin/freepublish/getarticle': (ctx, req) => {
      assertCertified(ctx)
      const post = findPost(ctx, readJson(req).article_id)
      return { news_item: post.articles }
    },
    '/cgi-bin/freepublish/batchget': (ctx, req) => {
      assertCertified(ctx)
      const { offset, count, noContent } = pageArgs(readJson(req))
      const posts = [...state.published.values()]
        .filter((post) => post.appId === ctx.appId && post.articles.some((a) => !a.is_deleted))
        .reverse()
      const page = posts.slice(offset, offset + count)
      return {
        total_count: posts.length,
        item_count: page.length,
        item: page.map((post) => ({ article_id: post.articleId, content: { news_item: withoutContent(post.articles, noContent) }, update_time: post.updateTime })),
      }
    },
    '/cgi-bin/freepublish/delete': (ctx, req) => {
      assertCertified(ctx)
      const body = readJson(req)
      const post = findPost(ctx, body.article_id)
      const index = Number(body.index ?? 0)
      if (!Number.isInteger(index) || index < 0 || index > post.articles.length) fail(40114, 'invalid index')
      post.articles.forEach((article, i) => {
        if (index === 0 || index === i + 1) article.is_deleted = true
      })
      const job = state.jobs.get(post.publishId)
      if (job && post.articles.every((a) => a.is_deleted)) job.status = 5
      return { errcode: 0, errmsg: 'ok' }
    },
  }
}

function stableToken(state: SandboxState, req: Request) {
  if (!String(req.headers['content-type'] ?? '').includes('json')) fail(43002, 'require POST method hint: [json body]')
  const body = readJson(req)
  if (body.grant_type !== 'client_credential') fail(40002, 'invalid grant_type')
  const app = state.apps.get(String(body.appid ?? ''))
  if (!app) return fail(40013, 'invalid appid')
  if (!body.secret) fail(41004, 'appsecret missing')
  if (body.secret !== app.appSecret) fail(40125, 'invalid appsecret')
  countQuota(state, app.appId, '/cgi-bin/stable_token')
  const now = state.now()
  let current = state.stable.get(app.appId)
  const day = state.day()
  if (!current || current.token.revoked || current.token.expiresAt <= now) {
    current = { token: state.mintToken(app.appId), lastForceAt: current?.lastForceAt ?? 0, forcesToday: current?.forcesToday ?? { day, count: 0 } }
    state.stable.set(app.appId, current)
  } else if (body.force_refresh === true) {
    if (current.forcesToday.day !== day) current.forcesToday = { day, count: 0 }
    // ≤ 20 forced refreshes a day, ≥ 30 s apart; otherwise the current token comes back unchanged.
    if (current.forcesToday.count < 20 && now - current.lastForceAt >= 30_000) {
      current.token.revoked = true
      current.token = state.mintToken(app.appId)
      current.lastForceAt = now
      current.forcesToday.count += 1
    }
  } else if (current.token.expiresAt - now <= 300_000) {
    // The last 300 s: a new token, the old one keeps working until it expires (the overlap).
    current.token = state.mintToken(app.appId)
  }
  return { access_token: current.token.value, expires_in: Math.floor((current.token.expiresAt - now) / 1000) }
}

/** Checks the access_token of a business call: 41001 missing, 40014 malformed, 40001 unknown/revoked, 42001 expired. */
function appOf(state: SandboxState, req: Request): string {
  const value = req.query.access_token
  if (value === undefined || value === '') return fail(41001, 'access_token missing')
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{16,512}$/.test(value)) return fail(40014, 'invalid access_token')
  const token = state.tokens.get(value)
  if (!token || token.revoked) return fail(40001, 'invalid credential, access_token is invalid or not latest')
  if (token.expiresAt <= state.now()) return fail(42001, 'access_token expired')
  return token.appId
}

function countQuota(state: SandboxState, appId: string, path: string) {
  const limit = state.options.quotas[path]
  if (limit === undefined) return
  const key = `${appId}|${path}|${state.day()}`
  const used = state.quotaUsed.get(key) ?? 0
  if (used >= limit) fail(45009, 'reach max api daily quota limit')
  state.quotaUsed.set(key, used + 1)
}

export function cgiRouter(state: SandboxState, faults: Faults): Router {
  const router = express.Router()
  const routes = businessRoutes(state)
  router.use(express.raw({ type: () => true, limit: '25mb' }))

  router.all(/.*/, async (req: Request, res: Response, next: NextFunction) => {
    const path = `/cgi-bin${req.path}`
    state.requests.set(path, (state.requests.get(path) ?? 0) + 1)
    const answer = (body: Record<string, unknown>) => {
      const errcode = Number(body.errcode ?? 0)
      res.status(200).json(errcode ? { ...body, errmsg: `${body.errmsg} rid: ${rid()}` } : body)
    }
    const fault = faults.draw(path)
    if (fault) state.faultsInjected.push({ path, kind: fault.kind, at: state.now() })
    if (fault?.kind === '5xx') return void res.status(502).type('html').send('<html><body>502 Bad Gateway</body></html>')
    if (fault?.kind === 'busy') return answer({ errcode: -1, errmsg: 'system error' })
    if (fault?.kind === 'errcode') return answer({ errcode: fault.errcode ?? -1, errmsg: fault.errmsg ?? 'injected' })
    if (fault?.kind === 'timeout') {
      const timer = setTimeout(() => res.socket?.destroy(), state.options.hangMs)
      res.on('close', () => clearTimeout(timer))
      return
    }
    try {
      let body: Record<string, unknown>
      if (path === '/cgi-bin/stable_token') {
        if (req.method !== 'POST') fail(43002, 'require POST method')
        body = stableToken(state, req)
      } else {
        const handler = routes[path]
        if (!handler) return next()
        // draft/count is the one GET of the contract (D5).
        const method = GET_PATHS.has(path) ? 'GET' : 'POST'
        if (req.method !== method) fail(43002, `require ${method} method`)
        const appId = appOf(state, req)
        countQuota(state, appId, path)
        body = await handler({ state, appId }, req)
      }
      await state.options.beforeAnswer?.(path)
      // Processed, but the answer never arrives: the caller cannot tell whether it worked.
      if (fault?.kind === 'drop-after') return void res.socket?.destroy()
      answer(body)
    } catch (error) {
      if (!(error instanceof WechatError)) return next(error)
      if (fault?.kind === 'drop-after') return void res.socket?.destroy()
      answer({ errcode: error.errcode, errmsg: error.errmsg })
    }
  })
  router.use((_req: Request, res: Response) => res.status(200).json({ errcode: 48001, errmsg: `api unauthorized hint: [unknown path in sandbox] rid: ${rid()}` }))
  return router
}
