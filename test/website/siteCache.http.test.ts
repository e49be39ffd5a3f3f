import Parser from 'rss-parser'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { httpClients } from '../security/httpClients'
import { DRAFT_MARK } from '../setup/fixtures'
import { approvedArticleOverRest, publicationsOf, runWorkerOnce, websiteAccountOverRest } from '../setup/httpPublishing'

/**
 * The cached public site on the real production server, with deliveries run by a worker process of their own:
 * pages and feeds are served from Next's cache, and only revalidation — from the worker over the internal
 * endpoint, or in the web server on 撤稿 — changes them.
 */
const base = inject('serverUrl')
const { rest, fixtures } = httpClients()

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${base}${path}`, { headers })
  return { status: res.status, cache: res.headers.get('x-nextjs-cache'), text: await res.text() }
}
const feedLinks = async (path: string) => (await new Parser().parseString((await get(path)).text)).items.map((item) => item.link ?? '')

let site: number | string
beforeAll(async () => {
  site = await websiteAccountOverRest(rest, fixtures, `缓存测试网站 ${Date.now().toString(36)}`)
})

describe('cached site pages and feeds', () => {
  it('an article page is cached; delivery by the worker makes it appear everywhere, 撤稿 makes it disappear at once', async () => {
    const tag = `缓存标签${Date.now().toString(36)}`
    const article = await approvedArticleOverRest(rest, fixtures, '缓存与刷新', [site], [tag])
    const path = `/articles/${article.id}`
    const websitePublications = article.publications.filter((p) => p.channel === 'website')
    expect(websitePublications.map((p) => p.state)).toEqual(['queued'])

    // Approved but not delivered: not on the site. These answers are now cached (the 404 too).
    expect((await get(path)).status).toBe(404)
    expect((await get(path)).status).toBe(404)
    expect(await feedLinks('/feed.xml')).not.toContain(`${siteUrlOf(path)}`)
    expect((await get(`/tags/${encodeURIComponent(tag)}`)).text).not.toContain(path)

    // The worker, a separate process, publishes and delivers; its revalidation reaches the web server.
    expect(await runWorkerOnce(websitePublications.map((p) => p.id))).toBeGreaterThan(0)
    expect((await publicationsOf(rest, article.id)).find((p) => p.channel === 'website')?.state).toBe('delivered')
    const live = await get(path)
    expect(live.status).toBe(200)
    expect(live.text).toContain(article.title)
    // Served from the cache from now on.
    const again = await get(path)
    expect([again.status, again.cache]).toEqual([200, 'HIT'])
    expect(await feedLinks('/feed.xml')).toContain(siteUrlOf(path))
    expect(await feedLinks('/columns/zaoniao/feed.xml')).toContain(siteUrlOf(path))
    expect((JSON.parse((await get('/feed.json')).text) as { items: { url?: string }[] }).items.map((i) => i.url)).toContain(siteUrlOf(path))
    expect((await get('/')).text).toContain(path)
    expect((await get('/columns/zaoniao')).text).toContain(path)
    expect((await get(`/tags/${encodeURIComponent(tag)}`)).text).toContain(path)
    expect((await get('/sitemap.xml')).text).toContain(`${path}</loc>`)

    // 撤稿 in the web server: gone from the page, the lists and every feed on the very next request.
    const withdrawn = await rest.request('reviewer3', 'POST', `/api/articles/${article.id}/workflow`, { action: 'withdraw', opinion: '信息有误，撤稿。' })
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
    expect((await get(path)).status).toBe(404)
    expect(await feedLinks('/feed.xml')).not.toContain(siteUrlOf(path))
    expect(await feedLinks('/atom.xml')).not.toContain(siteUrlOf(path))
    expect(await feedLinks('/columns/zaoniao/feed.xml')).not.toContain(siteUrlOf(path))
    expect((await get('/feed.json')).text).not.toContain(siteUrlOf(path))
    expect((await get('/')).text).not.toContain(`href="${path}"`)
    expect((await get('/columns/zaoniao')).text).not.toContain(`href="${path}"`)
    expect((await get(`/tags/${encodeURIComponent(tag)}`)).text).not.toContain(`href="${path}"`)
    expect((await get('/sitemap.xml')).text).not.toContain(`${path}</loc>`)

    // The worker withdraws the website publication (and expires the same pages again): still gone.
    await runWorkerOnce(websitePublications.map((p) => p.id))
    expect((await publicationsOf(rest, article.id)).find((p) => p.channel === 'website')?.state).toBe('withdrawn')
    expect((await get(path)).status).toBe(404)
  })

  it('a signed-in reader gets the same public page: no draft, no preview in the cache', async () => {
    const path = `/articles/${fixtures.content.articles.pubDraftA}`
    const asAdmin = await get(path, { Authorization: `JWT ${rest.tokens.get('admin')}` })
    expect(asAdmin.status).toBe(200)
    expect(asAdmin.text).not.toContain(DRAFT_MARK)
    expect((await get(path)).text).not.toContain(DRAFT_MARK)
  })

  it('the internal revalidation endpoint needs the key derived from PAYLOAD_SECRET and takes only site tags', async () => {
    const post = (headers: Record<string, string>, body: unknown) =>
      fetch(`${base}/api/site-cache/revalidate`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
    expect((await post({}, { tags: ['site:articles'] })).status).toBe(401)
    expect((await post({ 'x-rongmei-revalidate': 'f'.repeat(64) }, { tags: ['site:articles'] })).status).toBe(401)
    // The admin's session is not the key either.
    expect((await post({ Authorization: `JWT ${rest.tokens.get('admin')}` }, { tags: ['site:articles'] })).status).toBe(401)
  })
})

/** Feeds carry absolute links on the configured site URL; compare on the path. */
function siteUrlOf(path: string) {
  return `${(process.env.SITE_URL || process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000').replace(/\/+$/, '')}${path}`
}
