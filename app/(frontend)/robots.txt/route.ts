import { siteUrl } from '../_lib/site'

export const dynamic = 'force-dynamic'

/**
 * robots.txt as a route handler: Next's robots.ts metadata route is only picked up at the app root, and the
 * public site lives in the (frontend) route group. The site is indexable; the admin and the API are not.
 */
export const GET = () =>
  new Response(`User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /api/\n\nSitemap: ${siteUrl()}/sitemap.xml\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' },
  })
