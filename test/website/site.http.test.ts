import Parser from 'rss-parser'
import { describe, expect, inject, it } from 'vitest'

import { httpClients } from '../security/httpClients'
import { DRAFT_MARK, richText } from '../setup/fixtures'

/** The public site on the real production server, with the harness's fixtures (published and draft items). */
const base = inject('serverUrl')
const { rest, fixtures } = httpClients()
const { content } = fixtures

const get = async (path: string) => {
  const res = await fetch(`${base}${path}`)
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() }
}

describe('public site over HTTP', () => {
  it('shows a published article with its metadata, and 404 for drafts, unknown and malformed ids', async () => {
    const page = await get(`/articles/${content.articles.pubA}`)
    expect(page.status).toBe(200)
    expect(page.text).toMatch(/<meta property="og:title" content="已发布文章/)
    expect(page.text).toContain('正文第一段。')
    for (const id of [content.articles.draftA, 999999, 'abc']) expect((await get(`/articles/${id}`)).status, String(id)).toBe(404)
    // The published article with a newer draft shows the published version only.
    expect((await get(`/articles/${content.articles.pubDraftA}`)).text).not.toContain(DRAFT_MARK)
  })

  it('home, search and the feeds list published items only; the feeds parse', async () => {
    // Other files publish on the same server: this test publishes its own, newest article to look for.
    const title = `网站检索专用稿件 ${Date.now().toString(36)}`
    const created = await rest.request('admin', 'POST', '/api/articles', { title, body: richText('正文第一段。'), unit: fixtures.units.A1, _status: 'published' })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const fresh = (created.body.doc as { id: number }).id
    const home = await get('/')
    expect(home.status).toBe(200)
    expect(home.text).not.toContain(DRAFT_MARK)
    expect((await get(`/search?q=${encodeURIComponent(title)}`)).text).toContain(`/articles/${fresh}`)
    const rss = await get('/feed.xml')
    expect(rss.type).toContain('application/rss+xml')
    const feed = await new Parser().parseString(rss.text)
    expect(feed.items.some((item) => item.link?.endsWith(`/articles/${fresh}`))).toBe(true)
    expect(feed.items.some((item) => item.title?.includes(DRAFT_MARK))).toBe(false)
    expect((await new Parser().parseString((await get('/atom.xml')).text)).items.length).toBe(feed.items.length)
    expect((JSON.parse((await get('/feed.json')).text) as { items: unknown[] }).items.length).toBe(feed.items.length)
  })

  it('serves sitemap.xml and robots.txt', async () => {
    const sitemap = await get('/sitemap.xml')
    expect(sitemap.status).toBe(200)
    expect(sitemap.text).toContain(`/articles/${content.articles.pubA}</loc>`)
    expect(sitemap.text).not.toContain(`/articles/${content.articles.draftA}</loc>`)
    const robots = await get('/robots.txt')
    expect(robots.text).toMatch(/Disallow: \/admin/)
  })
})
