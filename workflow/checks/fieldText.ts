import { locateOffset, type LexicalText } from '../text/lexicalText'
import { codePointOffsets } from './matcher'
import { FIELD_LABELS, type Finding } from './types'

/** A text to scan: a plain field, or the body's plain text with its map back to the Lexical tree. */
export type FieldText = { field: string; text: string; doc?: LexicalText }

/**
 * Positions of a [start, end) range of a field text: offsets, code points when different, body location.
 * Pass `toChars` (codePointOffsets(source.text), possibly undefined) when positioning many ranges of one text;
 * null (the default) computes it.
 */
export function positionOf(
  source: FieldText,
  start: number,
  end: number,
  toChars: ((utf16: number) => number) | undefined | null = null,
): Pick<Finding, 'start' | 'end' | 'charStart' | 'charEnd' | 'location'> {
  const position: Pick<Finding, 'start' | 'end' | 'charStart' | 'charEnd' | 'location'> = { start, end }
  if (toChars === null) toChars = codePointOffsets(source.text)
  if (toChars) {
    position.charStart = toChars(start)
    position.charEnd = toChars(end)
  }
  if (source.doc) position.location = locateOffset(source.doc, start)
  return position
}

/**
 * "标题第 5 字" / "正文第 3 段第 12 字": 1-based, counted in characters as a reader counts them. `toChars` as for
 * positionOf; without astral characters UTF-16 offsets already are character counts.
 */
export function placeLabel(source: FieldText, start: number, toChars: ((utf16: number) => number) | undefined | null = null): string {
  if (toChars === null) toChars = codePointOffsets(source.text)
  const label = FIELD_LABELS[source.field] ?? source.field
  const chars = toChars ?? ((utf16: number) => utf16)
  if (source.doc) {
    const where = locateOffset(source.doc, start)
    return `${label}第 ${where.block + 1} 段第 ${chars(start) - chars(start - where.offset) + 1} 字`
  }
  return `${label}第 ${chars(start) + 1} 字`
}
