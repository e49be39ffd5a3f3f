import { charsPerLine, geometry } from './layout/geometry'
import { placeIssue, type Corrections, type StoryMetrics } from './layout/place'
import type { Plan } from './layout/plan'
import type { BodyMeasure } from './layout/text'
import type { PrintIssue } from './model'
import { withTypst } from './typst/compiler'
import { DATA_PATH, issueData, issueSource, measureData, measureSource, photoPath } from './typst/source'

/** What the verification compile reports for one module: body lines its text needs, lines it has. */
export type VerifyEntry = { id: string; need: number; capacity: number }

export type LaidOutIssue = {
  plan: Plan
  verify: VerifyEntry[]
  /** Compiles needed until no module was overset (1 when the estimate was exact). */
  passes: number
  source: string
  data: ReturnType<typeof issueData>
  pageCount: number
  pdf?: Buffer
  svg?: string
}

const json = (value: unknown) => Buffer.from(JSON.stringify(value))

/** Lines per paragraph and short-text widths for every story, from one Typst compile. */
export function measureStories(issue: PrintIssue): Record<string, StoryMetrics> {
  const g = geometry(issue.pageSize, issue.columns)
  const measured = withTypst(measureSource(), { [DATA_PATH]: json(measureData(issue, { geometry: g })) }, (doc) => doc.query<{ value: Record<string, { lines: number[]; width10: StoryMetrics['width10'] }> }>('<measure>'))
  const values = measured[0]?.value ?? {}
  const metrics: Record<string, StoryMetrics> = {}
  for (const story of issue.stories) {
    const value = values[story.id]
    if (value) metrics[story.id] = { body: { paragraphs: story.paragraphs, lines: value.lines }, width10: value.width10 }
  }
  return metrics
}

const MAX_PASSES = 5

/**
 * Lays out an issue: measure with Typst, place in pure TypeScript, compile, and read back each module's real
 * line count. A module whose text overflows gets less text (when it jumps) or more depth (when it does not)
 * and the issue is placed again, until nothing is overset or the passes run out; what is left is reported as
 * overset with the characters to cut.
 */
export function layoutIssue(input: PrintIssue, photos: Record<string, Buffer>, want: { pdf?: boolean; svg?: boolean } = {}): LaidOutIssue {
  // A photo whose file could not be read is left out rather than failing the whole issue.
  const issue = { ...input, stories: input.stories.map((s) => (s.photo && !photos[s.photo.key] ? { ...s, photo: null } : s)) }
  const metrics = measureStories(issue)
  const bodies: Record<string, BodyMeasure> = Object.fromEntries(Object.entries(metrics).map(([id, m]) => [id, m.body]))
  const files: Record<string, Buffer> = {}
  for (const [key, bytes] of Object.entries(photos)) files[photoPath(key)] = bytes
  const corrections: Corrections = {}
  for (let pass = 1; ; pass++) {
    const plan = placeIssue(issue, metrics, corrections)
    const knownOverset = new Set(plan.pages.flatMap((p) => p.blocks).filter((b) => b.oversetLines).map((b) => b.id))
    const source = issueSource(plan)
    const data = issueData(issue, plan, bodies)
    files[DATA_PATH] = json(data)
    const result = withTypst(source, files, (doc) => {
      const verify = doc.query<{ value: VerifyEntry }>('<verify>').map((m) => m.value)
      // Modules placed as overset on purpose (the last page was full) are reported by the planner already.
      const over = verify.filter((v) => v.need > v.capacity && !knownOverset.has(v.id))
      const last = !over.length || pass >= MAX_PASSES
      return { verify, over, last, pageCount: doc.pages, pdf: last && want.pdf ? doc.pdf() : undefined, svg: last && want.svg ? doc.svg() : undefined }
    })
    if (result.last) {
      reportOverset(plan, result.over, issue)
      return { plan, verify: result.verify, passes: pass, source, data, pageCount: result.pageCount, pdf: result.pdf, svg: result.svg }
    }
    for (const entry of result.over) {
      const [storyId, part] = splitId(entry.id)
      const block = plan.pages.flatMap((p) => [...p.blocks, ...(p.side?.briefs ?? [])]).find((b) => b.id === entry.id)
      const c = (corrections[storyId] ??= {})
      if (block?.jumpTo) c.shrink = { ...c.shrink, [part]: (c.shrink?.[part] ?? 0) + entry.need - entry.capacity }
      else c.extra = (c.extra ?? 0) + entry.need - entry.capacity
    }
  }
}

const splitId = (id: string): [string, number] => {
  const at = id.lastIndexOf('#')
  return [id.slice(0, at), Number(id.slice(at + 1))]
}

/** Modules still overset after the last pass: the editor is told how much to cut. */
function reportOverset(plan: Plan, over: VerifyEntry[], issue: PrintIssue) {
  const cpl = charsPerLine(plan.geometry)
  for (const entry of over) {
    const [storyId] = splitId(entry.id)
    const page = plan.pages.find((p) => [...p.blocks, ...(p.side?.briefs ?? [])].some((b) => b.id === entry.id))
    const headline = issue.stories.find((s) => s.id === storyId)?.headline ?? storyId
    const lines = entry.need - entry.capacity
    plan.warnings.push({
      level: 'error',
      code: 'overset',
      page: page?.number,
      storyId,
      chars: lines * cpl,
      message: `第${page?.number ?? '?'}版《${headline}》超版 ${lines} 行，请删减约 ${lines * cpl} 字`,
    })
  }
}
