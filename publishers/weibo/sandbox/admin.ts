import express from 'express'

import { sendJson } from './api'
import { FAULT_KINDS, type FaultKind, type Faults } from './faults'
import type { SandboxOptions } from './options'
import type { SandboxStore } from './store'

/**
 * The sandbox's own controls (not part of Weibo): tokens, clock, faults, seeded comments, what was posted.
 * Tests and the demo drive the sandbox through these; everything answers JSON.
 */
export function adminRouter(options: SandboxOptions, store: SandboxStore, faults: Faults) {
  const router = express.Router()
  router.use(express.json())

  router.get('/stats', (_req, res) => {
    const posted = store.statuses
    const texts = new Map<string, number>()
    for (const s of posted) texts.set(`${s.uid}\u0000${s.submitted}`, (texts.get(`${s.uid}\u0000${s.submitted}`) ?? 0) + 1)
    sendJson(res, 200, {
      posts: posted.length,
      live: posted.filter((s) => s.deletedAt == null).length,
      deleted: posted.filter((s) => s.deletedAt != null).length,
      // The same text posted twice by the same user: what an idempotent publisher must never cause.
      duplicates: [...texts.values()].filter((n) => n > 1).reduce((sum, n) => sum + n - 1, 0),
      requests: store.requests,
      faultsInjected: faults.injected,
      faultConfig: faults.config,
      clockOffsetMs: store.clockOffsetMs,
    })
  })

  router.get('/statuses', (_req, res) => {
    sendJson(res, 200, {
      statuses: store.statuses.map((s) => ({
        idstr: String(s.id),
        uid: s.uid,
        text: s.submitted,
        createdAt: new Date(s.createdAt).toISOString(),
        picture: s.picture ? { bytes: s.picture.data.byteLength, contentType: s.picture.contentType } : null,
        deleted: s.deletedAt != null,
      })),
    })
  })

  router.post('/tokens', (req, res) => {
    const { token, uid, screenName, expiresInSec } = req.body ?? {}
    if (typeof token !== 'string' || !/^\d+$/.test(String(uid))) return sendJson(res, 400, { error: 'token and numeric uid required' })
    const stored = store.addToken({ token, uid: String(uid), screenName: String(screenName ?? `用户${uid}`), expiresInSec: Number(expiresInSec ?? 86_400) })
    sendJson(res, 200, { token: stored.token, expiresAt: new Date(stored.expiresAt).toISOString() })
  })

  /** Expire (or revoke) a token now. */
  router.post('/tokens/:token/:action', (req, res) => {
    const token = store.tokens.get(req.params.token!)
    if (!token) return sendJson(res, 404, { error: 'unknown token' })
    if (req.params.action === 'expire') token.expiresAt = store.now()
    else if (req.params.action === 'revoke') token.revoked = true
    else return sendJson(res, 400, { error: 'action: expire | revoke' })
    sendJson(res, 200, { ok: true })
  })

  router.post('/clock', (req, res) => {
    store.clockOffsetMs += Number(req.body?.advanceMs ?? 0)
    sendJson(res, 200, { now: new Date(store.now()).toISOString(), offsetMs: store.clockOffsetMs })
  })

  /**
   * Faults: `{ next: ['timeout', …] }` queues one-shot faults; `{ rate, seed, kinds, paths, holdMs }` sets the
   * random rate; `{ clear: true }` stops them all.
   */
  router.post('/faults', (req, res) => {
    const body = req.body ?? {}
    if (body.clear) faults.clear()
    const kinds = Array.isArray(body.kinds) ? (body.kinds as string[]).filter((k): k is FaultKind => (FAULT_KINDS as readonly string[]).includes(k)) : undefined
    faults.configure({
      ...(body.rate !== undefined ? { rate: Number(body.rate) } : {}),
      ...(body.seed !== undefined ? { seed: Number(body.seed) } : {}),
      ...(kinds?.length ? { kinds } : {}),
      ...(body.paths !== undefined ? { paths: body.paths } : {}),
      ...(body.holdMs !== undefined ? { holdMs: Number(body.holdMs) } : {}),
      ...(Array.isArray(body.next) ? { next: body.next } : {}),
    })
    sendJson(res, 200, { config: faults.config })
  })

  /** Limits and rules, changed at run time: `{ limits: {…}, safeDomain, shortenLinks, invalidTokenCode }`. */
  router.post('/config', (req, res) => {
    const { limits, ...rest } = req.body ?? {}
    Object.assign(options.limits, limits ?? {})
    for (const key of ['safeDomain', 'shortenLinks', 'invalidTokenCode'] as const) if (key in rest) (options as Record<string, unknown>)[key] = rest[key]
    sendJson(res, 200, { limits: options.limits, safeDomain: options.safeDomain })
  })

  /** A reader's comment on a status: `{ id, text, screenName?, followed? }`. */
  router.post('/comments', (req, res) => {
    const status = store.findStatus(String(req.body?.id ?? ''))
    if (!status) return sendJson(res, 404, { error: 'unknown status' })
    const comment = {
      id: store.newId(),
      statusId: status.id,
      text: String(req.body.text ?? ''),
      screenName: String(req.body.screenName ?? '热心网友'),
      uid: '7399900000000001',
      followed: Boolean(req.body.followed),
      createdAt: store.now(),
    }
    store.comments.push(comment)
    sendJson(res, 200, { idstr: String(comment.id) })
  })

  router.post('/reset', (_req, res) => {
    store.statuses = []
    store.comments = []
    store.counters.clear()
    store.requests = {}
    faults.clear()
    sendJson(res, 200, { ok: true })
  })
  return router
}
