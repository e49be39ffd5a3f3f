import ExcelJS from 'exceljs'

import type { Sheet } from './sheets'

/** One worksheet per table, bold frozen header row, widths fitted to the Chinese text. */
export async function toXlsx(sheets: Sheet[], meta: { title: string }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '融媒 Rongmei'
  workbook.title = meta.title
  workbook.created = new Date()
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.title, { views: [{ state: 'frozen', ySplit: 1 }] })
    ws.addRow(sheet.headers).font = { bold: true }
    for (const row of sheet.rows) ws.addRow(row.map((cell) => cell ?? ''))
    ws.columns.forEach((column, i) => {
      const widest = Math.max(...[sheet.headers[i], ...sheet.rows.map((r) => r[i])].map((v) => displayWidth(String(v ?? ''))))
      column.width = Math.min(40, Math.max(8, widest + 2))
    })
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** CJK characters take two columns in Excel's width units. */
const displayWidth = (text: string) => [...text].reduce((n, ch) => n + (/[\u2E80-\uFFFF]/.test(ch) ? 2 : 1), 0)
