/**
 * The public website that 阅读原文 and links to our own pages point at, when the account does not set its own
 * `siteUrl`: SITE_URL, else SERVER_URL (every published item lives on the site). Read by the registration and
 * the preview, never by the pure renderer.
 */
export const defaultSiteUrl = () => (process.env.SITE_URL || process.env.SERVER_URL || process.env.NEXT_PUBLIC_SERVER_URL || '').replace(/\/+$/, '')
