import { createHmac } from 'node:crypto'

import { revalidateTag } from 'next/cache'
import type { Payload, PayloadRequest } from 'payload'

/**
 * Expiring the site's cached pages, from wherever the change happens:
 *
 * - In a live REST/GraphQL request to the web server: `revalidateTag` directly. Next queues the tags on the
 *   request and expires them once the route handler has returned, i.e. after Payload committed the change,
 *   so no reader can re-cache the old version in between.
 * - Anywhere else (the worker, scripts, `next dev` crons): the tags wait on `req.context` until the change's
 *   transaction is over, then are posted to the web server's internal endpoint
 *   (`POST /api/site-cache/revalidate`, authenticated with a key derived from PAYLOAD_SECRET). The web
 *   server's URL(s) come from SITE_REVALIDATE_URL (comma-separated, one per web instance) or SERVER_URL;
 *   without either (unit tests, benchmarks) there is no web server whose cache could be stale.
 *
 * Local API calls inside the web server are not "in a request" for this purpose: a cron or a timer started
 * during a request inherits that request's context, and tags queued there would never be executed.
 */
const PENDING = 'rongmeiSiteTags'
const TIMEOUT_MS = 5_000

export const REVALIDATE_PATH = '/api/site-cache/revalidate'
export const REVALIDATE_HEADER = 'x-rongmei-revalidate'

/** The shared key: an HMAC of a fixed label under Payload's secret (itself derived from PAYLOAD_SECRET). */
export const revalidateKey = (payload: Payload) => createHmac('sha256', payload.secret).update('rongmei:site-revalidate:v1').digest('hex')

export const revalidateUrls = (env: NodeJS.ProcessEnv = process.env): string[] =>
  (env.SITE_REVALIDATE_URL || env.SERVER_URL || '')
    .split(',')
    .map((url) => url.trim().replace(/\/+$/, ''))
    .filter(Boolean)

/** Whether this change comes from a live HTTP request to the web server (REST, GraphQL, custom endpoints). */
const inLiveRequest = (req: PayloadRequest) => req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL'

/** Expires the tags in this process's Next cache; false when not running inside a Next request. */
export function revalidateInNext(tags: string[]): boolean {
  try {
    // `{ expire: 0 }`: expired at once, so the next reader waits for a fresh render instead of getting the old page.
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
    return true
  } catch {
    // "static generation store missing": not inside a Next request (the worker, a script, a cron).
    return false
  }
}

/**
 * Revalidates now inside Next. Elsewhere the tags wait until the transaction of the change that caused them
 * is over (Payload removes `req.transactionID` when it commits or rolls back), then go to the web server:
 * sent earlier, a reader could re-cache the old version before the commit.
 */
export function queueSiteRevalidation(req: PayloadRequest, tags: string[]) {
  if (!tags.length || (inLiveRequest(req) && revalidateInNext(tags))) return
  const pending = ((req.context[PENDING] as string[] | undefined) ??= [])
  const scheduled = pending.length > 0
  for (const tag of tags) if (!pending.includes(tag)) pending.push(tag)
  if (!scheduled) whenTransactionEnds(req, () => void flushQueued(req))
}

function whenTransactionEnds(req: PayloadRequest, then: () => void) {
  const transaction = req.transactionID
  if (!transaction) return void setTimeout(then, 0)
  const started = Date.now()
  const check = () => (req.transactionID !== transaction || Date.now() - started > 60_000 ? then() : setTimeout(check, 5))
  setTimeout(check, 0)
}

async function flushQueued(req: PayloadRequest) {
  const tags = (req.context[PENDING] as string[] | undefined) ?? []
  delete req.context[PENDING]
  try {
    await postRevalidation(req.payload, tags)
  } catch (error) {
    req.payload.logger.error({
      msg: `网站缓存刷新失败（${tags.length} 个标签），页面将在一小时内自动更新`,
      err: error,
    })
  }
}

/** Posts tags to every web instance; throws when one of them did not confirm (the caller retries). */
export async function postRevalidation(payload: Payload, tags: string[]): Promise<{ sent: number }> {
  const urls = revalidateUrls()
  if (!tags.length || !urls.length) return { sent: 0 }
  await Promise.all(
    urls.map(async (url) => {
      const res = await fetch(`${url}${REVALIDATE_PATH}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [REVALIDATE_HEADER]: revalidateKey(payload),
        },
        body: JSON.stringify({ tags }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      })
      if (!res.ok) throw new Error(`网站缓存刷新失败：${url} 返回 HTTP ${res.status}`)
    }),
  )
  return { sent: urls.length }
}

/** Expires the tags at once: in-process in a live request, otherwise on every web instance. Throws on failure. */
export async function revalidateSiteNow(req: PayloadRequest, tags: string[]) {
  if (!tags.length || (inLiveRequest(req) && revalidateInNext(tags))) return
  await postRevalidation(req.payload, tags)
}
