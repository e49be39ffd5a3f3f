import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'

import { httpClients } from '../security/httpClients'
import type { Actor } from '../setup/fixtures'
import { beijingDay } from '../../reports/range'
import { act, editorArticle, freshStudio, throughReview } from './world'

/**
 * GET /api/reports over real HTTP as each role: who may read which units' reports, the numbers for a studio
 * this file fills, and the CSV, XLSX and progress-stream exports read back.
 */
const { rest, fixtures } = httpClients()
const today = beijingDay(new Date())
let studio: { id: number | string; name: string }

const get = async (as: Actor, query: Record<string, string>) => {
  const res = await fetch(`${rest.baseUrl}/api/reports?${new URLSearchParams({ from: today, to: today, ...query })}`, { headers: rest.headers(as) })
  return res
}
const json = async (as: Actor, query: Record<string, string> = {}) => {
  const res = await get(as, { format: 'json', ...query })
  return { status: res.status, body: (await res.json()) as { sheets?: { key: string; headers: string[]; rows: (string | number | null)[][] }[]; units?: number; errors?: { message: string; data?: { path?: string }[] }[] } }
}
const unitRow = (body: Awaited<ReturnType<typeof json>>['body'], name: string) => body.sheets!.find((s) => s.key === 'units')!.rows.find((r) => r[0] === name)

beforeAll(async () => {
  studio = await freshStudio(rest, fixtures)
  // Two articles: one approved at every stage and then taken down, one returned at 初审.
  const done = await editorArticle(rest, fixtures, studio.id, '报表统计')
  await throughReview(rest, done.id)
  await act(rest, 'admin', done.id, { action: 'withdraw', opinion: '内容需更正，撤稿。' })
  const back = await editorArticle(rest, fixtures, studio.id, '报表退回')
  await act(rest, 'editor', back.id, { action: 'submit' })
  await act(rest, 'reviewer1', back.id, { action: 'return', opinion: '请补充导语。' })
})

describe('GET /api/reports: who may see what', () => {
  it.each(['editor', 'editorB', 'operator'] as const)('%s is refused (403), in Chinese', async (actor) => {
    const { status, body } = await json(actor)
    expect(status).toBe(403)
    expect(body.errors?.[0].message).toBe('无权查看报表：仅管理员和审核员可以查看')
  })

  it('anonymous is asked to sign in (401)', async () => {
    const { status, body } = await json('anonymous')
    expect(status).toBe(401)
    expect(body.errors?.[0].message).toBe('请先登录')
  })

  it('a reviewer sees their unit scope and may narrow to a unit inside it, not outside', async () => {
    const mine = await json('reviewer1')
    expect(mine.status).toBe(200)
    const names = mine.body.sheets!.find((s) => s.key === 'units')!.rows.map((r) => r[0])
    expect(names).toEqual(expect.arrayContaining(['信息学院', '信息学院融媒工作室', studio.name, '合计']))
    expect(names).not.toContain('艺术学院')
    expect(names).not.toContain('宣传部')
    expect((await json('reviewer1', { unit: String(studio.id) })).status).toBe(200)
    const other = await json('reviewer1', { unit: String(fixtures.units.B) })
    expect(other.status).toBe(403)
    expect(other.body.errors?.[0]).toMatchObject({ message: '该单位不在您的范围内，无权查看其报表', data: [{ path: 'unit' }] })
  })

  it('an administrator sees every unit, and a chosen unit with what lies below it', async () => {
    const all = await json('admin')
    expect(all.status).toBe(200)
    const names = all.body.sheets!.find((s) => s.key === 'units')!.rows.map((r) => r[0])
    expect(names).toEqual(expect.arrayContaining(['宣传部', '信息学院', '艺术学院', '艺术学院光影工作室', studio.name]))
    const a = await json('admin', { unit: String(fixtures.units.A) })
    expect(a.body.sheets!.find((s) => s.key === 'units')!.rows.map((r) => r[0]).sort()).toEqual(
      expect.arrayContaining(['信息学院', '信息学院融媒工作室', studio.name, '合计']),
    )
    expect(a.body.sheets!.find((s) => s.key === 'units')!.rows.map((r) => r[0])).not.toContain('艺术学院')
  })

  it('refuses bad parameters with the field named', async () => {
    const bad = await json('admin', { from: '2026-02-30' })
    expect(bad.status).toBe(400)
    expect(bad.body.errors?.[0]).toMatchObject({ message: '开始日期“2026-02-30”无效，格式应为 YYYY-MM-DD', data: [{ path: 'from' }] })
    const format = await get('admin', { format: 'pdf' })
    expect(format.status).toBe(400)
    const unknown = await json('admin', { unit: '999999' })
    expect(unknown.status).toBe(400)
  })
})

