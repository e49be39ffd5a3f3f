import { APIError, commitTransaction, initTransaction, killTransaction, NotFound, type Endpoint, type PayloadRequest } from 'payload'

import { hasRole, isAdminUser } from '../../access/roles'
import { isInScope } from '../../access/unitScope'
import { isClaimConflict } from '../../hooks/workflow/transition'
import { WORKFLOW_STATES } from '../../workflow/states'
import { PUBLICATION_STATES } from './contract'

/** Only a publication that gave up (or is waiting to retry) can be sent again; the rest are in flight or final. */
export const RESENDABLE_STATES = new Set(['failed', 'retrying'])

/** Item states in which a channel may still receive the approved version (not withdrawn, not back in review). */
const DELIVERABLE_ITEM_STATES = new Set(['approved', 'scheduled', 'published'])

const zh = (options: readonly { value: string; label?: { zh: string }; zh?: string }[], value: string) => {
  const found = options.find((option) => option.value === value)
  return found?.label?.zh ?? found?.zh ?? value
}

/** Admins, or operators/editors whose unit scope contains the publication's unit. */
export async function mayResend(req: PayloadRequest, unit: unknown): Promise<boolean> {
  const user = req.user as never
  if (isAdminUser(user)) return true
  if (!hasRole(user, 'operator') && !hasRole(user, 'editor')) return false
  return isInScope(req, unit)
}

/**
 * `POST /api/publications/:id/resend`: a failed (or retrying) publication goes back to the queue with a new
 * delivery job, in one transaction with its audit entry. Withdrawing one delivery: withdrawEndpoint.ts.
 */
export const resendEndpoint: Endpoint = {
  path: '/:id/resend',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError('请先登录', 401, null, true)
    const id = String(req.routeParams?.id)
    const publication = (await req.payload.findByID({ collection: 'publications', id, depth: 0, overrideAccess: true, req, disableErrors: true })) as
      | (Record<string, any> & { id: number | string })
      | null
    if (!publication) throw new NotFound(req.t)
    if (!(await mayResend(req, publication.unit))) throw new APIError('无权重新投递此发布记录：仅管理员或本单位的渠道运营、编辑可以操作', 403, null, true)
    if (!RESENDABLE_STATES.has(publication.state)) {
      throw new APIError(`发布记录当前状态为“${zh(PUBLICATION_STATES, publication.state)}”，只有失败或等待重试的记录可以重新投递`, 409, null, true)
    }
    const collection = publication.item.relationTo as 'articles' | 'videos'
    const itemId = typeof publication.item.value === 'object' ? publication.item.value.id : publication.item.value
    const item = (await req.payload.findByID({ collection, id: itemId, draft: true, depth: 0, overrideAccess: true, req, disableErrors: true })) as Record<string, any> | null
    // A withdrawn item's failed rows are left as they are by 撤稿: resending one would publish what was taken down.
    if (!item || !DELIVERABLE_ITEM_STATES.has(item.workflowState)) {
      const state = item ? zh(WORKFLOW_STATES as never, item.workflowState) : '已删除'
      throw new APIError(`稿件当前状态为“${state}”，不能重新投递；请重新审核通过后再发布`, 409, null, true)
    }

    const shouldCommit = await initTransaction(req)
    try {
      // The claim: two people pressing 重新投递 on the same failure write the same key, and only one gets through.
      await req.payload.create({
        collection: 'audit-log',
        data: {
          action: 'resend',
          actor: req.user.id,
          collectionSlug: 'publications',
          docId: String(publication.id),
          unit: publication.unit ?? null,
          fromState: publication.state,
          toState: 'queued',
          versionHash: publication.versionHash,
          note: publication.lastError?.message ? `重新投递（上次错误：${publication.lastError.message}）` : '重新投递',
          transitionKey: `publications:${publication.id}:resend:${publication.updatedAt}`,
        } as never,
        overrideAccess: true,
        req,
      })
      // A new round: a fresh set of retries (the attempt claims are per round), a fresh status-check clock.
      const doc = await req.payload.update({
        collection: 'publications',
        id: publication.id,
        data: { state: 'queued', nextAttemptAt: null, attempts: 0, statusChecks: 0, submittedAt: null, resends: (publication.resends ?? 0) + 1 },
        overrideAccess: true,
        req,
      })
      await req.payload.jobs.queue({ task: 'deliverPublication', input: { publication: String(publication.id) }, req })
      if (shouldCommit) await commitTransaction(req)
      return Response.json({ message: '已重新加入投递队列', doc })
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      if (isClaimConflict(error)) throw new APIError('该发布记录刚刚已被重新投递，请刷新后查看', 409, null, true)
      throw error
    }
  },
}
