import type { Script, ScriptParagraph } from './types'

/** A line with its readings after the characters they belong to: 还〔huán〕钱. */
export function lineWithHints(line: string, hints: NonNullable<ScriptParagraph['hints']>, lineIndex: number): string {
  const mine = hints.filter((h) => h.line === lineIndex).sort((a, b) => b.hint.index - a.hint.index)
  let out = line
  for (const { hint } of mine) {
    const end = hint.index + hint.char.length
    out = `${out.slice(0, end)}〔${hint.pinyin}〕${out.slice(end)}`
  }
  return out
}

/** The script as plain text, one breathable line per line, paragraphs apart, readings marked 〔〕. */
export function scriptText(script: Pick<Script, 'paragraphs'>, { hints = true }: { hints?: boolean } = {}): string {
  return script.paragraphs
    .map((paragraph) => paragraph.lines.map((line, i) => (hints ? lineWithHints(line, paragraph.hints ?? [], i) : line)).join('\n'))
    .join('\n\n')
}
