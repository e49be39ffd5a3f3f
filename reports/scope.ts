import type { PayloadRequest } from 'payload'

import { hasRole, isAdminUser } from '../access/roles'
import { unitScope } from '../access/unitScope'
import { unitSubtree } from '../access/unitTree'
import type { UnitInfo } from './aggregate'

/**
 * Who may see reports, and of which units. Administrators: every unit. Reviewers (the units' 初审/复审 and the
 * leaders who hold 复审): their unit scope — their own unit and below, plus the units they review. Editors and
 * channel operators: none (a report names colleagues' output and review times). A chosen unit narrows the
 * report to that unit and everything below it, and must lie inside the caller's scope.
 */
export type ReportScope = { ok: true; units: UnitInfo[] } | { ok: false; status: 401 | 403 | 400; message: string; field?: string }

export async function reportScope(req: PayloadRequest, unit?: string | null): Promise<ReportScope> {
  const user = req.user as never
  if (!req.user) return { ok: false, status: 401, message: '请先登录' }
  const admin = isAdminUser(user)
  if (!admin && !hasRole(user, 'reviewer')) return { ok: false, status: 403, message: '无权查看报表：仅管理员和审核员可以查看' }
  const { docs } = await req.payload.find({ collection: 'units', depth: 0, limit: 0, pagination: false, select: { name: true, parent: true }, overrideAccess: false, req })
  const all = docs.map((u) => ({ id: u.id, name: String(u.name), parent: (u.parent as number | null | undefined) ?? null }))
  const allowed = admin ? new Set(all.map((u) => String(u.id))) : new Set((await unitScope(req)).map(String))
  let chosen = allowed
  if (unit) {
    if (!all.some((u) => String(u.id) === unit)) return { ok: false, status: 400, field: 'unit', message: `单位 ${unit} 不存在` }
    if (!allowed.has(unit)) return { ok: false, status: 403, field: 'unit', message: '该单位不在您的范围内，无权查看其报表' }
    chosen = new Set([...unitSubtree(all, [unit])].filter((id) => allowed.has(id)))
  }
  return { ok: true, units: all.filter((u) => chosen.has(String(u.id))) }
}
