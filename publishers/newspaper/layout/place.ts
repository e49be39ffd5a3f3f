import type { PrintIssue, PrintStory } from '../model'
import { charsPerLine, geometry, linesFor, spanWidth, type Geometry } from './geometry'
import { fitHeadline } from './headline'
import type { Block, ContentsEntry, LayoutWarning, PagePlan, Plan } from './plan'
import { END_MARK, rangeChars, rangeLines, START, takeLines, isEnd, type BodyMeasure, type Pos } from './text'

/** What Typst measured for one story: lines per paragraph at one base column, widths of the short texts at 10 pt. */
export type StoryMetrics = {
  body: BodyMeasure
  width10: { headlineSerif: number; headlineSans: number; kicker: number; deck: number; caption: number; byline: number }
}

/**
 * What a verification compile found, per story: `extra` lines its last part needed beyond the estimate,
 * `shrink[part]` lines by which a jumped part overflowed (so less text goes there next time).
 */
export type Corrections = Record<string, { extra?: number; shrink?: Record<number, number> }>

const KICKER = 11
const DECK = 12
const BYLINE = 8.5
const CAPTION = 8
const BRIEF_TITLE = 10
const MIN_BODY_LINES = 4
/** Shares of the front page's height a lead / another story may take before it jumps to an inner page. */
const FRONT_LEAD_SHARE = 0.62
const FRONT_STORY_SHARE = 0.38
/** Tallest photo, as a share of the page's content height. */
const PHOTO_SHARE = 0.3
/** A news page opens a briefs column only for at least this share of a column's height in briefs. */
const BRIEFS_MIN_SHARE = 0.35

export const isBrief = (story: PrintStory, metrics: StoryMetrics) =>
  Boolean(story.brief) || (story.priority <= 2 && metrics.body.paragraphs.join('').length <= 400) || metrics.body.paragraphs.join('').length <= 160

/** A piece of a story waiting for a page: the whole story, or what is left after a jump. */
type Piece = { story: PrintStory; metrics: StoryMetrics; part: number; from: Pos; fromPage?: number }

type Context = { g: Geometry; issue: PrintIssue; corrections: Corrections; warnings: LayoutWarning[]; lastPage: number }

const textLines = (g: Geometry, metrics: StoryMetrics, width: number, size: number, key: 'kicker' | 'deck' | 'caption' | 'byline') =>
  metrics.width10[key] > 0 ? Math.max(1, Math.ceil((metrics.width10[key] * size) / 10 / (width * 0.98))) : 0

function headFor(ctx: Context, piece: Piece, role: Block['role'], front: boolean, span: number): Block['head'] {
  const { g } = ctx
  const width = spanWidth(g, span)
  const { story, metrics } = piece
  if (piece.part > 0) {
    const headline = fitHeadline(story.headline, metrics.width10.headlineSans, g.headline.continuation, width, { maxLines: 1, minScale: 0.5 })
    const headlineLines = linesFor(g, headline.size)
    return { headline, font: 'sans', kickerLines: 0, headlineLines, deckLines: 0, bylineLines: 0, lines: headlineLines + 1 }
  }
  const serif = role === 'lead' && front
  const base = role === 'lead' ? (front ? g.headline.lead : Math.round(g.headline.secondary * 1.25)) : story.priority <= 3 ? g.headline.minor : g.headline.secondary
  const headline = fitHeadline(story.headline, serif ? metrics.width10.headlineSerif : metrics.width10.headlineSans, base, width)
  const headlineLines = linesFor(g, headline.size, headline.lines.length)
  const kickerLines = story.kicker ? textLines(g, metrics, width, KICKER, 'kicker') : 0
  const deckLines = story.deck ? textLines(g, metrics, width, DECK, 'deck') * linesFor(g, DECK) : 0
  const bylineLines = story.byline ? 1 : 0
  return {
    kicker: story.kicker,
    headline,
    font: serif ? 'serif' : 'sans',
    deck: story.deck,
    byline: story.byline,
    kickerLines,
    headlineLines,
    deckLines,
    bylineLines,
    lines: kickerLines + headlineLines + deckLines + bylineLines + 1,
  }
}

