import { Forbidden, type CollectionBeforeChangeHook } from 'payload'

import { isAdminUser } from '../access/roles'
import { isInScope } from '../access/unitScope'

/**
 * Runs for every API with a user: a record gets the author's unit when none is given, and nobody but an
 * admin may put a record into (or move it to) a unit outside their scope. Local API calls without a user
 * (the system: seed, jobs) are trusted.
 */
export const enforceUnitScope: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation }) => {
  const user = req.user as { unit?: unknown } | null
  if (!user || isAdminUser(user as never)) return data
  if (data.unit == null && operation === 'create' && user.unit != null) {
    data.unit = typeof user.unit === 'object' ? (user.unit as { id: unknown }).id : user.unit
  }
  const unit = data.unit ?? originalDoc?.unit
  if (!(await isInScope(req, unit))) {
    throw new Forbidden(req.t)
  }
  return data
}
