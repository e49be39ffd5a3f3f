import type { PayloadRequest } from 'payload'

import { isClaimConflict } from '../../hooks/workflow/transition'
import { DeliveryError } from '../core/contract'
import type { ProgrammeDoc } from './programmeData'

/**
 * The radio channel's only I/O: the programmes in our own database. A programme changed by the system
 * (a script delivered into it, or taken out by 撤稿) is a different programme from the one reviewers saw, so
 * its review is reset to 草稿 and recorded in the audit log, the way an editor's change after approval is.
 */
type Row = Record<string, unknown> & { blockType: string; publicationKey?: string | null }

const idOf = (ref: unknown) => (ref && typeof ref === 'object' ? (ref as { id: number | string }).id : (ref as number | string | null | undefined))

/** The programme named in the account settings (`settings.programme`), or the next of the column by air time. */
export async function targetProgramme(req: PayloadRequest, column: unknown, settings: Record<string, unknown> | null | undefined, now: Date): Promise<ProgrammeDoc | null> {
  const chosen = settings?.programme
  if (chosen != null && chosen !== '') {
    const found = await req.payload.findByID({ collection: 'radio-programmes', id: String(chosen), draft: true, depth: 0, overrideAccess: true, req, disableErrors: true })
    return (found as unknown as ProgrammeDoc) ?? null
  }
  const columnId = idOf(column)
  if (columnId == null) return null
  const { docs } = await req.payload.find({
    collection: 'radio-programmes',
    where: { and: [{ column: { equals: columnId } }, { airAt: { greater_than: now.toISOString() } }] },
    sort: 'airAt',
    limit: 1,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (docs[0] as unknown as ProgrammeDoc) ?? null
}

export const findProgramme = async (req: PayloadRequest, id: string) =>
  (await req.payload.findByID({ collection: 'radio-programmes', id, draft: true, depth: 0, overrideAccess: true, req, disableErrors: true })) as unknown as ProgrammeDoc | null

/** Before the closing host lines at the end, if any; otherwise last. */
export function insertionIndex(rows: readonly Row[]): number {
  let at = rows.length
  while (at > 0 && rows[at - 1].blockType === 'host' && rows[at - 1].hostRole === 'close') at--
  return at
}

/**
 * Saves new rundown rows and sends a reviewed programme back to 草稿 with the reason, in the caller's transaction.
 * The audit entry comes first and claims the version it was computed from (`<id>:<updatedAt>`): two deliveries
 * that read the same version cannot both write (the second would drop the first one's row); the loser retries
 * on a fresh read.
 */
export async function saveRows(req: PayloadRequest, programme: ProgrammeDoc, rows: Row[], reason: string) {
  const state = String(programme.workflowState ?? 'draft')
  const review = (programme.review ?? {}) as Record<string, unknown> & { round?: number | null }
  const data: Record<string, unknown> = { items: rows.map(({ id: _id, ...row }) => row) }
  const reset = state !== 'draft'
  if (reset) {
    data.workflowState = 'draft'
    data.review = { ...review, round: (review.round ?? 0) + 1, approvals: [], approvedHash: null, approvedAt: null, warningsAcknowledged: false, returnReason: `${reason}，需重新审核` }
  }
  try {
    await req.payload.create({
      collection: 'audit-log',
      data: {
        action: reset ? 'review-reset' : 'update',
        collectionSlug: 'radio-programmes',
        docId: String(programme.id),
        unit: (idOf(programme.unit) as number) ?? null,
        fromState: state,
        toState: reset ? 'draft' : state,
        note: reset ? `${reason}，审核已重置` : reason,
        transitionKey: `radio-programmes:${programme.id}:${String(programme.updatedAt ?? '')}`,
      },
      overrideAccess: true,
      req,
    })
  } catch (error) {
    if (!isClaimConflict(error)) throw error
    throw new DeliveryError('串联单刚被另一次投递修改，稍后重试', { code: 'programme-busy', transient: true, retryAfterMs: 2_000 })
  }
  try {
    await req.payload.update({ collection: 'radio-programmes', id: programme.id, data, draft: true, depth: 0, overrideAccess: true, req, context: { workflow: true } })
  } finally {
    delete req.context.workflow
  }
  return { reset }
}