function photoFor(ctx: Context, piece: Piece, role: Block['role'], span: number, pageLines: number): Block['photo'] | undefined {
  const photo = piece.story.photo
  if (!photo || piece.part > 0 || role === 'brief') return undefined
  const { g } = ctx
  if (role === 'lead' || span < 3) {
    const width = spanWidth(g, span)
    const lines = Math.max(8, Math.min(Math.floor(pageLines * PHOTO_SHARE), Math.round((width * photo.height) / photo.width / g.pitch)))
    return { key: photo.key, mode: 'top', span, lines, caption: photo.caption, captionLines: photo.caption ? textLines(g, piece.metrics, width, CAPTION, 'caption') : 0 }
  }
  const k = span >= 5 ? 2 : 1
  const width = spanWidth(g, k)
  const lines = Math.max(5, Math.min(16, Math.round((width * photo.height) / photo.width / g.pitch)))
  return { key: photo.key, mode: 'side', span: k, lines, caption: photo.caption, captionLines: photo.caption ? textLines(g, piece.metrics, width, CAPTION, 'caption') : 0 }
}

/** A block for `piece` at the top of `remaining` lines; `split` when only part of its text fits. */
function buildBlock(ctx: Context, piece: Piece, page: PagePlan, y: number, remaining: number, role: Block['role'], pageLines: number) {
  const { g } = ctx
  const span = page.mainSpan
  const head = headFor(ctx, piece, role, page.template === 'front', span)
  const photo = photoFor(ctx, piece, role, span, pageLines)
  const top = photo?.mode === 'top' ? photo.lines + photo.captionLines + 1 : 0
  const textX = photo?.mode === 'side' ? photo.span : 0
  const textSpan = span - textX
  const minSide = photo?.mode === 'side' ? photo.lines + photo.captionLines : 0
  const jumpIn = piece.part > 0 ? 1 : 0
  const body = piece.metrics.body
  const correction = ctx.corrections[piece.story.id]
  const restLines = rangeLines(body, { from: piece.from, to: { para: body.paragraphs.length, char: 0 } }) + (correction?.extra ?? 0) + jumpIn
  const wholeDepth = Math.max(minSide, Math.ceil(restLines / textSpan))
  const whole = head.lines + top + wholeDepth + 1
  const block = (bodyLines: number, to: Pos, extra: Partial<Block> = {}): Block => ({
    id: `${piece.story.id}#${piece.part}`,
    storyId: piece.story.id,
    part: piece.part,
    kind: piece.part > 0 ? 'continuation' : 'story',
    role,
    x: 0,
    span,
    y,
    height: head.lines + top + bodyLines + 1,
    head,
    photo,
    textX,
    textSpan,
    bodyLines,
    range: { from: piece.from, to },
    ...(piece.fromPage ? { jumpFrom: piece.fromPage } : {}),
    ...extra,
  })
  if (whole <= remaining) return { fits: true as const, block: block(wholeDepth, { para: body.paragraphs.length, char: 0 }) }
  const depth = remaining - head.lines - top - 1
  if (depth < Math.max(MIN_BODY_LINES, minSide)) return { fits: false as const, block: null }
  const capacity = depth * textSpan - jumpIn - 1 - (correction?.shrink?.[piece.part] ?? 0)
  const taken = takeLines(body, piece.from, capacity)
  return { fits: false as const, block: block(depth, taken.to), rest: taken.to }
}

function pageShell(g: Geometry, issue: PrintIssue, index: number, sideColumn: boolean): PagePlan {
  const page = issue.pages[index]
  const front = page.template === 'front'
  return {
    number: page.number,
    name: page.name,
    template: page.template,
    editor: page.editor,
    bandLines: front ? g.mastheadLines : g.folioLines,
    mainSpan: sideColumn ? g.columns - 1 : g.columns,
    blocks: [],
    freeLines: 0,
  }
}

const briefTitleLines = (g: Geometry, piece: Piece) => Math.max(1, Math.ceil((piece.metrics.width10.headlineSans * BRIEF_TITLE) / 10 / (g.columnWidth * 0.98)))
const briefBodyLines = (ctx: Context, piece: Piece) =>
  rangeLines(piece.metrics.body, { from: START, to: END_MARK(piece.metrics.body) }) + (ctx.corrections[piece.story.id]?.extra ?? 0)
const briefLines = (g: Geometry, ctx: Context, pieces: Piece[]) => pieces.reduce((sum, p) => sum + briefTitleLines(g, p) + briefBodyLines(ctx, p) + 1, 2)

/** Brief (简讯) blocks stacked in a side column from line `top`; returns the ones that did not fit. */
function stackBriefs(ctx: Context, page: PagePlan, top: number, height: number, briefs: Piece[]): Piece[] {
  const { g } = ctx
  let y = top + 2
  const left: Piece[] = []
  for (const piece of briefs) {
    const titleLines = briefTitleLines(g, piece)
    const bodyLines = briefBodyLines(ctx, piece)
    const h = titleLines + bodyLines + 1
    if (left.length || y + h > top + height) {
      left.push(piece)
      continue
    }
    page.side!.briefs.push({
      id: `${piece.story.id}#0`,
      storyId: piece.story.id,
      part: 0,
      kind: 'brief',
      role: 'brief',
      x: g.columns - 1,
      span: 1,
      y,
      height: h,
      head: { headline: { size: BRIEF_TITLE, lines: [piece.story.headline] }, font: 'sans', kickerLines: 0, headlineLines: titleLines, deckLines: 0, bylineLines: 0, lines: titleLines },
      textX: 0,
      textSpan: 1,
      bodyLines,
      range: { from: START, to: { para: piece.metrics.body.paragraphs.length, char: 0 } },
    })
    y += h
  }
  return left
}

