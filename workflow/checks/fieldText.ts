import { locateOffset, type LexicalText } from '../text/lexicalText'
import { codePointOffsets } from './matcher'
import { FIELD_LABELS, type Finding } from './types'

/** A text to scan: a plain field, or the body's plain text with its map back to the Lexical tree. */
export type FieldText = { field: string; text: string; doc?: LexicalText }

/** Positions of a [start, end) range of a field text: offsets, code points when different, body location. */
export function positionOf(source: FieldText, start: number, end: number): Pick<Finding, 'start' | 'end' | 'charStart' | 'charEnd' | 'location'> {
  const position: Pick<Finding, 'start' | 'end' | 'charStart' | 'charEnd' | 'location'> = { start, end }
  const toChars = codePointOffsets(source.text)
  if (toChars) {
    position.charStart = toChars(start)
    position.charEnd = toChars(end)
  }
  if (source.doc) position.location = locateOffset(source.doc, start)
  return position
}

/** "标题第 5 字" / "正文第 3 段第 12 字": 1-based, counted in characters as a reader counts them. */
export function placeLabel(source: FieldText, start: number): string {
  const label = FIELD_LABELS[source.field] ?? source.field
  if (source.doc) {
    const where = locateOffset(source.doc, start)
    const blockStart = start - where.offset
    return `${label}第 ${where.block + 1} 段第 ${[...source.text.slice(blockStart, start)].length + 1} 字`
  }
  return `${label}第 ${[...source.text.slice(0, start)].length + 1} 字`
}