describe('GET /api/reports: the numbers and the files', () => {
  it("counts the studio's writing, reviews per stage, returns and takedowns", async () => {
    const { body } = await json('reviewer2', { unit: String(studio.id) })
    const units = body.sheets!.find((s) => s.key === 'units')!
    expect(units.headers.slice(0, 8)).toEqual(['单位', '撰稿', '初审（次）', '初审平均用时（小时）', '复审（次）', '复审平均用时（小时）', '终审（次）', '终审平均用时（小时）'])
    // 2 written; 初审: an approval and a return; 复审 and 终审 one each (seconds apart: 0 hours); 1 taken down.
    expect(unitRow(body, studio.name)).toEqual([studio.name, 2, 2, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1])
    const stages = body.sheets!.find((s) => s.key === 'stages')!
    expect(stages.rows.map((r) => r.slice(0, 4))).toEqual([
      ['初审', 2, 1, 1],
      ['复审', 1, 1, 0],
      ['终审', 1, 1, 0],
    ])
    const people = body.sheets!.find((s) => s.key === 'people')!
    const editor = people.rows.find((r) => r[0] === '编辑小王')!
    expect(editor.slice(1, 3)).toEqual(['信息学院', 2])
    expect(editor.at(-1)).toBe(1)
    expect(people.rows.find((r) => r[0] === '初审老陈')!.slice(2, 4)).toEqual([0, 2])
  })

  it('exports CSV with a UTF-8 BOM and a Chinese file name, which reads back as the same table', async () => {
    const res = await get('admin', { unit: String(studio.id), format: 'csv', sheet: 'units' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(`融媒报表_${today}_${today}_按单位.csv`)}`)
    const bytes = Buffer.from(await res.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n')
    expect(lines[0]).toBe('单位,撰稿,初审（次）,初审平均用时（小时）,复审（次）,复审平均用时（小时）,终审（次）,终审平均用时（小时）,发布·网站,发布·微信公众号,发布·微博,发布·校园广播,发布·校报,发布合计,撤稿')
    expect(lines[1]).toBe(`${studio.name},2,2,0,1,0,1,0,0,0,0,0,0,0,1`)
    expect(lines[2]).toBe('合计,2,2,0,1,0,1,0,0,0,0,0,0,0,1')
  })

  it('exports XLSX that exceljs reads back: three worksheets with the same rows', async () => {
    const res = await get('admin', { unit: String(studio.id), format: 'xlsx' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await res.arrayBuffer()) as never)
    expect(book.worksheets.map((ws) => ws.name)).toEqual(['按单位', '按人员', '审核环节'])
    const units = book.getWorksheet('按单位')!
    expect((units.getRow(2).values as unknown[]).slice(1)).toEqual([studio.name, 2, 2, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1])
    expect(units.getCell('A3').value).toBe('合计')
    expect((book.getWorksheet('审核环节')!.getRow(2).values as unknown[]).slice(1, 5)).toEqual(['初审', 2, 1, 1])
  })

  it('streams the export progress step by step, ending with the same file', async () => {
    const res = await get('reviewer1', { unit: String(studio.id), format: 'csv', progress: '1' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8')
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as { type: string; step?: number; steps?: number; phase?: string; base64?: string; name?: string })
    const progress = lines.filter((l) => l.type === 'progress')
    expect(progress[0]).toMatchObject({ step: 1, steps: 6, phase: '读取审计日志' })
    expect(progress.map((l) => l.step)).toEqual([...progress.map((l) => l.step!)].sort((a, b) => a - b))
    expect(progress.at(-1)).toMatchObject({ step: 6, phase: '生成文件' })
    const file = lines.at(-1)!
    expect(file.type).toBe('file')
    expect(file.name).toBe(`融媒报表_${today}_${today}_按单位.csv`)
    const csv = Buffer.from(file.base64!, 'base64').toString('utf8')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv).toContain(`${studio.name},2,2,0,1,0,1,0,0,0,0,0,0,0,1`)
  })

  it('refuses an export before it starts streaming when access is missing', async () => {
    const res = await get('editor', { format: 'xlsx', progress: '1' })
    expect(res.status).toBe(403)
  })
})
