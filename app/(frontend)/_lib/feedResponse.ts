import { siteTags } from '../../../publishers/website/cache/tags'
import { buildFeed, lexicalToHtml } from '../../../publishers/website/render'
import type { Column } from '../../../payload-types'
import { cachedRead } from './cached'
import { columnBySlug, SITE_DESCRIPTION, SITE_NAME, site, siteUrl } from './site'

export type FeedFormat = 'rss' | 'atom' | 'json'

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

type FeedColumn = Pick<Column, 'id' | 'slug' | 'name'> & { description: string | null }

/**
 * The body of the site's feed, or a column's: the 30 newest published articles with full bodies. Cached as
 * text under the site's or the column's tag, so every request after the first is a cache read.
 */
const feedBody = cachedRead(
  'feed',
  async (format: FeedFormat, column: FeedColumn | null) => {
    const payload = await site()
    const { docs } = await payload.find({
      collection: 'articles',
      where: { and: [{ _status: { equals: 'published' } }, ...(column ? [{ column: { equals: column.id } }] : [])] },
      depth: 1,
      limit: 30,
      sort: '-createdAt',
      overrideAccess: false,
    })
    const base = siteUrl()
    const path = column ? `/columns/${column.slug}` : ''
    const feed = buildFeed({
      title: column ? `${column.name} · ${SITE_NAME}` : SITE_NAME,
      description: column?.description ?? SITE_DESCRIPTION,
      siteUrl: base,
      pagePath: path || '/',
      feedPath: path,
      items: docs.map((doc) => ({
        id: String(doc.id),
        title: doc.title,
        link: `${base}/articles/${doc.id}`,
        summary: doc.summary ?? undefined,
        contentHtml: lexicalToHtml(doc.body),
        date: new Date(doc.createdAt),
        categories: [...(typeof doc.column === 'object' && doc.column ? [doc.column.name] : []), ...(doc.tags ?? [])],
      })),
    })
    return format === 'rss' ? feed.rss2() : format === 'atom' ? feed.atom1() : feed.json1()
  },
  (_format, column) => [column ? siteTags.column(column.id) : siteTags.articles],
)

/** The site's feed, or a column's (by slug), in one format. */
export async function feedResponse(format: FeedFormat, columnSlug?: string): Promise<Response> {
  const column = columnSlug ? await columnBySlug(columnSlug) : null
  if (columnSlug && !column) return new Response('栏目不存在', { status: 404 })
  const body = await feedBody(format, column && { id: column.id, slug: column.slug, name: column.name, description: column.description ?? null })
  // Readers and proxies ask again each time (cheap: the body is cached here), so a withdrawn item leaves at once.
  return new Response(body, { headers: { 'content-type': CONTENT_TYPES[format], 'cache-control': 'public, no-cache' } })
}
