import { PAGE_SIZES, type PageSize } from '../model'

/**
 * The page grid in points. Everything vertical is counted in body lines (the baseline grid): module heights,
 * photo heights and headline heights are whole lines, so every column of every module lines up.
 */
export const MM = 72 / 25.4

export type Geometry = {
  size: PageSize
  pageWidth: number
  pageHeight: number
  margin: { top: number; bottom: number; side: number }
  columns: number
  gutter: number
  columnWidth: number
  contentWidth: number
  /** 小五 body type and the line pitch (type size + leading). */
  bodySize: number
  pitch: number
  /** Body lines in the content area of a page. */
  lines: number
  /** Lines the masthead (报头) takes on page 1, and the folio line on the other pages. */
  mastheadLines: number
  folioLines: number
  /** Base headline sizes: the lead's banner (通栏), a secondary story, a continuation. */
  headline: { lead: number; secondary: number; minor: number; continuation: number }
}

export function geometry(size: PageSize, columns?: number | null): Geometry {
  const spec = PAGE_SIZES.find((s) => s.value === size) ?? PAGE_SIZES[0]
  const cols = Math.min(6, Math.max(4, Math.round(columns ?? spec.columns)))
  const broad = spec.value === 'broadsheet'
  const margin = { top: 14 * MM, bottom: 14 * MM, side: (broad ? 16 : 14) * MM }
  const pageWidth = spec.widthMm * MM
  const pageHeight = spec.heightMm * MM
  const gutter = 4 * MM
  const contentWidth = pageWidth - 2 * margin.side
  const columnWidth = (contentWidth - gutter * (cols - 1)) / cols
  const bodySize = 9
  const pitch = 14
  const lines = Math.floor((pageHeight - margin.top - margin.bottom) / pitch)
  return {
    size: spec.value,
    pageWidth,
    pageHeight,
    margin,
    columns: cols,
    gutter,
    columnWidth,
    contentWidth,
    bodySize,
    pitch,
    lines,
    mastheadLines: broad ? 12 : 10,
    folioLines: 3,
    headline: broad ? { lead: 48, secondary: 28, minor: 20, continuation: 14 } : { lead: 36, secondary: 22, minor: 16, continuation: 12 },
  }
}

/** Width in points of `span` base columns (基本栏) with the gutters between them. */
export const spanWidth = (g: Geometry, span: number) => span * g.columnWidth + (span - 1) * g.gutter

/** Left edge of column `x` (0-based) from the content area's left edge. */
export const columnX = (g: Geometry, x: number) => x * (g.columnWidth + g.gutter)

/** Body lines a piece of type `size` set `lines` deep takes on the grid (line height 1.25 em). */
export const linesFor = (g: Geometry, size: number, lines = 1) => Math.ceil((size * 1.25 * lines) / g.pitch)

/** Hanzi per body line in one base column: CJK type is square, so this is exact for Chinese text. */
export const charsPerLine = (g: Geometry, span = 1) => Math.floor(spanWidth(g, span) / g.bodySize)
