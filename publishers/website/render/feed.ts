import { Feed } from 'feed'

import { escapeHtml } from './escape'

export type FeedItemInput = {
  id: string
  title: string
  /** Absolute URL of the item's page. */
  link: string
  summary?: string
  /** Sanitised body HTML (from lexicalToHtml). */
  contentHtml?: string
  date: Date
  image?: string
  authors?: string[]
  categories?: string[]
}

export type FeedInput = {
  title: string
  description?: string
  /** Absolute site URL, e.g. https://news.example.edu.cn */
  siteUrl: string
  /** Site-relative path of the HTML page this feed mirrors ('/' or '/columns/slug'). */
  pagePath?: string
  /** Site-relative path prefix of the feed files ('' for /feed.xml, '/columns/slug' for the column's). */
  feedPath?: string
  items: FeedItemInput[]
  updated?: Date
}

/** XML 1.0 forbids most control characters even as entities; a title containing one would break every reader. */
const xmlSafe = (value: string | undefined) =>
  value?.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')

export type BuiltFeed = { rss2: () => string; atom1: () => string; json1: () => string }

/**
 * The site's (or a column's) feed in the three formats. Pure: the routes gather the published items and pass
 * them in. The `feed` library marks Atom titles type="html", so the Atom build gets HTML-escaped titles while
 * RSS and JSON Feed carry them as the plain text those formats define.
 */
export function buildFeed(input: FeedInput): BuiltFeed {
  return {
    rss2: () => makeFeed(input, false).rss2(),
    atom1: () => makeFeed(input, true).atom1(),
    json1: () => makeFeed(input, false).json1(),
  }
}

function makeFeed(input: FeedInput, htmlTitles: boolean): Feed {
  const title = (value: string) => (htmlTitles ? escapeHtml(value) : value)
  const site = input.siteUrl.replace(/\/+$/, '')
  const page = `${site}${input.pagePath ?? '/'}`
  const prefix = `${site}${input.feedPath ?? ''}`
  const feed = new Feed({
    id: page,
    title: title(xmlSafe(input.title)!),
    description: xmlSafe(input.description),
    link: page,
    language: 'zh-CN',
    generator: false,
    updated: input.updated ?? input.items[0]?.date ?? new Date(0),
    feedLinks: { rss: `${prefix}/feed.xml`, atom: `${prefix}/atom.xml`, json: `${prefix}/feed.json` },
    copyright: xmlSafe(input.title)!,
  })
  for (const item of input.items) {
    feed.addItem({
      id: item.link,
      guid: item.link,
      title: title(xmlSafe(item.title) || '（无标题）'),
      link: item.link,
      date: item.date,
      published: item.date,
      // Readers treat an item's description as HTML; the summary is plain text, so it is escaped. Titles stay
      // plain text as the formats define them.
      description: item.summary ? escapeHtml(xmlSafe(item.summary)) : undefined,
      // The library splits a ']]>' inside its CDATA sections itself.
      content: xmlSafe(item.contentHtml),
      image: item.image,
      author: item.authors?.map((name) => ({ name: xmlSafe(name) })),
      category: item.categories?.map((name) => ({ name: xmlSafe(name) })),
    })
  }
  return feed
}