/**
 * Automatic placement (自动排版), pure: stories by priority onto pages, each page's first story as its lead
 * (banner headline, photo across the main area), the rest stacked below; a story that does not fit continues
 * on the next page with room (下转/上接); short low-priority stories go to the briefs column (简讯); page 1
 * gets the masthead and the contents box (导读). Whatever still does not fit is reported with the number of
 * characters to cut.
 */
export function placeIssue(issue: PrintIssue, metrics: Record<string, StoryMetrics>, corrections: Corrections = {}): Plan {
  const g = geometry(issue.pageSize, issue.columns)
  const warnings: LayoutWarning[] = []
  const pages = [...issue.pages].sort((a, b) => a.number - b.number)
  const ctx: Context = { g, issue: { ...issue, pages }, corrections, warnings, lastPage: pages.at(-1)?.number ?? 1 }
  const pieces: Piece[] = issue.stories
    .filter((story) => metrics[story.id])
    .map((story) => ({ story, metrics: metrics[story.id], part: 0, from: START }))
    .sort((a, b) => b.story.priority - a.story.priority)
  const briefs = pieces.filter((p) => isBrief(p.story, p.metrics) && !p.story.page)
  let main = pieces.filter((p) => !briefs.includes(p))

  // Side columns: page 1 always (导读 on top, briefs below); news pages while briefs are left over.
  const plans: PagePlan[] = []
  let waitingBriefs = briefs
  const frontContentsLines = Math.ceil((g.lines - g.mastheadLines) * 0.45)
  for (let i = 0; i < pages.length; i++) {
    const template = pages[i].template
    const height = g.lines - (template === 'front' ? g.mastheadLines : g.folioLines)
    const side = template === 'front' || (template === 'news' && briefLines(g, ctx, waitingBriefs) >= height * BRIEFS_MIN_SHARE)
    const page = pageShell(g, ctx.issue, i, side)
    if (side) {
      const contentsLines = template === 'front' ? frontContentsLines : 0
      page.side = { kind: template === 'front' ? 'front' : 'briefs', contentsLines, contents: [], briefsTop: contentsLines, briefs: [] }
      waitingBriefs = stackBriefs(ctx, page, contentsLines, height - contentsLines, waitingBriefs)
    }
    plans.push(page)
  }
  // Briefs with no room in any side column are set as small stories.
  main = [...main, ...waitingBriefs]

  let waiting: Piece[] = []
  for (const page of plans) {
    const height = g.lines - page.bandLines
    const pinned = main.filter((p) => p.story.page === page.number)
    // Automatic pieces, and pinned ones whose page does not exist or was already full.
    const auto = main.filter((p) => !p.story.page || p.story.page < page.number || !plans.some((q) => q.number === p.story.page))
    const continuations = waiting.filter((p) => (p.fromPage ?? 0) < page.number)
    const starts = [...pinned, ...auto]
    // A page opens with a story of its own (its lead); continuations follow it.
    let queue = starts.length ? [starts[0], ...continuations, ...starts.slice(1)] : continuations
    waiting = waiting.filter((p) => !continuations.includes(p))
    let y = 0
    const lastPage = page.number === ctx.lastPage
    const front = page.template === 'front'
    while (queue.length && height - y > MIN_BODY_LINES + 2) {
      const role: Block['role'] = page.blocks.length === 0 ? 'lead' : 'secondary'
      // The front page shows several stories: a long one starts there and jumps (转版) instead of filling it.
      const cap = front && !lastPage ? Math.floor(height * (role === 'lead' ? FRONT_LEAD_SHARE : FRONT_STORY_SHARE)) : height
      const remaining = Math.min(height - y, cap)
      // The lead is the most important piece; below it, the most important one that fits whole.
      let chosen = -1
      let built: ReturnType<typeof buildBlock> | null = null
      for (let i = 0; i < queue.length; i++) {
        const attempt = buildBlock(ctx, queue[i], page, y, remaining, role, height)
        if (attempt.fits) {
          chosen = i
          built = attempt
          break
        }
        if (role === 'lead') break
      }
      if (chosen < 0) {
        // Nothing fits whole: the most important piece starts here and jumps, if there is a page after this one.
        const piece = queue[0]
        const attempt = buildBlock(ctx, piece, page, y, remaining, role, height)
        if (!attempt.block) break
        const block = attempt.block
        const rest = 'rest' in attempt ? attempt.rest! : block.range.to
        const left = rangeChars(piece.metrics.body, { from: rest, to: { para: piece.metrics.body.paragraphs.length, char: 0 } })
        if (!lastPage && left > 0) {
          block.jumpTo = -1 // resolved once the continuation is placed
          waiting.push({ story: piece.story, metrics: piece.metrics, part: piece.part + 1, from: rest, fromPage: page.number })
        } else if (left > 0) {
          block.oversetLines = rangeLines(piece.metrics.body, { from: rest, to: { para: piece.metrics.body.paragraphs.length, char: 0 } })
        }
        page.blocks.push(block)
        main = main.filter((p) => p !== piece)
        queue = queue.filter((p) => p !== piece)
        y += block.height
        continue
      }
      const block = built!.block!
      page.blocks.push(block)
      main = main.filter((p) => p !== queue[chosen])
      queue.splice(chosen, 1)
      y += block.height
    }
    // Continuations not placed here wait for the next page.
    waiting = [...waiting, ...queue.filter((p) => p.part > 0)]
    page.freeLines = height - y
  }
  resolveJumps(plans, warnings)
  for (const piece of [...main, ...waiting]) {
    const chars = rangeChars(piece.metrics.body, { from: piece.from, to: END_MARK(piece.metrics.body) })
    warnings.push({
      level: 'error',
      code: 'unplaced',
      storyId: piece.story.id,
      chars,
      message: piece.part > 0 ? `《${piece.story.headline}》转版后剩余约 ${chars} 字没有版面可排，请删减 ${chars} 字或增加版面` : `《${piece.story.headline}》未能排入本期（约 ${chars} 字）：版面已满，请删减其他稿件、增加版面或移到下期`,
    })
  }
  fillContents(g, plans)
  reportSpace(g, plans, warnings)
  return { geometry: g, pages: plans, warnings }
}

