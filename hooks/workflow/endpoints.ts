import { APIError, commitTransaction, initTransaction, killTransaction, NotFound, type Endpoint, type PayloadRequest } from 'payload'

import { ACTION_LABEL, FROM, availableActions, type Action } from '../../workflow/transitions'
import { runItemChecks } from './checks'
import { diffSinceReview } from './diffSinceReview'
import { actorFacts, itemFacts, type ReviewableDoc } from './facts'
import { discardPendingMail, sendPendingMail } from './notify'
import { reviewRecordEndpoint } from './reviewRecordEndpoint'
import { transition, type ReviewableSlug } from './transition'

const ACTIONS = new Set(Object.keys(FROM))

async function body(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    return ((await req.json?.()) ?? {}) as Record<string, unknown>
  } catch {
    throw new APIError('请求体不是有效的 JSON', 400, null, true)
  }
}

/**
 * `POST /api/<collection>/:id/workflow` { action, opinion?, corrections?, note?, acknowledgeWarnings? }:
 * one review action, in one transaction. People cannot `publish` (the system does).
 */
const act = (collection: ReviewableSlug): Endpoint => ({
  path: '/:id/workflow',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError('请先登录', 401, null, true)
    const input = await body(req)
    const action = String(input.action ?? '')
    if (!ACTIONS.has(action)) throw new APIError(`未知的审核操作：${action || '（空）'}`, 400, [{ path: 'action', message: '未知的审核操作' }], true)
    const shouldCommit = await initTransaction(req)
    try {
      const { doc, decision } = await transition(
        req,
        {
          collection,
          id: String(req.routeParams?.id),
          action: action as Action,
          opinion: typeof input.opinion === 'string' ? input.opinion : undefined,
          corrections: typeof input.corrections === 'number' ? input.corrections : undefined,
          note: typeof input.note === 'string' ? input.note : undefined,
          acknowledgeWarnings: input.acknowledgeWarnings === true,
        },
        runItemChecks,
      )
      if (shouldCommit) await commitTransaction(req)
      // Mail goes out only once the transition is committed, and the answer does not wait for the mail server.
      void sendPendingMail(req)
      return Response.json({ message: `已${ACTION_LABEL[action as Action]}`, doc, transition: decision })
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      discardPendingMail(req)
      throw error
    }
  },
})

/** `GET /api/<collection>/:id/workflow`: state, what the caller may do now, the review record and the timeline. */
const panel = (collection: ReviewableSlug): Endpoint => ({
  path: '/:id/workflow',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('请先登录', 401, null, true)
    const id = String(req.routeParams?.id)
    const doc = (await req.payload
      .findByID({ collection, id, draft: true, depth: 0, overrideAccess: false, user: req.user, req })
      .catch(() => null)) as ReviewableDoc | null
    if (!doc) throw new NotFound(req.t)
    const item = await itemFacts(req, doc)
    const actions = availableActions(item, await actorFacts(req))
    // The timeline of an item is shown to whoever may read the item.
    const { docs: timeline } = await req.payload.find({
      collection: 'audit-log',
      where: { and: [{ collectionSlug: { equals: collection } }, { docId: { equals: String(doc.id) } }] },
      sort: 'createdAt',
      depth: 1,
      limit: 200,
      overrideAccess: true,
      req,
    })
    return Response.json({
      state: item.state,
      versionHash: item.versionHash,
      finalAuthority: item.finalAuthority,
      requiredProofRounds: item.requiredProofRounds,
      actions: actions.map((action) => ({ action, label: ACTION_LABEL[action] })),
      review: doc.review ?? null,
      timeline: timeline.map((entry) => ({
        action: entry.action,
        actor: typeof entry.actor === 'object' && entry.actor ? entry.actor.name : null,
        fromState: entry.fromState,
        toState: entry.toState,
        note: entry.note,
        versionHash: entry.versionHash,
        at: entry.createdAt,
      })),
      // What changed since the last approval or return (hooks/workflow/diffSinceReview).
      diff: await diffSinceReview(req, collection, doc.id),
    })
  },
})

export const workflowEndpoints = (collection: ReviewableSlug): Endpoint[] => [act(collection), panel(collection), reviewRecordEndpoint(collection)]
