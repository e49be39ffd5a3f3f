import type { MetadataRoute } from 'next'

import { siteUrl } from './_lib/site'

export const dynamic = 'force-dynamic'

/** The public site is indexable; the admin and the API are not. */
export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/'] }], sitemap: `${siteUrl()}/sitemap.xml` }
}
