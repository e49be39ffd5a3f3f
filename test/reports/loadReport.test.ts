import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildReport, type Report } from '../../reports/aggregate'
import { loadReportInput, type Progress } from '../../reports/load'
import { parseRange, type DateRange } from '../../reports/range'
import { reportScope } from '../../reports/scope'
import { bootPayload } from '../setup/payload'
import { act, approveThroughAllStages, buildWorld, websiteAccount, type World } from '../workflow/reviewWorld'

/**
 * The report's loader on a real database (SQLite, or PostgreSQL with TEST_DATABASE_URL): the audit log, a real
 * delivery by the queue and a takedown go in; each user gets the units of their scope; the numbers come out.
 */
let payload: Payload
let world: World
let range: DateRange

const reportFor = async (who: string, unit?: string, progress: Progress[] = []): Promise<Report | { status: number; message: string }> => {
  const req = await createLocalReq({ user: world.users[who] as never }, payload)
  const scope = await reportScope(req, unit)
  if (!scope.ok) return { status: scope.status, message: scope.message }
  return buildReport(await loadReportInput(req, range, scope.units, (p) => progress.push(p)))
}
const report = async (who: string, unit?: string) => (await reportFor(who, unit)) as Report

beforeAll(async () => {
  payload = await bootPayload('reports')
  world = await buildWorld(payload, 'reports.test')
  const website = await websiteAccount(world)
  const doc = await approveThroughAllStages(world, '图书馆夜读活动', { targets: [website] })
  await payload.jobs.run({ limit: 50 })
  await act(world, 'admin', doc.id, 'withdraw', { opinion: '活动取消，撤稿。' })
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
  range = parseRange(today, today) as DateRange
})

afterAll(async () => {
  await payload?.destroy()
})

describe('report loader', () => {
  it('counts the delivered website publication, the reviews per stage and the takedown', async () => {
    const progress: Progress[] = []
    const r = (await reportFor('admin', undefined, progress)) as Report
    const studio = r.units.find((u) => u.name === '微视频制作工作室')!.counts
    expect(studio.written).toBe(1)
    expect([1, 2, 3].map((s) => studio.stages[s as 1 | 2 | 3].approvals)).toEqual([1, 1, 1])
    expect(studio.published).toMatchObject({ website: 1, wechat: 0 })
    expect(studio.withdrawn).toBe(1)
    const person = (name: string) => r.people.find((p) => p.name === name)?.counts
    expect(person('张编辑')).toMatchObject({ written: 1, withdrawn: 1, published: { website: 1 } })
    expect(person('陈初审')?.stages[1].approvals).toBe(1)
    expect(person('周终审')?.stages[3].approvals).toBe(1)
    // The administrator pressed 撤稿 but wrote nothing: not a row.
    expect(person('管理员')).toBeUndefined()
    expect(progress.map((p) => p.step)).toEqual(expect.arrayContaining([1, 2, 3, 4, 5]))
    expect(progress.every((p) => p.steps === 6)).toBe(true)
  })

  it("gives a reviewer their scope's units only, with names of the people who acted there", async () => {
    const r = await report('r3xcb')
    expect(r.units.map((u) => u.name)).toEqual(['党委宣传部', '文学与传媒学院', '微视频制作工作室'])
    expect(r.totals.written).toBe(1)
    expect(r.people.map((p) => p.name)).toEqual(expect.arrayContaining(['张编辑', '陈初审', '刘复审', '周终审']))
    const b = await report('r1B')
    expect(b.units.map((u) => u.name)).toEqual(['信息工程学院'])
    expect(b.totals).toMatchObject({ written: 0, withdrawn: 0 })
    expect(b.people).toEqual([])
  })

  it('narrows to a chosen unit and refuses units outside the scope and non-reviewers', async () => {
    const a1 = await report('r1', String(world.units.A1))
    expect(a1.units.map((u) => u.name)).toEqual(['微视频制作工作室'])
    // People keep their own unit's name even when it lies outside the chosen unit.
    expect(a1.people.find((p) => p.name === '张编辑')?.unit).toBe('文学与传媒学院')
    expect(a1.people.find((p) => p.name === '周终审')?.unit).toBe('文学与传媒学院')
    expect(await reportFor('r1', String(world.units.B))).toEqual({ status: 403, message: '该单位不在您的范围内，无权查看其报表' })
    expect(await reportFor('editor')).toEqual({ status: 403, message: '无权查看报表：仅管理员和审核员可以查看' })
  })
})
