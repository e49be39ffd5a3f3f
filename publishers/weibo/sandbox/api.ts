import express, { type NextFunction, type Request, type Response } from 'express'

import { stringifyWithBigInts } from '../json'
import type { Faults, FaultKind } from './faults'
import { commentJson, statusJson } from './format'
import type { SandboxOptions } from './options'
import { checkDuplicate, checkPicture, checkShareText, pictureType, shortenLinks, type Refusal } from './rules'
import type { SandboxStore, StoredToken } from './store'

type Params = Record<string, string>
type Ctx = { params: Params; picture: Buffer | null; token: StoredToken; base: string }

/** Codes Weibo answers with 403 rather than 400 (permission and rate limits). */
const FORBIDDEN = new Set([10014, 10022, 10023, 10024])
const AFTER_FAULTS = new Set<FaultKind>(['lost-response', 'timeout-after', 'slow'])

export const sendJson = (res: Response, status: number, value: unknown) =>
  res.status(status).type('application/json; charset=utf-8').send(stringifyWithBigInts(value))

const refuse = (req: Request, res: Response, { code, error }: Refusal, status = FORBIDDEN.has(code) ? 403 : 400) =>
  sendJson(res, status, { request: req.path, error_code: code, error })

/** Holds a request, then drops the connection: the caller sees a timeout. */
function hold(res: Response, ms: number, timers: Set<NodeJS.Timeout>) {
  const timer = setTimeout(() => {
    timers.delete(timer)
    res.socket?.destroy()
  }, ms)
  timers.add(timer)
}

/** Form fields of a urlencoded or multipart body (multipart parsed by the platform's own FormData). */
async function readParams(req: Request): Promise<{ params: Params; picture: Buffer | null; multipart: boolean }> {
  const params: Params = {}
  for (const [k, v] of Object.entries(req.query)) if (typeof v === 'string') params[k] = v
  if (Buffer.isBuffer(req.body)) {
    const form = await new globalThis.Request('http://sandbox/', { method: 'POST', headers: { 'content-type': req.get('content-type')! }, body: new Uint8Array(req.body) }).formData()
    let picture: Buffer | null = null
    for (const [k, v] of form.entries()) {
      if (typeof v === 'string') params[k] = v
      else if (k === 'pic') picture = Buffer.from(await v.arrayBuffer())
    }
    return { params, picture, multipart: true }
  }
  for (const [k, v] of Object.entries((req.body as Record<string, unknown>) ?? {})) if (typeof v === 'string') params[k] = v
  return { params, picture: null, multipart: false }
}

