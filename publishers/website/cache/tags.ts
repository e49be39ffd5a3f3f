/**
 * The public site's cache tags and which of them a change touches. Pure: no Next, no Payload.
 *
 * Every cached page and feed carries the tags of the data it read (Next collects the tags of `unstable_cache`
 * calls made while rendering into the page's own cache entry), so revalidating a tag expires exactly the
 * pages and feeds that show that data. Tags are ASCII (tag names are URI-encoded) because Next sends them in
 * a header.
 */
export type SiteCollection = 'articles' | 'videos' | 'cultural-projects' | 'columns'

export const SITE_TAG_PREFIX = 'site:'

export const siteTags = {
  /** One article, video or project page. */
  item: (collection: string, id: number | string) => `site:${collection}:${id}`,
  /** Lists of all published articles: home's latest, the site feeds. */
  articles: 'site:articles',
  /** One column: its page, its feeds, its group on home, the related lists of its articles. */
  column: (id: number | string) => `site:column:${id}`,
  /** The list of columns (home's groups, the sitemap). */
  columns: 'site:columns',
  /** One tag page. */
  tag: (tag: string) => `site:tag:${encodeURIComponent(tag)}`,
  sitemap: 'site:sitemap',
  /** Project showcases that list this article or video among their works. */
  work: (collection: string, id: number | string) => `site:work:${collection}:${id}`,
}

type Ref = number | string | { id?: number | string | null } | null | undefined
export type SiteDoc = {
  id: number | string
  _status?: string | null
  column?: Ref
  tags?: (string | null)[] | null
  slug?: string | null
}

const idOf = (ref: Ref) => (ref && typeof ref === 'object' ? ref.id : ref)

/** Whether readers could see this version of the document (columns have no drafts: always). */
export const isPublic = (collection: string, doc: SiteDoc | null | undefined) => Boolean(doc) && (collection === 'columns' || doc!._status === 'published')

/**
 * The tags to revalidate when a document changes from `previous` to `doc` (either may be missing: created,
 * deleted). Nothing when neither version was public: a draft save never touches the site. Both versions
 * count, so moving an article to another column or changing its tags refreshes the old pages and the new.
 */
export function affectedTags(collection: string, doc: SiteDoc | null | undefined, previous?: SiteDoc | null): string[] {
  const versions = [doc, previous].filter((version): version is SiteDoc => isPublic(collection, version))
  if (!versions.length) return []
  const id = (doc ?? previous)!.id
  const tags = new Set<string>()
  switch (collection) {
    case 'articles':
      tags.add(siteTags.item(collection, id)).add(siteTags.articles).add(siteTags.sitemap).add(siteTags.work(collection, id))
      for (const version of versions) {
        const column = idOf(version.column)
        if (column != null) tags.add(siteTags.column(column))
        for (const tag of version.tags ?? []) if (tag) tags.add(siteTags.tag(tag))
      }
      break
    case 'videos':
      tags.add(siteTags.item(collection, id)).add(siteTags.sitemap).add(siteTags.work(collection, id))
      break
    case 'cultural-projects':
      tags.add(siteTags.item(collection, id)).add(siteTags.sitemap)
      break
    case 'columns':
      // A column's name shows on its articles' cards and feeds: every article list.
      tags.add(siteTags.column(id)).add(siteTags.columns).add(siteTags.articles).add(siteTags.sitemap)
      break
  }
  return [...tags]
}

/** Only our own tags may be revalidated from outside (not Next's path tags, not arbitrary strings). */
export const isSiteTag = (tag: unknown): tag is string => typeof tag === 'string' && tag.startsWith(SITE_TAG_PREFIX) && tag.length <= 256 && /^[\x21-\x7e]+$/.test(tag)
