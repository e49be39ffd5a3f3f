import { APIError, NotFound, type PayloadRequest } from 'payload'

import { createPublications, withdrawEverywhere } from '../../publishers/core/outbox'
import { releaseNow } from '../../publishers/core/releaseNow'
import { decide, type Action } from '../../workflow/transitions'
import { actorFacts, finalAuthorityOf, itemFacts, type ReviewableDoc, type ReviewData } from './facts'
import { notifyTransition } from './notify'

/** The content items under 三审 (what channels deliver, what calendars and reports list). */
export const REVIEWABLE = ['articles', 'videos'] as const
/** Everything under 三审: the content items and the radio programmes (串联单), reviewed like an article but not delivered. */
export const REVIEWED_COLLECTIONS = [...REVIEWABLE, 'radio-programmes'] as const
export type ReviewableSlug = (typeof REVIEWED_COLLECTIONS)[number]

export type TransitionInput = {
  collection: ReviewableSlug
  id: number | string
  action: Action
  opinion?: string
  /** Proofreading: corrections made in this round. */
  corrections?: number
  note?: string
  acknowledgeWarnings?: boolean
}

/** Counts the warnings of the stored checks of this exact version (filled in by hooks/workflow/checks). */
export type ChecksRunner = (req: PayloadRequest, doc: ReviewableDoc, versionHash: string) => Promise<{ blocking: string[]; warnings: number; report: unknown }>

const conflict = () =>
  new APIError('该稿件刚刚已被他人处理，请刷新后查看最新状态', 409, [{ path: 'workflowState', message: '并发冲突' }], true)

/** Another writer took the same unique key first (a claim in the audit log). */
export const isUniqueViolation = (error: unknown) => {
  const e = error as { data?: { errors?: { path?: string }[] }; message?: string; code?: string; cause?: { code?: string } }
  return (
    Boolean(e?.data?.errors?.some((detail) => detail.path === 'transitionKey')) ||
    /unique/i.test(String(e?.message)) ||
    e?.code === '23505' ||
    e?.cause?.code === '23505'
  )
}

/**
 * For people acting at the same moment: a unique-key loss, or SQLite busy with the other writer — either way the
 * person is asked to refresh. Workers must not use this: a busy database is not someone else's claim.
 */
export const isClaimConflict = (error: unknown) =>
  isUniqueViolation(error) || /SQLITE_BUSY|database is locked/i.test(String((error as { message?: string })?.message))

/**
 * Takes one review action on an item, inside the caller's transaction (`req`): decide with the pure state
 * machine, claim the step in the audit log (its unique key lets exactly one of two simultaneous reviewers
 * through), then save the new state on the latest version. Publishing writes the live document.
 */
