import type { PayloadRequest } from 'payload'

import { unitScope } from '../../access/unitScope'
import { contentHash } from '../../workflow/contentHash'
import type { WorkflowState } from '../../workflow/states'
import { strictestAuthority, type ActorFacts, type ItemFacts, type Stage } from '../../workflow/transitions'

export type ReviewData = {
  seq?: number | null
  round?: number | null
  finalAuthority?: 'unit' | 'university' | null
  submittedAt?: string | null
  approvals?: { stage: string; reviewer: unknown; reviewerName?: string | null; opinion: string; versionHash: string; at: string; id?: string }[] | null
  proofreading?: { round: number; proofreader: unknown; corrections: number; note?: string | null; at: string }[] | null
  returnReason?: string | null
  approvedHash?: string | null
  approvedAt?: string | null
  checks?: unknown
  warningsAcknowledged?: boolean | null
}

export type ReviewableDoc = Record<string, unknown> & {
  id: number | string
  workflowState?: WorkflowState | null
  unit?: unknown
  author?: unknown
  targets?: unknown[] | null
  scheduledAt?: string | null
  review?: ReviewData | null
}

export const idOf = (ref: unknown): string | null =>
  ref == null ? null : typeof ref === 'object' ? String((ref as { id: unknown }).id) : String(ref)

/** Stage-3 authority from the item's target accounts (the strictest wins). */
export async function finalAuthorityOf(req: PayloadRequest, doc: ReviewableDoc) {
  const ids = (doc.targets ?? []).map(idOf).filter((id): id is string => id != null)
  if (!ids.length) return 'unit' as const
  const { docs } = await req.payload.find({
    collection: 'channel-accounts',
    where: { id: { in: ids } },
    select: { tier: true },
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    req,
  })
  return strictestAuthority(docs.map((account) => account.tier))
}

async function requiredProofRounds(req: PayloadRequest, unit: string | null): Promise<number> {
  if (unit == null) return 1
  const found = await req.payload.findByID({ collection: 'units', id: unit, depth: 0, overrideAccess: true, req, disableErrors: true })
  return found?.requiredProofRounds ?? 1
}

export async function itemFacts(req: PayloadRequest, doc: ReviewableDoc): Promise<ItemFacts> {
  const review = doc.review ?? {}
  return {
    state: (doc.workflowState ?? 'draft') as WorkflowState,
    unit: idOf(doc.unit) ?? '',
    author: idOf(doc.author),
    approvals: (review.approvals ?? []).map((approval) => ({
      stage: Number(approval.stage) as Stage,
      reviewer: idOf(approval.reviewer) ?? '',
      versionHash: approval.versionHash,
    })),
    proofRounds: review.proofreading?.length ?? 0,
    requiredProofRounds: await requiredProofRounds(req, idOf(doc.unit)),
    finalAuthority: review.finalAuthority ?? (await finalAuthorityOf(req, doc)),
    versionHash: contentHash(doc),
    scheduledAt: doc.scheduledAt ?? null,
    embargoUntil: (doc.embargoUntil as string | null | undefined) ?? null,
  }
}

export async function actorFacts(req: PayloadRequest): Promise<ActorFacts> {
  const user = req.user as (Record<string, unknown> & { id: number | string }) | null
  if (!user) return { id: 'system', roles: [], reviewStages: [], scope: new Set(), atUniversityAuthority: false, system: true }
  const unit = idOf(user.unit)
  const own = unit
    ? await req.payload.findByID({ collection: 'units', id: unit, depth: 0, overrideAccess: true, req, disableErrors: true })
    : null
  return {
    id: String(user.id),
    roles: (user.roles as string[] | undefined) ?? [],
    reviewStages: ((user.reviewStages as string[] | undefined) ?? []).map(Number) as Stage[],
    scope: new Set((await unitScope(req)).map(String)),
    atUniversityAuthority: Boolean(own?.reviewAuthority),
  }
}
