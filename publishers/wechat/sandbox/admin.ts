import express, { type Request, type Response, type Router } from 'express'

import type { Faults, ScriptedFault } from './faults'
import type { FaultKind } from './options'
import { finishJob } from './publishing'
import type { SandboxState } from './state'

/**
 * The sandbox's own controls, outside /cgi-bin (nothing like it exists at WeChat): inject faults, script
 * publish outcomes, invalidate or expire tokens, move the clock, change an app's settings, read or reset the
 * state. Tests drive it over HTTP; the same operations are methods of the sandbox object.
 */
export function adminRouter(state: SandboxState, faults: Faults): Router {
  const router = express.Router()
  router.use(express.json({ limit: '1mb' }))
  const ok = (res: Response, extra: Record<string, unknown> = {}) => res.json({ ok: true, ...extra })

  router.get('/state', (_req, res) => res.json(state.exportState()))
  router.post('/reset', (_req, res) => {
    state.reset()
    faults.scripted.length = 0
    ok(res)
  })
  /** {kind: '5xx'|'timeout'|'busy'|'drop-after'|'errcode', path?, errcode?, times?} */
  router.post('/faults', (req: Request, res: Response) => {
    const fault = req.body as ScriptedFault
    faults.scripted.push({ ...fault, times: Number(fault.times ?? 1) })
    ok(res, { scripted: faults.scripted.length })
  })
  /** {rate, seed?, kinds?}: the random transient-fault rate. */
  router.post('/fault-rate', (req, res) => {
    const { rate, seed, kinds } = req.body as { rate: number; seed?: number; kinds?: FaultKind[] }
    faults.rate = Number(rate)
    if (seed !== undefined) faults.reseed(Number(seed))
    if (kinds) faults.kinds = kinds
    ok(res)
  })
  router.post('/tokens/:appId/invalidate', (req, res) => {
    state.invalidateToken(String(req.params.appId))
    ok(res)
  })
  router.post('/tokens/:appId/expire', (req, res) => {
    state.expireToken(String(req.params.appId))
    ok(res)
  })
  /** {status: 0..4, failIdx?}: the outcome of the next publish job (2/4 with fail_idx, 1-based). */
  router.post('/next-publish', (req, res) => {
    const { status, failIdx } = req.body as { status: number; failIdx?: number[] }
    state.nextPublishOutcomes.push({ status: Number(status), failIdx })
    ok(res)
  })
  /** Ends a publishing job now instead of after the delay. */
  router.post('/jobs/:publishId/finish', (req, res) => {
    const job = state.jobs.get(String(req.params.publishId))
    if (!job) return void res.status(404).json({ ok: false })
    finishJob(state, job)
    ok(res, { publish_status: job.status })
  })
  /** The platform bans a post afterwards (publish_status 6). */
  router.post('/published/:articleId/ban', (req, res) => {
    const post = state.published.get(String(req.params.articleId))
    const job = post && state.jobs.get(post.publishId)
    if (!post || !job) return void res.status(404).json({ ok: false })
    job.status = 6
    for (const article of post.articles) article.is_deleted = true
    ok(res)
  })
  router.post('/clock', (req, res) => {
    state.clockOffsetMs = Number((req.body as { offsetMs: number }).offsetMs ?? 0)
    ok(res, { now: state.now() })
  })
  /** {certified?, callbackUrl?, callbackMode?, commentsAllowed?} of an app, like the MP console's settings. */
  router.post('/apps/:appId', (req, res) => {
    const app = state.apps.get(String(req.params.appId))
    if (!app) return void res.status(404).json({ ok: false })
    const allowed = ['certified', 'callbackUrl', 'callbackMode', 'commentsAllowed'] as const
    for (const key of allowed) if (key in req.body) (app as Record<string, unknown>)[key] = req.body[key]
    ok(res)
  })
  /** {quotas?: {path: n}, publishDelayMs?, limits?} */
  router.post('/config', (req, res) => {
    const { quotas, publishDelayMs, limits } = req.body as { quotas?: Record<string, number>; publishDelayMs?: number; limits?: 'official' | 'observed-strict' }
    if (quotas) Object.assign(state.options.quotas, quotas)
    if (publishDelayMs !== undefined) state.options.publishDelayMs = Number(publishDelayMs)
    if (limits) state.options.limits = limits
    ok(res)
  })
  return router
}