/** Every 下转 points at the page where its continuation landed; continuations that found no page are cut. */
function resolveJumps(plans: PagePlan[], warnings: LayoutWarning[]) {
  const blocks = plans.flatMap((page) => page.blocks.map((block) => ({ page: page.number, block })))
  for (const { page, block } of blocks) {
    if (block.jumpTo !== -1) continue
    const next = blocks.find((b) => b.block.storyId === block.storyId && b.block.part === block.part + 1)
    if (next) {
      block.jumpTo = next.page
      warnings.push({ level: 'info', code: 'jump', page, storyId: block.storyId, message: `《${block.head.headline.lines.join('')}》在第${page}版排不下，下转第${next.page}版` })
    } else delete block.jumpTo
  }
}

/** 导读: the stories that start after page 1, most important first, as many as the box holds. */
function fillContents(g: Geometry, plans: PagePlan[]) {
  const front = plans.find((page) => page.side?.kind === 'front')
  if (!front?.side) return
  let used = 2
  const entries: ContentsEntry[] = []
  for (const page of plans) {
    if (page === front) continue
    for (const block of [...page.blocks, ...(page.side?.briefs ?? [])]) {
      if (block.part > 0) continue
      const headline = block.head.headline.lines.join('')
      const lines = Math.max(1, Math.ceil(([...headline].length + 5) / Math.max(1, charsPerLine(g) - 1))) + 1
      if (used + lines > front.side.contentsLines) continue
      entries.push({ storyId: block.storyId, headline, page: page.number, lines })
      used += lines
    }
  }
  front.side.contents = entries
}

function reportSpace(g: Geometry, plans: PagePlan[], warnings: LayoutWarning[]) {
  for (const page of plans) {
    for (const block of page.blocks) {
      if (!block.oversetLines) continue
      const chars = block.oversetLines * charsPerLine(g)
      warnings.push({
        level: 'error',
        code: 'overset',
        page: page.number,
        storyId: block.storyId,
        chars,
        message: `第${page.number}版《${block.head.headline.lines.join('')}》超版约 ${block.oversetLines} 行，请删减约 ${chars} 字（已是最后一版，无法转版）`,
      })
    }
    if (page.freeLines >= 3) {
      const chars = page.freeLines * page.mainSpan * charsPerLine(g)
      warnings.push({
        level: 'warning',
        code: 'underset',
        page: page.number,
        chars,
        message: `第${page.number}版（${page.name}）底部空 ${page.freeLines} 行，可补约 ${chars} 字稿件或放大图片`,
      })
    }
  }
}
