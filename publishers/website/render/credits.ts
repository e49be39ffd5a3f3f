/** Same labels as CREDIT_ROLES in collections/fields/content.ts (not imported: the renderer stays free of Payload). */
export const CREDIT_LABELS: Record<string, string> = { text: '文', photo: '图', video: '视频', editor: '编辑', proof: '校对' }
const ORDER = Object.keys(CREDIT_LABELS)

export type CreditRow = { role?: string | null; user?: unknown; name?: string | null }
export type CreditGroup = { role: string; label: string; names: string[] }

/**
 * 文/图/编辑 groups in a fixed order, names in entry order without repeats. A credit for a system user takes
 * the populated user's name, or `userName(id)` when the user came back as an id (anonymous readers cannot
 * read users), or its free-text name.
 */
export function creditGroups(rows: readonly CreditRow[] | null | undefined, userName: (id: unknown) => string | null = () => null): CreditGroup[] {
  const byRole = new Map<string, string[]>()
  for (const row of rows ?? []) {
    const role = row.role && CREDIT_LABELS[row.role] ? row.role : null
    if (!role) continue
    const populated = typeof row.user === 'object' && row.user !== null ? (row.user as { name?: unknown }).name : undefined
    const name = (typeof populated === 'string' ? populated : row.user != null ? userName(row.user) : null) || row.name
    const trimmed = name?.trim()
    if (!trimmed) continue
    const names = byRole.get(role) ?? []
    if (!names.includes(trimmed)) names.push(trimmed)
    byRole.set(role, names)
  }
  return ORDER.filter((role) => byRole.has(role)).map((role) => ({ role, label: CREDIT_LABELS[role], names: byRole.get(role)! }))
}

/** 文／李沐阳 张可欣　图／王浩然　编辑／陈晓 */
export const creditsLine = (groups: readonly CreditGroup[]) => groups.map((g) => `${g.label}／${g.names.join(' ')}`).join('　')
