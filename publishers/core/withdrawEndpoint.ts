import { APIError, commitTransaction, initTransaction, killTransaction, NotFound, type Endpoint, type PayloadRequest } from 'payload'

import { isClaimConflict, transition } from '../../hooks/workflow/transition'
import { PUBLICATION_STATES } from './contract'
import { itemRef, loadPublication } from './publicationRecord'
import { mayResend } from './resendEndpoint'

/** What a channel can take back: what reached it (or was accepted by it and is pending). */
export const WITHDRAWABLE_STATES = new Set(['delivered', 'submitted'])

const stateLabel = (state: string) => PUBLICATION_STATES.find((option) => option.value === state)?.label.zh ?? state

async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const own = await initTransaction(req)
  try {
    const result = await work()
    if (own) await commitTransaction(req)
    return result
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}

/**
 * `POST /api/publications/:id/withdraw` `{ reason }`: takes one delivery back from its channel (撤回), with the
 * reason recorded. The website is where the item lives and where every other channel links, so withdrawing a
 * website publication is the item's 撤稿 — through the workflow, with its rules (administrators and 终审
 * reviewers) — and reaches every channel. Any other channel: its withdraw job is queued, in one transaction
 * with the audit entry whose key lets one of two simultaneous presses through.
 */
export const withdrawEndpoint: Endpoint = {
  path: '/:id/withdraw',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError('请先登录', 401, null, true)
    const publication = await loadPublication(req, String(req.routeParams?.id))
    if (!publication) throw new NotFound(req.t)
    const body = (await req.json?.().catch(() => null)) as { reason?: unknown } | null
    const reason = typeof body?.reason === 'string' ? body.reason.trim() : ''
    if (!reason) throw new APIError('请填写撤回原因', 400, [{ path: 'reason', message: '请填写撤回原因' }], true)
    if (!WITHDRAWABLE_STATES.has(publication.state)) {
      throw new APIError(`发布记录当前状态为“${stateLabel(publication.state)}”，只有已送达或已提交的记录可以撤回`, 409, null, true)
    }
    const { collection, id } = itemRef(publication)

    if (publication.channel === 'website') {
      await inTransaction(req, () => transition(req, { collection, id, action: 'withdraw', opinion: reason }))
      return Response.json({ message: '已撤稿：稿件已从网站撤下，其他渠道的撤回已排队', itemWithdrawn: true })
    }

    if (!(await mayResend(req, publication.unit))) throw new APIError('无权撤回此发布记录：仅管理员或本单位的渠道运营、编辑可以操作', 403, null, true)
    try {
      await inTransaction(req, async () => {
        await req.payload.create({
          collection: 'audit-log',
          data: {
            action: 'withdraw',
            actor: req.user!.id,
            collectionSlug: 'publications',
            docId: String(publication.id),
            unit: publication.unit ?? null,
            fromState: publication.state,
            toState: 'withdrawn',
            versionHash: publication.versionHash,
            note: `撤回：${reason}`,
            transitionKey: `publications:${publication.id}:withdraw`,
          } as never,
          overrideAccess: true,
          req,
        })
        await req.payload.jobs.queue({ task: 'withdrawPublication', input: { publication: String(publication.id), reason }, req })
      })
    } catch (error) {
      if (isClaimConflict(error)) throw new APIError('该发布记录刚刚已被撤回，请刷新后查看', 409, null, true)
      throw error
    }
    return Response.json({ message: '已加入撤回队列，渠道确认后状态变为“已撤回”', itemWithdrawn: false })
  },
}
