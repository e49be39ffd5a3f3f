/**
 * The planner's view of an issue, pure: one row per pooled story with where the last layout put it, and the
 * layout's warnings in display order (problems first).
 */
export type IssueForPlanner = {
  id: number | string
  status?: string | null
  updatedAt?: string
  layoutAt?: string | null
  pages?: { number: number; name: string; needsRelayout?: boolean | null }[] | null
  stories?: { item?: unknown; priority?: number | null; page?: number | null; headline?: string | null; copy?: { headline?: string } | null }[] | null
  layout?: {
    passes?: number
    pages?: { number: number; name: string; stories: string[]; blocks: { storyId: string; part: number; kind: string }[] }[]
    warnings?: { level: 'error' | 'warning' | 'info'; code: string; message: string; page?: number; storyId?: string }[]
  } | null
}

export type PlannerRow = { storyId: string; headline: string; priority: number; pinned: number | null; placed: string }

const idOf = (ref: unknown) => String(ref && typeof ref === 'object' ? (ref as { id: unknown }).id : ref)

export function plannerRows(issue: IssueForPlanner): PlannerRow[] {
  const pages = issue.layout?.pages ?? []
  return (issue.stories ?? []).map((entry) => {
    const storyId = idOf(entry.item)
    const where = pages.flatMap((page) =>
      page.blocks.filter((b) => b.storyId === storyId).map((b) => (b.kind === 'brief' ? `第${page.number}版（简讯）` : b.part > 0 ? `转第${page.number}版` : `第${page.number}版`)),
    )
    return {
      storyId,
      headline: entry.headline?.trim() || entry.copy?.headline || '（无标题）',
      priority: entry.priority ?? 5,
      pinned: entry.page ?? null,
      placed: where.length ? where.join('，') : issue.layout ? '未排入' : '尚未排版',
    }
  })
}

const ORDER = { error: 0, warning: 1, info: 2 } as const

export const sortedWarnings = (issue: IssueForPlanner) => [...(issue.layout?.warnings ?? [])].sort((a, b) => ORDER[a.level] - ORDER[b.level])

/** Pages the pool changed under (a withdrawal, a new delivery after layout). */
export const pagesToRelayout = (issue: IssueForPlanner) => (issue.pages ?? []).filter((page) => page.needsRelayout).map((page) => page.number)
