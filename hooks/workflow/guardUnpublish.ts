import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { isAdminUser } from '../../access/roles'

/**
 * Taking a published item offline is 撤稿, with a reason, through the workflow. A save that writes the live
 * document (no `draft`) with `_status: 'draft'` would unpublish it quietly, so people other than
 * administrators are refused. Draft saves never touch the live document and pass.
 */
export const guardUnpublish: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'update' || req.context?.workflow || !req.user || isAdminUser(req.user as never)) return args
  const { id, draft, data } = args as { id?: number | string; draft?: boolean; data?: { _status?: string } }
  if (draft || data?._status !== 'draft' || id == null) return args
  const live = (await req.payload
    .findByID({ collection: collection.slug as 'articles', id, depth: 0, draft: false, overrideAccess: true, req, disableErrors: true })
    .catch(() => null)) as { _status?: string | null } | null
  if (live?._status === 'published') {
    const message = '已发布的稿件不能直接下线；请通过审核面板“撤稿”并填写原因'
    throw new APIError(message, 403, [{ path: '_status', message }], true)
  }
  return args
}
