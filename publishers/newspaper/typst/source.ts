import type { Block, PagePlan, Plan } from '../layout/plan'
import { rangeText, type BodyMeasure } from '../layout/text'
import type { PrintIssue, PrintStory } from '../model'
import { typstNumber as n, typstString } from './escape'
import { LIBRARY } from './library'

/**
 * Pure generation of the Typst documents: the measuring document (lines per paragraph, widths of headlines
 * and other short texts) and the issue itself. Text goes into the JSON data; the source holds geometry and
 * escaped ids only.
 */
export const DATA_PATH = '/issue.json'
export const photoPath = (key: string) => `/photos/${key.replace(/[^A-Za-z0-9_.-]/g, '_')}`

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

/** "2026年11月30日 星期一" in Beijing time. */
export function chineseDate(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000)
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 星期${WEEKDAYS[d.getUTCDay()]}`
}

export const issueTitle = (issue: PrintIssue) => `${issue.masthead.name} 第${issue.number}期${issue.totalNumber ? `（总第${issue.totalNumber}期）` : ''}`

const header = (dataPath: string) => `#let data = json(${typstString(dataPath)})\n${LIBRARY}\n`

/** The measuring document: one metadata value with every story's paragraph lines and short-text widths. */
export function measureSource(): string {
  return `${header(DATA_PATH)}
#context {
  let out = (:)
  let w(font, weight, s) = if s == none { 0 } else { measure(text(font: font, weight: weight, size: 10pt, top-edge: "cap-height", bottom-edge: "baseline", s)).width / 1pt }
  for s in data.stories {
    out.insert(s.id, (
      lines: s.paragraphs.map(p => calc.ceil((measure(block(width: COLW, par(p))).height + LEAD) / P - 0.05)),
      width10: (
        headlineSerif: w(SERIF, 900, s.headline),
        headlineSans: w(SANS, 700, s.headline),
        kicker: w(SANS, 400, s.kicker),
        deck: w(SANS, 400, s.deck),
        caption: w(SANS, 400, s.caption),
        byline: w(SANS, 400, s.byline),
      ),
    ))
  }
  [#metadata(out) <measure>]
}
`
}

export function measureData(issue: PrintIssue, plan: Pick<Plan, 'geometry'>) {
  return {
    geometry: plan.geometry,
    issue: { title: issueTitle(issue) },
    stories: issue.stories.map((s) => ({
      id: s.id,
      headline: s.headline,
      kicker: s.kicker || null,
      deck: s.deck || null,
      byline: s.byline || null,
      caption: s.photo?.caption || null,
      paragraphs: s.paragraphs,
    })),
  }
}

function blockData(block: Block, story: PrintStory, body: BodyMeasure) {
  const { paragraphs, continues } = rangeText(body, block.range)
  return {
    id: block.id,
    x: block.x,
    head: {
      kicker: block.head.kicker || null,
      lines: block.head.headline.lines,
      size: block.head.headline.size,
      font: block.head.font,
      deck: block.head.deck || null,
      byline: block.head.byline || null,
      kickerLines: block.head.kickerLines,
      headlineLines: block.head.headlineLines,
      deckLines: block.head.deckLines,
    },
    photo: block.photo ? { ...block.photo, caption: block.photo.caption || null, path: photoPath(block.photo.key) } : null,
    paragraphs,
    continues,
    jumpTo: block.jumpTo ?? null,
    jumpFrom: block.jumpFrom ?? null,
    textSpan: block.textSpan,
    bodyLines: block.bodyLines,
    storyId: story.id,
  }
}

function pageData(issue: PrintIssue, page: PagePlan) {
  const date = chineseDate(issue.date)
  const m = issue.masthead
  const issueLine = `第${issue.number}期${issue.totalNumber ? `（总第${issue.totalNumber}期）` : ''}`
  return {
    masthead: {
      name: m.name,
      lines: [
        issueLine,
        date,
        ...(m.sponsor ? [`${m.sponsor}主办`] : []),
        ...(m.registration ? [m.registration] : []),
        ...(m.editorInChief ? [`总编辑：${m.editorInChief}`] : []),
        ...(m.website ? [m.website] : []),
        `第${page.number}版 · ${page.name}${page.editor ? `　责任编辑：${page.editor}` : ''}`,
      ],
    },
    folio: {
      left: `第${page.number}版 · ${page.name}`,
      center: `${m.name}　${date}`,
      right: page.editor ? `责任编辑：${page.editor}` : issueLine,
    },
    contents: page.side?.contents ?? [],
  }
}

export function issueData(issue: PrintIssue, plan: Plan, bodies: Record<string, BodyMeasure>) {
  const stories = new Map(issue.stories.map((s) => [s.id, s]))
  const blocks: Record<string, ReturnType<typeof blockData>> = {}
  for (const page of plan.pages) {
    for (const block of [...page.blocks, ...(page.side?.briefs ?? [])]) blocks[block.id] = blockData(block, stories.get(block.storyId)!, bodies[block.storyId])
  }
  return { geometry: plan.geometry, issue: { title: issueTitle(issue) }, pages: plan.pages.map((page) => pageData(issue, page)), blocks }
}

/**
 * The issue's Typst source: one page per 版面, every module placed at its grid position. `only` keeps one
 * page (by index) — a preview renders just the page it shows.
 */
export function issueSource(plan: Plan, only?: number): string {
  const g = plan.geometry
  const out = [header(DATA_PATH)]
  plan.pages.forEach((page, index) => {
    if (only !== undefined && index !== only) return
    const oy = g.margin.top + page.bandLines * g.pitch
    const height = g.lines - page.bandLines
    const ref = (block: Block) => `data.blocks.at(${typstString(block.id)})`
    out.push(`#page[`)
    out.push(page.template === 'front' ? `  #masthead(data.pages.at(${index}).masthead, ${index})` : `  #folio(data.pages.at(${index}).folio)`)
    for (const block of page.blocks) out.push(`  #module(${ref(block)}, ${n(oy)}pt, ${block.x}, ${block.y}, ${block.span}, ${block.height})`)
    if (page.side) {
      out.push(`  #side-rule(${n(oy)}pt, ${height})`)
      if (page.side.kind === 'front') out.push(`  #contents-box(data.pages.at(${index}).contents, ${n(oy)}pt, ${page.side.contentsLines})`)
      if (page.side.briefs.length) out.push(`  #side-title(${typstString('简讯')}, ${n(oy)}pt, ${page.side.briefsTop})`)
      for (const block of page.side.briefs) out.push(`  #brief(${ref(block)}, ${n(oy)}pt, ${block.y}, ${block.height})`)
    }
    out.push(`]`)
  })
  return out.join('\n') + '\n'
}
