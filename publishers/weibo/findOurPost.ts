import { parseWeiboDate, type WeiboClient, type WeiboStatus } from './client'

/**
 * Finding a post we may already have made (after a lost answer, a timeout, a crash, or Weibo's 20019), on the
 * account's own timeline. Weibo rewrites links to t.cn in the text it returns, so texts are compared with every
 * link replaced by a marker; an exact match is preferred. `since` bounds the search to posts made after our
 * first attempt (minus clock skew), so an older post of the same words — an earlier version, say — is never
 * taken for this one.
 */
const URLS = /https?:\/\/[!-~]+/g
export const comparable = (text: string) => text.replace(URLS, '⟨链接⟩').replace(/\s+/g, ' ').trim()

/** How far back and how deep to look. Weibo's page size is at most 100. */
export const LOOKUP = { pageSize: 100, maxPages: Number(process.env.WEIBO_LOOKUP_PAGES ?? 10), skewMs: 5 * 60 * 1000 }

export async function findOurPost(client: WeiboClient, text: string, since: Date | null): Promise<WeiboStatus | null> {
  const wanted = comparable(text)
  const floor = since ? since.getTime() - LOOKUP.skewMs : -Infinity
  let similar: WeiboStatus | null = null
  for (let page = 1; page <= LOOKUP.maxPages; page++) {
    const { statuses } = await client.userTimeline({ count: LOOKUP.pageSize, page })
    for (const status of statuses) {
      if (parseWeiboDate(status.created_at).getTime() < floor) return similar
      if (status.text === text) return status
      if (!similar && comparable(status.text) === wanted) similar = status
    }
    if (statuses.length < LOOKUP.pageSize) break
  }
  return similar
}
