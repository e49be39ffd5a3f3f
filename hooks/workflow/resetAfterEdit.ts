import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { contentHash } from '../../workflow/contentHash'
import { reviewerRefusal, type Stage } from '../../workflow/transitions'
import { actorFacts, itemFacts, type ReviewableDoc } from './facts'

const STAGE: Record<string, Stage> = { review1: 1, review2: 2, review3: 3 }
export const RESET_CONTEXT = 'rongmei:workflowReset'

/**
 * What an edit does to the review, decided on the content hash (a save that changes nothing changes nothing):
 * - under review: only a reviewer who may act at the current stage edits (their corrections); others are
 *   told to have it returned first;
 * - approved or scheduled: the approval no longer covers the text, so the item goes back to draft;
 * - published or withdrawn: the edit is a new draft (更正) that needs review again; the live version stays.
 */
export const resetAfterEdit: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || req.context?.workflow || !req.user || !originalDoc) return data
  const before = originalDoc as ReviewableDoc
  const after = { ...before, ...data } as ReviewableDoc
  if (contentHash(after) === contentHash(before)) return data

  const state = before.workflowState ?? 'draft'
  if (state === 'draft') return data
  if (STAGE[state]) {
    const refusal = reviewerRefusal(await itemFacts(req, before), await actorFacts(req), STAGE[state])
    if (refusal && refusal.code !== 'twice') {
      throw new APIError('稿件正在审核中，只有当前环节的审核人可以修改；如需修改，请审核人退回后再改', 409, [{ path: 'workflowState', message: '稿件审核中' }], true)
    }
    return data
  }
  const review = before.review ?? {}
  data.workflowState = 'draft'
  data.review = {
    ...review,
    round: (review.round ?? 0) + 1,
    approvals: [],
    approvedHash: null,
    approvedAt: null,
    warningsAcknowledged: false,
  }
  req.context[RESET_CONTEXT] = { from: state }
  return data
}
