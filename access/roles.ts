/** Roles a user can hold. A reviewer additionally has stages (1 初审, 2 复审, 3 终审) and a unit scope. */
export const ROLES = [
  { value: 'admin', label: { zh: '管理员', en: 'Administrator' } },
  { value: 'editor', label: { zh: '编辑', en: 'Editor' } },
  { value: 'reviewer', label: { zh: '审核员', en: 'Reviewer' } },
  { value: 'operator', label: { zh: '渠道运营', en: 'Channel operator' } },
] as const

export type Role = (typeof ROLES)[number]['value']

export type RoleHolder = { roles?: (Role | string)[] | null } | null | undefined

export const hasRole = (user: RoleHolder, role: Role): boolean => Boolean(user?.roles?.includes(role))

export const isAdminUser = (user: RoleHolder): boolean => hasRole(user, 'admin')
