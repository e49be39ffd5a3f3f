import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'

import { BOM, csvCell, toCsv } from '../../reports/csv'
import type { Sheet } from '../../reports/sheets'
import { toXlsx } from '../../reports/xlsx'

const sheet: Sheet = {
  key: 'people',
  title: '按人员',
  headers: ['姓名', '所属单位', '撰稿', '初审平均用时（小时）'],
  rows: [
    ['编辑小王', '信息学院', 3, 2.5],
    ['=HYPERLINK("http://evil")', '带,逗号 "引号"', 0, null],
  ],
}

/** A minimal RFC 4180 reader, to read the CSV back the way a spreadsheet would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++
      else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') row.push(cell), (cell = '')
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++
    } else cell += ch
  }
  return rows
}

describe('CSV export', () => {
  it('starts with a UTF-8 BOM so Excel shows Chinese, and reads back cell for cell', () => {
    const csv = toCsv(sheet)
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    const rows = parseCsv(csv.slice(BOM.length))
    expect(rows).toEqual([
      ['姓名', '所属单位', '撰稿', '初审平均用时（小时）'],
      ['编辑小王', '信息学院', '3', '2.5'],
      [`'=HYPERLINK("http://evil")`, '带,逗号 "引号"', '0', ''],
    ])
  })

  it('neutralises formula-looking text but leaves negative numbers as numbers', () => {
    expect(csvCell('+86 138')).toBe("'+86 138")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell(-3)).toBe('-3')
    expect(csvCell(null)).toBe('')
  })
})

describe('XLSX export', () => {
  it('reads back with exceljs: one worksheet per table, Chinese text, numbers as numbers', async () => {
    const buffer = await toXlsx([sheet, { ...sheet, key: 'units', title: '按单位', rows: [] }], { title: '融媒报表' })
    expect(buffer.subarray(0, 2).toString()).toBe('PK')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(buffer as never)
    expect(book.worksheets.map((ws) => ws.name)).toEqual(['按人员', '按单位'])
    const ws = book.getWorksheet('按人员')!
    expect(ws.getRow(1).values).toEqual([undefined, '姓名', '所属单位', '撰稿', '初审平均用时（小时）'])
    expect(ws.getRow(1).font?.bold).toBe(true)
    expect(ws.getRow(2).values).toEqual([undefined, '编辑小王', '信息学院', 3, 2.5])
    expect(typeof ws.getCell('C2').value).toBe('number')
    // Text stays text in a workbook: no formula is created from a title.
    expect(ws.getCell('A3').value).toBe('=HYPERLINK("http://evil")')
    expect(ws.getCell('A3').type).toBe(ExcelJS.ValueType.String)
    expect(ws.rowCount).toBe(3)
  })
})