export function apiRouter(options: SandboxOptions, store: SandboxStore, faults: Faults, timers: Set<NodeJS.Timeout>) {
  const router = express.Router()
  const bodyLimit = options.limits.maxPictureBytes * 2 + 1024 * 1024
  router.use(express.urlencoded({ extended: false, limit: bodyLimit }))
  router.use(express.raw({ type: 'multipart/form-data', limit: bodyLimit }))

  /** Counting, fault injection, the token, rate limits: what every API call goes through. */
  const api =
    (method: 'GET' | 'POST', handler: (req: Request, res: Response, ctx: Ctx) => unknown, options2: { rateKey?: string } = {}) =>
    async (req: Request, res: Response) => {
      store.requests[req.path] = (store.requests[req.path] ?? 0) + 1
      const fault = faults.draw(req.path)
      if (fault === 'reset') return void res.socket?.destroy()
      if (fault === 'timeout') return hold(res, faults.config.holdMs, timers)
      if (fault === 'error-5xx') return void res.status(502).type('html').send('<html><body><h1>502 Bad Gateway</h1></body></html>')
      if (fault === 'system-error') return sendJson(res, 500, { request: req.path, error_code: 10001, error: 'system error!' })
      if (fault === 'rate-limit') return refuse(req, res, { code: 10023, error: 'User requests out of rate limit!' })
      if (fault === 'token-expired') return refuse(req, res, { code: 21327, error: 'expired_token' })
      if (req.method !== method) return refuse(req, res, { code: 10021, error: 'HTTP method is not suported for this request!' })

      const { params, picture, multipart } = await readParams(req)
      const raw = params.access_token ?? /^OAuth2\s+(\S+)$/.exec(req.get('authorization') ?? '')?.[1]
      if (!raw) return refuse(req, res, { code: 10006, error: 'source paramter(appkey) is missing' })
      const token = store.tokens.get(raw)
      if (!token || token.revoked) return refuse(req, res, { code: options.invalidTokenCode, error: 'invalid_access_token' })
      if (token.expiresAt <= store.now()) return refuse(req, res, { code: 21327, error: 'expired_token' })

      const { windowMs, ipCallsPerWindow, callsPerWindow, postsPerWindow } = options.limits
      if (store.count(`ip:${req.ip}`, windowMs) > ipCallsPerWindow) return refuse(req, res, { code: 10022, error: 'IP requests out of rate limit!' })
      if (store.count(`user:${token.uid}`, windowMs) > callsPerWindow) return refuse(req, res, { code: 10023, error: 'User requests out of rate limit!' })
      if (options2.rateKey && store.count(`${options2.rateKey}:${token.uid}`, windowMs) > postsPerWindow) {
        return refuse(req, res, { code: 10024, error: 'User requests for (statuses/share) out of rate limit!' })
      }
      if (picture === null && params.pic !== undefined && !multipart) return refuse(req, res, { code: 20007, error: 'does multipart has image?' })

      const base = `${req.protocol}://${req.get('host')}`
      const after = fault && AFTER_FAULTS.has(fault) ? fault : null
      // The request is carried out in full; an "after" fault then loses or delays the answer.
      const answer = (status: number, value: unknown) => {
        if (after === 'lost-response') return void res.status(502).type('html').send('<html><body>502 Bad Gateway</body></html>')
        if (after === 'timeout-after') return hold(res, faults.config.holdMs, timers)
        if (after === 'slow' && status === 200) return refuse(req, res, { code: 20032, error: 'Update success, while server slow now, please wait 1-2 minutes!' })
        return sendJson(res, status, value)
      }
      const result = handler(req, res, { params, picture, token, base }) as { status?: number; refusal?: Refusal; value?: unknown }
      if (result.refusal) return refuse(req, res, result.refusal)
      return answer(200, result.value)
    }

  router.all(
    '/2/statuses/share.json',
    api(
      'POST',
      (_req, _res, { params, picture, token, base }) => {
        const refusal =
          checkShareText(options, params.status, params.rip) ??
          (picture ? checkPicture(options, picture) : null) ??
          checkDuplicate(options, store, token.uid, params.status!)
        if (refusal) return { refusal }
        const status = {
          id: store.newId(),
          uid: token.uid,
          screenName: token.screenName,
          submitted: params.status!,
          text: options.shortenLinks ? shortenLinks(store, params.status!) : params.status!,
          createdAt: store.now(),
          picture: picture ? { data: picture, contentType: pictureType(picture)! } : null,
          deletedAt: null,
        }
        store.statuses.push(status)
        return { value: statusJson(store, status, base) }
      },
      { rateKey: 'share' },
    ),
  )

  router.all(
    '/2/statuses/destroy.json',
    api('POST', (_req, _res, { params, token, base }) => {
      if (!params.id) return { refusal: { code: 10016, error: 'miss required parameter (id), see doc for more info.' } }
      const status = store.findStatus(params.id)
      if (!status || status.deletedAt != null) return { refusal: { code: 20101, error: 'target weibo does not exist!' } }
      if (status.uid !== token.uid) return { refusal: { code: 20102, error: 'not your own weibo!' } }
      status.deletedAt = store.now()
      return { value: statusJson(store, status, base) }
    }),
  )

  /** Paging shared by the timeline and comments: newest first, since_id/max_id, count (capped), page. */
  const page = <T extends { id: bigint }>(items: T[], params: Params, defaultCount: number, maxCount: number) => {
    const since = params.since_id && /^\d+$/.test(params.since_id) ? BigInt(params.since_id) : null
    const max = params.max_id && /^\d+$/.test(params.max_id) ? BigInt(params.max_id) : null
    const filtered = items.filter((item) => (since == null || item.id > since) && (max == null || item.id <= max)).sort((a, b) => (a.id < b.id ? 1 : -1))
    const count = Math.min(maxCount, Math.max(1, Number(params.count) || defaultCount))
    const pageNo = Math.max(1, Number(params.page) || 1)
    return { slice: filtered.slice((pageNo - 1) * count, pageNo * count), total: filtered.length }
  }

  router.all(
    '/2/statuses/user_timeline.json',
    api('GET', (_req, _res, { params, token, base }) => {
      const { slice, total } = page(store.liveStatusesOf(token.uid), params, 20, 100)
      return { value: { statuses: slice.map((status) => statusJson(store, status, base)), total_number: total, previous_cursor: 0, next_cursor: 0 } }
    }),
  )

  router.all(
    '/2/comments/show.json',
    api('GET', (_req, _res, { params, base }) => {
      if (!params.id) return { refusal: { code: 10016, error: 'miss required parameter (id), see doc for more info.' } }
      const status = store.findStatus(params.id)
      if (!status || status.deletedAt != null) return { refusal: { code: 20101, error: 'target weibo does not exist!' } }
      const filter = Number(params.filter_by_author) || 0
      const all = store.comments.filter((c) => c.statusId === status.id && (filter === 0 || (filter === 1 ? c.followed : !c.followed)))
      const { slice, total } = page(all, params, 50, 200)
      return { value: { comments: slice.map((c) => commentJson(store, c, base)), total_number: total, previous_cursor: 0, next_cursor: 0 } }
    }),
  )

  router.all(
    '/oauth2/get_token_info',
    api('POST', (_req, _res, { token }) => ({
      value: {
        uid: BigInt(token.uid),
        appkey: options.appkey,
        scope: '',
        create_at: Math.floor(token.createdAt / 1000),
        expire_in: Math.max(0, Math.floor((token.expiresAt - store.now()) / 1000)),
      },
    })),
  )

  // Bodies over the limit: Weibo's 10018; other body errors: 10008.
  router.use((error: { type?: string; status?: number }, req: Request, res: Response, _next: NextFunction) => {
    if (error?.type === 'entity.too.large') return refuse(req, res, { code: 10018, error: 'Request body length over limit!' })
    return refuse(req, res, { code: 10008, error: 'param error, see doc for more info.' })
  })
  return router
}
