import type { Cell, Sheet } from './sheets'

/** Excel reads a CSV as the local code page unless it starts with a UTF-8 byte order mark. */
export const BOM = '\uFEFF'

/**
 * RFC 4180 quoting; and a cell that starts with = + - @ (or a tab/CR) gets a leading apostrophe, so a title
 * such as "=HYPERLINK(…)" is shown as text in Excel instead of running as a formula. Numbers are left alone.
 */
export function csvCell(value: Cell): string {
  if (value == null) return ''
  if (typeof value === 'number') return String(value)
  let text = value
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(sheet: Sheet): string {
  const lines = [sheet.headers, ...sheet.rows].map((row) => row.map(csvCell).join(','))
  return `${BOM}${lines.join('\r\n')}\r\n`
}
