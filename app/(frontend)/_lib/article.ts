import { cache } from 'react'

import { siteTags } from '../../../publishers/website/cache/tags'
import { renderArticlePage } from '../../../publishers/website/render'
import { cachedRead } from './cached'
import { approvalNames, parseId, site, userNames } from './site'

/**
 * A published article or video by id with its page data (credited users' names, the approvers' names),
 * read as an anonymous visitor; null for unknown, unpublished or malformed ids (the page answers 404).
 * Cached under the item's tag, so publishing or withdrawing it expires the page at once; React's cache()
 * lets generateMetadata and the page share one read per request.
 */
const readItemPage = cachedRead(
  'item-page',
  async (collection: 'articles' | 'videos', id: number) => {
    const payload = await site()
    const { docs } = await payload.find({
      collection,
      where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
      depth: 2,
      limit: 1,
      overrideAccess: false,
    })
    const doc = docs[0]
    if (!doc) return null
    const names = await userNames((doc.credits ?? []).map((credit) => credit.user).filter((user) => typeof user !== 'object'))
    const review = { approvals: await approvalNames(collection, doc.id) }
    return { doc, page: renderArticlePage({ ...doc, review } as never, { userName: (userId) => names.get(String(userId)) ?? null }) }
  },
  (collection, id) => [siteTags.item(collection, id)],
)

export const itemPage = cache(async (collection: 'articles' | 'videos', rawId: string) => {
  const id = parseId(rawId)
  return id == null ? null : readItemPage(collection, id)
})
