import type { Access, Where } from 'payload'

import { hasRole, isAdminUser } from './roles'
import { isInScope, unitScope } from './unitScope'

/** Published content is public; drafts are never readable anonymously, not even with ?draft=true. */
const published: Where = { _status: { equals: 'published' } }

/** Anyone reads published content; signed-in staff also read their own units' work in progress. */
export const readContent: Access = async ({ req }) => {
  if (isAdminUser(req.user as never)) return true
  if (!req.user) return published
  const scope = await unitScope(req)
  if (!scope.length) return published
  return { or: [published, { unit: { in: scope } }] }
}

/** Editors create content for their own units only (the unit defaults to theirs, see hooks/defaultUnit). */
export const createContent: Access = async ({ req, data }) => {
  if (isAdminUser(req.user as never)) return true
  if (!hasRole(req.user as never, 'editor')) return false
  if (data?.unit == null) return true
  return isInScope(req, data.unit)
}

/** Editors and reviewers change content of their units; hooks/enforceUnitScope stops moving it elsewhere. */
export const updateContent: Access = async ({ req }) => {
  if (isAdminUser(req.user as never)) return true
  if (!hasRole(req.user as never, 'editor') && !hasRole(req.user as never, 'reviewer')) return false
  const scope = await unitScope(req)
  return scope.length ? { unit: { in: scope } } : false
}

/** Editors delete their units' content only while it has never been published; admins always. */
export const deleteContent: Access = async ({ req }) => {
  if (isAdminUser(req.user as never)) return true
  if (!hasRole(req.user as never, 'editor')) return false
  const scope = await unitScope(req)
  if (!scope.length) return false
  const where: Where = { and: [{ unit: { in: scope } }, { _status: { not_equals: 'published' } }] }
  return where
}
