import type { Access } from 'payload'

import { isAdminUser, type Role, hasRole } from './roles'
import { unitScope } from './unitScope'

/** Admins, or holders of one of `roles` for records whose `unit` lies in their scope. */
export const unitOwnedBy =
  (...roles: Role[]): Access =>
  async ({ req }) => {
    if (isAdminUser(req.user as never)) return true
    if (!roles.some((role) => hasRole(req.user as never, role))) return false
    const scope = await unitScope(req)
    return scope.length ? { unit: { in: scope } } : false
  }

/** Any signed-in holder of one of `roles` (or an admin). */
export const hasAnyRole =
  (...roles: Role[]): Access =>
  ({ req }) =>
    isAdminUser(req.user as never) || roles.some((role) => hasRole(req.user as never, role))
