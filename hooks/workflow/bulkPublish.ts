import { APIError, commitTransaction, initTransaction, killTransaction, type Endpoint, type PayloadRequest } from 'payload'

import { ndjsonResponse } from '../../progress/ndjsonResponse'
import { WORKFLOW_STATES } from '../../workflow/states'
import { FROM } from '../../workflow/transitions'
import type { ReviewableDoc } from './facts'
import { discardPendingMail, sendPendingMail } from './notify'
import { transition } from './transition'

/** At most this many items in one request (a page of the list view holds up to 100). */
export const BULK_LIMIT = 100

/** One item's outcome, as the stream reports it and the admin lists it. */
export type BulkItemResult = {
  id: string
  title: string
  /** published: live now, deliveries released; skipped: left as it was, with the reason. */
  result: 'published' | 'skipped'
  message: string
  /** The approved version's publications (published items), for following their delivery. */
  publications: (number | string)[]
}

export type BulkLine =
  | { type: 'start'; total: number }
  | { type: 'item'; done: number; total: number; item: BulkItemResult }
  | { type: 'done'; total: number; published: number; skipped: number }
  | { type: 'error'; message: string }

const stateLabel = (state: unknown) => WORKFLOW_STATES.find((s) => s.value === state)?.zh ?? String(state ?? '草稿')

function idsOf(body: unknown): string[] {
  const ids = (body as { ids?: unknown } | null)?.ids
  if (!Array.isArray(ids) || !ids.length) throw new APIError('请至少选择一篇稿件', 400, [{ path: 'ids', message: '未选择稿件' }], true)
  if (ids.length > BULK_LIMIT) throw new APIError(`一次最多发布 ${BULK_LIMIT} 篇稿件`, 400, [{ path: 'ids', message: `超过 ${BULK_LIMIT} 篇` }], true)
  const clean = ids.map((id) => String(id ?? '').trim())
  if (clean.some((id) => !/^[\w-]{1,64}$/.test(id))) throw new APIError('稿件编号无效', 400, [{ path: 'ids', message: '稿件编号无效' }], true)
  return [...new Set(clean)]
}

/**
 * One item, in its own transaction: read it as the user (another unit's unpublished item is not theirs to
 * read), skip what is not 已通过/已排期 with the state named, then 立即发布 through the workflow — which decides
 * who may (hooks/workflow/transition is the authority), writes the audit entry and releases the deliveries.
 */
async function publishOne(req: PayloadRequest, collection: 'articles' | 'videos', id: string): Promise<BulkItemResult> {
  const doc = (await req.payload
    .findByID({ collection, id, draft: true, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
    .catch(() => null)) as ReviewableDoc | null
  if (!doc) return { id, title: `#${id}`, result: 'skipped', message: '稿件不存在，或不在您的单位范围内', publications: [] }
  const title = String(doc.title ?? `#${id}`)
  const state = doc.workflowState ?? 'draft'
  if (!FROM.publishNow.includes(state)) {
    const message = state === 'published' ? '已发布，无需再次发布' : `当前状态为“${stateLabel(state)}”，只有已通过或已排期的稿件可以发布`
    return { id, title, result: 'skipped', message, publications: [] }
  }
  const shouldCommit = await initTransaction(req)
  let approvedHash: string | null | undefined
  try {
    const { doc: updated } = await transition(req, { collection, id, action: 'publishNow', opinion: '批量发布' })
    if (shouldCommit) await commitTransaction(req)
    approvedHash = updated.review?.approvedHash
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    discardPendingMail(req)
    const status = (error as { status?: number }).status
    // A refusal of the workflow (role, scope, 禁发至, someone else acted first) is this item's reason; anything
    // else is a fault, still reported per item so the rest go on.
    const message = status && status < 500 ? (error as Error).message : `发布失败：${(error as Error).message || '服务器错误'}`
    return { id, title, result: 'skipped', message, publications: [] }
  }
  void sendPendingMail(req)
  const publications = await releasedPublications(req, collection, doc.id, approvedHash)
  const early = state === 'scheduled' ? '（提前于定时发布时间）' : ''
  const channels = publications.length ? `${publications.length} 个渠道开始投递` : '没有选择投递渠道'
  return { id, title, result: 'published', message: `已发布${early}，${channels}`, publications }
}

/** The publications of the approved version, to follow their delivery (none if they cannot be read now). */
async function releasedPublications(req: PayloadRequest, collection: 'articles' | 'videos', id: number | string, hash: string | null | undefined) {
  const { docs } = await req.payload
    .find({
      collection: 'publications',
      where: { and: [{ 'item.value': { equals: id } }, { 'item.relationTo': { equals: collection } }, ...(hash ? [{ versionHash: { equals: hash } }] : [])] },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    .catch(() => ({ docs: [] as { id: number | string }[] }))
  return docs.map((publication) => publication.id)
}

/**
 * `POST /api/<articles|videos>/bulk-publish` { ids }: 批量发布. Streams one line per item as it is done
 * (see BulkLine); every item is its own transaction, and the server finishes the list if the browser closes.
 */
export const bulkPublishEndpoint = (collection: 'articles' | 'videos'): Endpoint => ({
  path: '/bulk-publish',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError('请先登录', 401, null, true)
    const body = await req.json?.().catch(() => null)
    const ids = idsOf(body)
    return ndjsonResponse(
      async (send) => {
        send({ type: 'start', total: ids.length } satisfies BulkLine)
        let published = 0
        for (const [index, id] of ids.entries()) {
          const item = await publishOne(req, collection, id)
          if (item.result === 'published') published++
          send({ type: 'item', done: index + 1, total: ids.length, item } satisfies BulkLine)
        }
        send({ type: 'done', total: ids.length, published, skipped: ids.length - published } satisfies BulkLine)
      },
      (error) => ({ type: 'error', message: (error as Error).message || '批量发布中断' }) satisfies BulkLine,
    )
  },
})
