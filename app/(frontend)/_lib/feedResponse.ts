import { buildFeed, lexicalToHtml } from '../../../publishers/website/render'
import { columnBySlug, SITE_DESCRIPTION, SITE_NAME, site, siteUrl } from './site'

export type FeedFormat = 'rss' | 'atom' | 'json'

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

/** The site's feed, or a column's (by slug), in one format: the 30 newest published articles with full bodies. */
export async function feedResponse(format: FeedFormat, columnSlug?: string): Promise<Response> {
  const column = columnSlug ? await columnBySlug(columnSlug) : null
  if (columnSlug && !column) return new Response('栏目不存在', { status: 404 })
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
  const body = format === 'rss' ? feed.rss2() : format === 'atom' ? feed.atom1() : feed.json1()
  return new Response(body, { headers: { 'content-type': CONTENT_TYPES[format], 'cache-control': 'public, max-age=60' } })
}
