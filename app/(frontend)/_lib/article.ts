import { cache } from 'react'

import { renderArticlePage } from '../../../publishers/website/render'
import { approvalNames, parseId, site, userNames } from './site'

/**
 * A published article or video by id, read as an anonymous visitor; null for unknown, unpublished or malformed
 * ids (the page answers 404). Cached per request so generateMetadata and the page share one query.
 */
export const publishedItem = cache(async (collection: 'articles' | 'videos', rawId: string) => {
  const id = parseId(rawId)
  if (id == null) return null
  const payload = await site()
  const { docs } = await payload.find({
    collection,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    depth: 2,
    limit: 1,
    overrideAccess: false,
  })
  return docs[0] ?? null
})

/** The page data of a published article or video, with credited users' names. */
export const itemPage = cache(async (collection: 'articles' | 'videos', rawId: string) => {
  const doc = await publishedItem(collection, rawId)
  if (!doc) return null
  const names = await userNames((doc.credits ?? []).map((credit) => credit.user).filter((user) => typeof user !== 'object'))
  const review = { approvals: await approvalNames(collection, doc.id) }
  return { doc, page: renderArticlePage({ ...doc, review } as never, { userName: (id) => names.get(String(id)) ?? null }) }
})
