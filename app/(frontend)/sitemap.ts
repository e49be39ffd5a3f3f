import type { MetadataRoute } from 'next'

import { siteTags } from '../../publishers/website/cache/tags'
import { cachedRead } from './_lib/cached'
import { site, siteUrl } from './_lib/site'

// Not prerendered at build (there is no database there); the entries are a cached read under the sitemap's tag.
export const dynamic = 'force-dynamic'

const entries = cachedRead(
  'sitemap',
  async (): Promise<MetadataRoute.Sitemap> => {
    const base = siteUrl()
    const payload = await site()
    const published = { _status: { equals: 'published' } } as const
    const [columns, articles, videos, projects] = await Promise.all([
      payload.find({ collection: 'columns', depth: 0, limit: 500, overrideAccess: false, select: { slug: true, updatedAt: true } }),
      payload.find({ collection: 'articles', where: published, depth: 0, limit: 5000, overrideAccess: false, select: { updatedAt: true } }),
      payload.find({ collection: 'videos', where: published, depth: 0, limit: 5000, overrideAccess: false, select: { updatedAt: true } }),
      payload.find({ collection: 'cultural-projects', where: published, depth: 0, limit: 5000, overrideAccess: false, select: { updatedAt: true } }),
    ])
    return [
      { url: `${base}/`, changeFrequency: 'hourly', priority: 1 },
      ...columns.docs.map((c) => ({ url: `${base}/columns/${encodeURIComponent(c.slug)}`, lastModified: c.updatedAt, changeFrequency: 'daily' as const })),
      ...articles.docs.map((d) => ({ url: `${base}/articles/${d.id}`, lastModified: d.updatedAt })),
      ...videos.docs.map((d) => ({ url: `${base}/videos/${d.id}`, lastModified: d.updatedAt })),
      ...projects.docs.map((d) => ({ url: `${base}/projects/${d.id}`, lastModified: d.updatedAt })),
    ]
  },
  () => [siteTags.sitemap],
)

/** Home, columns and every published article, video and cultural project (up to 5,000 each). */
export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return entries()
}
