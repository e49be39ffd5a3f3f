/**
 * Text ranges of a story's body, and how many lines a range takes, from Typst's measurement of each whole
 * paragraph at one base column. Pure.
 */
export type Pos = { para: number; char: number }
export type TextRange = { from: Pos; to: Pos }

export type BodyMeasure = { paragraphs: string[]; lines: number[] }

const chars = (text: string) => [...text]

export const START: Pos = { para: 0, char: 0 }
export const endOf = (body: BodyMeasure): Pos => ({ para: body.paragraphs.length, char: 0 })
export const isEnd = (body: BodyMeasure, pos: Pos) => pos.para >= body.paragraphs.length

/** Lines of paragraph `p` from character `from` on (a partial paragraph is estimated in proportion). */
function remainingLines(body: BodyMeasure, p: number, from: number, to?: number): number {
  const total = chars(body.paragraphs[p]).length || 1
  const end = to ?? total
  if (from === 0 && end === total) return body.lines[p]
  return Math.max(1, Math.ceil((body.lines[p] * (end - from)) / total))
}

/** Lines a range takes at one column. */
export function rangeLines(body: BodyMeasure, range: TextRange): number {
  let lines = 0
  for (let p = range.from.para; p < body.paragraphs.length && p <= range.to.para; p++) {
    const from = p === range.from.para ? range.from.char : 0
    if (p === range.to.para) {
      if (range.to.char > from) lines += remainingLines(body, p, from, range.to.char)
      break
    }
    lines += remainingLines(body, p, from)
  }
  return lines
}

/** Closing marks that may not start a line (避头): a split never leaves one at the start of the continuation. */
const NO_LINE_START = /[，。、；：！？）》」』”’…—]/

/**
 * Takes as much text from `from` as fits in `capacity` lines: whole paragraphs while they fit, then part of the
 * next one (about as many characters as its measured lines hold per line).
 */
export function takeLines(body: BodyMeasure, from: Pos, capacity: number): { to: Pos; lines: number } {
  let lines = 0
  let p = from.para
  let c = from.char
  while (p < body.paragraphs.length) {
    const need = remainingLines(body, p, c)
    if (lines + need <= capacity) {
      lines += need
      p++
      c = 0
      continue
    }
    const room = capacity - lines
    if (room <= 0) break
    const text = chars(body.paragraphs[p])
    const perLine = text.length / Math.max(1, body.lines[p])
    // The first line of a paragraph is indented two characters.
    let take = Math.floor(room * perLine) - (c === 0 ? 2 : 0)
    if (take <= 0) break
    while (take > 0 && NO_LINE_START.test(text[c + take] ?? '')) take--
    return { to: { para: p, char: c + take }, lines: capacity }
  }
  return { to: { para: p, char: c }, lines }
}

/** The paragraphs of a range as strings, and whether the first one continues a paragraph (no indent). */
export function rangeText(body: BodyMeasure, range: TextRange): { paragraphs: string[]; continues: boolean } {
  const out: string[] = []
  for (let p = range.from.para; p < body.paragraphs.length && p <= range.to.para; p++) {
    const text = chars(body.paragraphs[p])
    const from = p === range.from.para ? range.from.char : 0
    const to = p === range.to.para ? range.to.char : text.length
    if (to > from) out.push(text.slice(from, to).join(''))
  }
  return { paragraphs: out, continues: range.from.char > 0 }
}

/** Characters in a range (what the editor would cut). */
export const rangeChars = (body: BodyMeasure, range: TextRange) => rangeText(body, range).paragraphs.reduce((n, p) => n + chars(p).length, 0)

/** The position after the last paragraph. */
export const END_MARK = (body: BodyMeasure): Pos => ({ para: body.paragraphs.length, char: 0 })
