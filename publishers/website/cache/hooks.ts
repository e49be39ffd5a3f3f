import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { queueSiteRevalidation } from './revalidateClient'
import { affectedTags, type SiteDoc } from './tags'

/**
 * Any change that readers could see — publishing, 撤稿, editing a live item, a column renamed, a deletion —
 * expires the pages and feeds that show it, whoever made it (the workflow, an administrator's direct save,
 * the worker's delivery). Draft saves of unpublished items touch nothing.
 */
export const revalidateAfterChange: CollectionAfterChangeHook = ({ collection, doc, previousDoc, req }) => {
  queueSiteRevalidation(req, affectedTags(collection.slug, doc as SiteDoc, previousDoc as SiteDoc | null))
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  queueSiteRevalidation(req, affectedTags(collection.slug, doc as SiteDoc))
  return doc
}
