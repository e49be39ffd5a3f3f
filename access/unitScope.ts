import type { PayloadRequest } from 'payload'

import { hasRole } from './roles'
import { unitSubtree } from './unitTree'

type ScopedUser = {
  id: number | string
  roles?: string[] | null
  unit?: number | string | { id: number | string } | null
  reviewScope?: (number | string | { id: number | string })[] | null
}

const idOf = (ref: number | string | { id: number | string }) => (typeof ref === 'object' ? ref.id : ref)

const CACHE_KEY = 'rongmei:unitScope'

/**
 * The unit ids whose content the request's user works on: their own unit and everything below it,
 * plus, for reviewers, the units they review and everything below those. Cached per request.
 */
export async function unitScope(req: PayloadRequest): Promise<(number | string)[]> {
  const user = req.user as ScopedUser | null
  if (!user) return []
  const cached = req.context?.[CACHE_KEY] as (number | string)[] | undefined
  if (cached) return cached

  const roots: (number | string)[] = []
  if (user.unit != null) roots.push(idOf(user.unit))
  if (hasRole(user, 'reviewer')) for (const unit of user.reviewScope ?? []) roots.push(idOf(unit))

  let scope: (number | string)[] = []
  if (roots.length) {
    const { docs } = await req.payload.find({
      collection: 'units',
      depth: 0,
      limit: 0,
      pagination: false,
      select: { parent: true },
      overrideAccess: true,
      req,
    })
    const ids = unitSubtree(docs as { id: number | string; parent?: number | null }[], roots)
    // Keep the database's id type (number on SQLite/PostgreSQL) so `in` queries match.
    scope = docs.filter((unit) => ids.has(String(unit.id))).map((unit) => unit.id)
  }
  if (req.context) req.context[CACHE_KEY] = scope
  return scope
}

export async function isInScope(req: PayloadRequest, unit: unknown): Promise<boolean> {
  if (unit == null) return false
  const id = typeof unit === 'object' ? (unit as { id: number | string }).id : (unit as number | string)
  return (await unitScope(req)).map(String).includes(String(id))
}
