import { buildSheet } from './sheet'
import type { Programme } from '../rundown/types'

/** The rundown and script as plain text (UTF-8), e.g. for a teleprompter or a quick mail. */
export function programmeText(programme: Programme): string {
  const sheet = buildSheet(programme)
  const out = [sheet.title, sheet.subtitle, ...sheet.meta, '', '串联单', sheet.columns.join('\t'), ...sheet.rows.map((row) => row.join('\t')), sheet.total, '', '播音稿']
  for (const block of sheet.blocks) {
    if (block.kind === 'segment') out.push('', `【${block.text}】`)
    else if (block.kind === 'item') out.push('', block.text)
    else if (block.kind === 'cue') out.push(block.text)
    else out.push(...block.lines.map((line, i) => (i === 0 ? `${block.label}：${line}` : `　　${line}`)))
  }
  return `${out.join('\n')}\n`
}