export async function transition(req: PayloadRequest, input: TransitionInput, runChecks?: ChecksRunner) {
  const { collection, id, action } = input
  const doc = (await req.payload
    .findByID({ collection, id, draft: true, depth: 0, overrideAccess: !req.user, user: req.user, req, disableErrors: true })
    .catch(() => null)) as ReviewableDoc | null
  if (!doc) throw new NotFound(req.t)

  const item = await itemFacts(req, doc)
  const actor = await actorFacts(req)
  const needsChecks = action === 'submit' || (action === 'approve' && item.state === 'review3')
  const checks = needsChecks && runChecks ? await runChecks(req, doc, item.versionHash) : null
  if (checks?.blocking.length) {
    throw new APIError(`检查未通过：${checks.blocking.join('；')}`, 400, [{ path: 'checks', message: checks.blocking.join('；') }], true)
  }

  const decision = decide(item, actor, {
    action,
    opinion: input.opinion,
    acknowledgeWarnings: input.acknowledgeWarnings,
    warnings: checks?.warnings ?? 0,
  })
  if (!decision.ok) throw new APIError(decision.message, decision.status, [{ path: 'workflowState', message: decision.message }], true)

  const now = new Date().toISOString()
  const review: ReviewData = { ...(doc.review ?? {}) }
  review.seq = (review.seq ?? 0) + 1
  if (decision.newRound) review.round = (review.round ?? 0) + 1
  if (checks) review.checks = { versionHash: item.versionHash, report: checks.report }
  const opinion = input.opinion?.trim()
  switch (action) {
    case 'submit':
      review.approvals = []
      review.submittedAt = now
      review.returnReason = null
      review.finalAuthority = await finalAuthorityOf(req, doc)
      break
    case 'approve':
      review.approvals = [
        ...(review.approvals ?? []),
        {
          stage: String(decision.stage),
          reviewer: Number(actor.id) || actor.id,
          reviewerName: String((req.user as { name?: string } | null)?.name ?? ''),
          opinion: opinion!,
          versionHash: item.versionHash,
          at: now,
        },
      ]
      if (decision.stage === 3) {
        review.approvedHash = item.versionHash
        review.approvedAt = now
        review.warningsAcknowledged = Boolean(input.acknowledgeWarnings)
      }
      break
    case 'return':
      review.approvals = []
      review.returnReason = opinion ?? null
      break
    case 'proofread':
      review.proofreading = [
        ...(review.proofreading ?? []),
        {
          round: (review.proofreading?.length ?? 0) + 1,
          proofreader: Number(actor.id) || actor.id,
          corrections: Math.max(0, Math.floor(input.corrections ?? 0)),
          note: input.note ?? null,
          at: now,
        },
      ]
      break
  }

  try {
    await req.payload.create({
      collection: 'audit-log',
      data: {
        action,
        actor: actor.system ? null : (Number(actor.id) || (actor.id as never)),
        collectionSlug: collection,
        docId: String(doc.id),
        unit: (Number(item.unit) || (item.unit as never)) ?? null,
        fromState: decision.from,
        toState: decision.to,
        versionHash: item.versionHash,
        note: opinion ?? (action === 'proofread' ? `第 ${review.proofreading!.length} 校，改正 ${input.corrections ?? 0} 处` : null),
        data: decision.stage ? { stage: decision.stage } : null,
        transitionKey: `${collection}:${doc.id}:${review.seq}`,
      },
      overrideAccess: true,
      req,
    })
  } catch (error) {
    if (isClaimConflict(error)) throw conflict()
    throw error
  }

  const data: Record<string, unknown> = { workflowState: decision.to, review }
  if (action === 'submit' && !doc.author && !actor.system) data.author = Number(actor.id) || actor.id
  const publishes = action === 'publish' || action === 'publishNow'
  if (publishes) data._status = 'published'
  if (action === 'withdraw') data._status = 'draft'
  // Payload merges `context` into req.context for good; the workflow's pass must not outlive this save,
  // or a later save on the same request would skip the guards.
  let updated
  try {
    updated = await req.payload.update({
      collection,
      id: doc.id,
      data,
      draft: !publishes && action !== 'withdraw',
      depth: 0,
      overrideAccess: true,
      req,
      context: { workflow: true },
    })
  } finally {
    delete req.context.workflow
  }
  // In the same transaction: the next stage's reviewers, or the author, get their notice.
  await notifyTransition(req, { collection, doc: updated as unknown as ReviewableDoc, action, decision, opinion })
  // The outbox, in the approving (or withdrawing) transaction: deliveries cannot be lost between the two.
  if (collection === 'radio-programmes') return { doc: updated as unknown as ReviewableDoc, decision }
  if (action === 'approve' && decision.stage === 3) await createPublications(req, collection, updated as unknown as ReviewableDoc, item.versionHash)
  // 立即发布: the item is live now; its deliveries stop waiting for 定时发布 (same transaction).
  if (action === 'publishNow') await releaseNow(req, collection, updated as unknown as ReviewableDoc, doc.review?.approvedHash ?? item.versionHash)
  if (decision.to === 'withdrawn') await withdrawEverywhere(req, collection, doc.id, opinion ?? '')
  return { doc: updated as unknown as ReviewableDoc, decision }
}
