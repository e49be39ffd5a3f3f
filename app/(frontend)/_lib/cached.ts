import { unstable_cache } from 'next/cache'

/**
 * Every read of the public site goes through `unstable_cache` with the tags of publishers/website/cache/tags.ts.
 * Next adds the tags of the reads a page makes to the page's own cache entry, so revalidating a tag (on
 * publish, 撤稿, edit) expires exactly the pages and feeds that read that data. The hour is only a backstop
 * for what has no tag (a credited user's name, a replaced image).
 */
export const BACKSTOP_SECONDS = 3600

export function cachedRead<Args extends unknown[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
  tags: (...args: Args) => string[],
): (...args: Args) => Promise<Result> {
  return (...args: Args) => unstable_cache(read, ['site', name], { tags: tags(...args), revalidate: BACKSTOP_SECONDS })(...args)
}
