import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

/**
 * Audit entries are written once and never changed or removed — not even by the Local API with
 * overrideAccess, which skips access functions but not hooks.
 */
export const refuseUpdate: CollectionBeforeChangeHook = ({ operation, data }) => {
  if (operation === 'update') throw new APIError('审计日志只能追加，不能修改。', 403, null, true)
  return data
}

export const refuseDelete: CollectionBeforeDeleteHook = () => {
  throw new APIError('审计日志只能追加，不能删除。', 403, null, true)
}
