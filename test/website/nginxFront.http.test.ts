import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { startNginxFront, type NginxFront } from '../../scripts/lib/nginxFront'
import { httpClients } from '../security/httpClients'
import { approvedArticleOverRest, runWorkerOnce, websiteAccountOverRest } from '../setup/httpPublishing'

/**
 * deploy/nginx in front of the harness's real server, as production runs it: public pages micro-cached for 1 s,
 * admin, API and signed-in requests never cached, and 撤稿 gone from the public site within about a second. nginx
 * must be installed (.ci/run installs it): without it these tests fail, they are not skipped.
 */
const direct = inject('serverUrl')
const { rest, fixtures } = httpClients()
/**
 * How long a withdrawn page may still be answered through nginx: the 1-s micro-cache and one render of the 404
 * (measured 0.4–0.7 s). The bound is loose on purpose — CI machines are shared and loaded — and still tells a 1-s
 * micro-cache from one that kept Next's hour-long s-maxage.
 */
const TAKEDOWN_BOUND_MS = 10_000

let front: NginxFront
let emptyPublic: string
let articlePath: string
let articleTitle: string

const get = async (base: string, path: string, headers: Record<string, string> = {}, method = 'GET') => {
  const res = await fetch(`${base}${path}`, { method, headers, redirect: 'manual' })
  return { status: res.status, cache: res.headers.get('x-cache-status'), text: await res.text() }
}

beforeAll(async () => {
  // An empty public/ of its own: what nginx answers from disk is the bench's business, not this test's.
  emptyPublic = await mkdtemp(path.join(os.tmpdir(), 'rongmei-nginx-public-'))
  front = await startNginxFront({ upstream: Number(new URL(direct).port), publicDir: emptyPublic })
  const site = await websiteAccountOverRest(rest, fixtures, `nginx 测试网站 ${Date.now().toString(36)}`)
  const article = await approvedArticleOverRest(rest, fixtures, 'nginx 微缓存', [site])
  expect(await runWorkerOnce(article.publications.filter((p) => p.channel === 'website').map((p) => p.id))).toBeGreaterThan(0)
  articlePath = `/articles/${article.id}`
  articleTitle = article.title
})

afterAll(async () => {
  await front?.stop()
  if (emptyPublic) await rm(emptyPublic, { recursive: true, force: true })
})

describe('nginx in front of next start (deploy/nginx)', () => {
  it('serves the article page with the same body as next start, and a repeat within the second from its cache', async () => {
    const before = await get(direct, articlePath)
    const through = await get(front.url, articlePath)
    const after = await get(direct, articlePath)
    expect(through.status).toBe(200)
    expect(through.text).toContain(articleTitle)
    // Other files publish on the same server meanwhile: the page may have been re-rendered between two reads.
    expect([before.text, after.text]).toContain(through.text)

    // A pair of requests is a miss and then a hit, unless the machine took over a second between them (EXPIRED).
    let second = ''
    for (let attempt = 0; attempt < 5 && second !== 'HIT'; attempt++) {
      await get(front.url, articlePath)
      second = (await get(front.url, articlePath)).cache ?? 'none'
      expect(['HIT', 'EXPIRED'], `second request within the second: ${second}`).toContain(second)
    }
    expect(second).toBe('HIT')
    // HEAD is answered from the same entry.
    expect((await get(front.url, articlePath, {}, 'HEAD')).cache).toBe('HIT')
  })

  it('never caches the admin, the API, signed-in requests or other methods than GET/HEAD', async () => {
    for (const route of ['/api/articles?limit=1', '/api/users/me', '/admin', '/admin/login']) {
      for (let i = 0; i < 2; i++) {
        const res = await get(front.url, route)
        expect(res.status, route).toBeLessThan(500)
        expect(res.cache ?? 'none', route).toBe('none')
      }
    }
    const token = rest.tokens.get('admin')!
    // Warm the public entry, then ask signed in: answered by Next, not from (nor into) the cache.
    await get(front.url, articlePath)
    const signedIn: Record<string, string>[] = [{ cookie: `theme=dark; payload-token=${token}` }, { cookie: `payload-token=${token}` }, { authorization: `JWT ${token}` }]
    for (const headers of signedIn) {
      for (let i = 0; i < 2; i++) {
        const res = await get(front.url, articlePath, headers)
        expect(res.status).toBe(200)
        expect(res.cache, JSON.stringify(Object.keys(headers))).toBe('BYPASS')
      }
    }
    // A cookie merely named like it is not a session.
    const lookalike = await get(front.url, articlePath, { cookie: 'not-payload-token=1' })
    expect(lookalike.cache).not.toBe('BYPASS')
    for (let i = 0; i < 2; i++) expect((await get(front.url, articlePath, {}, 'POST')).cache).not.toBe('HIT')
  })

  it('after 撤稿 the page through nginx is 404 within seconds (the 1-s micro-cache, not Next’s hour)', async () => {
    const cached = await get(front.url, articlePath)
    expect(cached.status).toBe(200)
    const withdrawn = await rest.request('reviewer3', 'POST', `${articlePath.replace('/articles/', '/api/articles/')}/workflow`, { action: 'withdraw', opinion: '信息有误，撤稿。' })
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
    const since = Date.now()
    const seen: string[] = []
    let status = 0
    while (Date.now() - since < TAKEDOWN_BOUND_MS) {
      const res = await get(front.url, articlePath)
      status = res.status
      seen.push(`${res.status} ${res.cache}`)
      if (status === 404) break
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(status, `answers through nginx after 撤稿: ${[...new Set(seen)].join(', ')}`).toBe(404)
    // And it stays gone; Next's own cache was revalidated by tag at once.
    expect((await get(front.url, articlePath)).status).toBe(404)
    expect((await get(direct, articlePath)).status).toBe(404)
  })
})
