import type { LaidOutIssue } from './engine'

/** What the issue keeps of its last layout (the planner shows it; withdrawal reads which pages a story is on). */
export type LayoutSummary = {
  passes: number
  pageCount: number
  pages: {
    number: number
    name: string
    freeLines: number
    stories: string[]
    blocks: { storyId: string; headline: string; part: number; kind: string; jumpTo: number | null; jumpFrom: number | null }[]
  }[]
  warnings: LaidOutIssue['plan']['warnings']
}

export function summarise(laid: LaidOutIssue): LayoutSummary {
  return {
    passes: laid.passes,
    pageCount: laid.pageCount,
    pages: laid.plan.pages.map((page) => {
      const blocks = [...page.blocks, ...(page.side?.briefs ?? [])]
      return {
        number: page.number,
        name: page.name,
        freeLines: page.freeLines,
        stories: [...new Set(blocks.map((b) => b.storyId))],
        blocks: blocks.map((b) => ({
          storyId: b.storyId,
          headline: b.head.headline.lines.join(''),
          part: b.part,
          kind: b.kind,
          jumpTo: b.jumpTo ?? null,
          jumpFrom: b.jumpFrom ?? null,
        })),
      }
    }),
    warnings: laid.plan.warnings,
  }
}
