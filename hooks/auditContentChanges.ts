import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { OVERRIDE_CONTEXT } from './workflow/guardWorkflowFields'
import { RESET_CONTEXT } from './workflow/resetAfterEdit'

const idOf = (ref: unknown) => (ref && typeof ref === 'object' ? (ref as { id: unknown }).id : ref)

/**
 * Records who created, changed or deleted a content item, in the same transaction as the change.
 * Workflow transitions write their own, richer entry (hooks/workflow/transition), so they are skipped here.
 */
export const auditChange: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  if (req.context?.workflow) return doc
  const reset = req.context?.[RESET_CONTEXT] as { from: string } | undefined
  const override = Boolean(req.context?.[OVERRIDE_CONTEXT])
  await req.payload.create({
    collection: 'audit-log',
    data: {
      action: operation === 'create' ? 'create' : override ? 'publish-override' : reset ? 'reset-after-edit' : 'update',
      actor: (req.user?.id as number | undefined) ?? null,
      collectionSlug: collection.slug,
      docId: String(doc.id),
      unit: (idOf(doc.unit) as number | undefined) ?? null,
      fromState: operation === 'update' ? (previousDoc?.workflowState ?? null) : null,
      toState: doc.workflowState ?? null,
      note: override ? '管理员直接发布（紧急发布），未经三审' : reset ? '通过后修改了内容，稿件退回草稿，需重新审核' : null,
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
