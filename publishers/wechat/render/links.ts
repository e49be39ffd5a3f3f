import { sanitizeUrl } from '../../website/render/sanitizeUrl'

/** Links WeChat keeps in an article body for every account: articles already published on mp.weixin.qq.com. */
const WECHAT_ARTICLE = /^https:\/\/mp\.weixin\.qq\.com\//i

export type LinkPolicy = {
  /** Absolute website URL (no trailing slash) that site-relative links and 阅读原文 are resolved against. */
  siteUrl: string
  /** The account may link anywhere (WeChat Pay capability, government/media accounts): keep external <a>. */
  allowExternalLinks: boolean
}

export type LinkTarget =
  /** Kept as <a href> in the body. */
  | { kind: 'anchor'; href: string }
  /** Shown as text with a [n] marker and listed under 参考链接. */
  | { kind: 'footnote'; url: string }
  /** Text only (fragments, relative links without a site URL, unsafe schemes). */
  | { kind: 'text' }

/**
 * Where a link in the body goes on WeChat. External <a> links are removed by WeChat (or rejected: in-page
 * anchors give 45166), so they become footnotes unless the account may link out.
 */
export function linkTarget(raw: unknown, policy: LinkPolicy): LinkTarget {
  const safe = sanitizeUrl(raw)
  if (safe === '#' || safe.startsWith('#')) return { kind: 'text' }
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(safe) ? safe : absoluteOnSite(safe, policy.siteUrl)
  if (!absolute) return { kind: 'text' }
  if (/^https?:/i.test(absolute)) {
    if (WECHAT_ARTICLE.test(absolute.replace(/^http:/i, 'https:')) || policy.allowExternalLinks) return { kind: 'anchor', href: absolute }
  }
  return { kind: 'footnote', url: absolute.replace(/^(mailto|tel):/i, '') }
}

/** A site-relative path as an absolute URL; null without a site URL (the reader could not follow it). */
export function absoluteOnSite(path: string, siteUrl: string): string | null {
  if (!siteUrl || !path.startsWith('/') || path.startsWith('//')) return null
  return `${siteUrl.replace(/\/+$/, '')}${path}`
}
