import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

const idOf = (ref: unknown) => (ref && typeof ref === 'object' ? (ref as { id: unknown }).id : ref)

/** Records who created, changed or deleted a content item, in the same transaction as the change. */
export const auditChange: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  await req.payload.create({
    collection: 'audit-log',
    data: {
      action: operation === 'create' ? 'create' : 'update',
      actor: (req.user?.id as number | undefined) ?? null,
      collectionSlug: collection.slug,
      docId: String(doc.id),
      unit: (idOf(doc.unit) as number | undefined) ?? null,
      fromState: operation === 'update' ? (previousDoc?.workflowState ?? null) : null,
      toState: doc.workflowState ?? null,
    },
    overrideAccess: true,
    req,
  })
  return doc
}

export const auditDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await req.payload.create({
    collection: 'audit-log',
    data: {
      action: 'delete',
      actor: (req.user?.id as number | undefined) ?? null,
      collectionSlug: collection.slug,
      docId: String(doc.id),
      unit: (idOf(doc.unit) as number | undefined) ?? null,
      fromState: doc.workflowState ?? null,
    },
    overrideAccess: true,
    req,
  })
  return doc
}
