import { timingSafeEqual } from 'node:crypto'

import { APIError, type Endpoint } from 'payload'

import { REVALIDATE_HEADER, REVALIDATE_PATH, revalidateInNext, revalidateKey } from './revalidateClient'
import { isSiteTag } from './tags'

const MAX_TAGS = 500

const sameKey = (given: string, expected: string) => {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * `POST /api/site-cache/revalidate` `{ tags: string[] }`: how a process outside the web server (the worker)
 * expires the site's cached pages. Only callers holding the key derived from PAYLOAD_SECRET, and only the
 * site's own tags (`site:…`); anyone else gets 401/400 and nothing is touched.
 */
export const revalidateEndpoint: Endpoint = {
  path: REVALIDATE_PATH.replace(/^\/api/, ''),
  method: 'post',
  handler: async (req) => {
    const given = req.headers.get(REVALIDATE_HEADER) ?? ''
    if (!sameKey(given, revalidateKey(req.payload))) throw new APIError('缓存刷新密钥无效', 401, null, true)
    const body = (await req.json?.().catch(() => null)) as {
      tags?: unknown
    } | null
    const tags = Array.isArray(body?.tags) ? body.tags : null
    if (!tags || !tags.length || tags.length > MAX_TAGS || !tags.every(isSiteTag)) {
      throw new APIError(`tags：须为 1–${MAX_TAGS} 个以 site: 开头的缓存标签`, 400, [{ path: 'tags', message: '缓存标签无效' }], true)
    }
    if (!revalidateInNext(tags)) throw new APIError('当前进程不是网站服务器，无法刷新缓存', 500, null, true)
    return Response.json({ revalidated: tags.length })
  },
}
