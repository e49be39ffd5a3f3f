import { describe, expect, it } from 'vitest'

import { buildReport, treeOrder, type AuditEvent, type ReportInput } from '../../reports/aggregate'
import { parseRange, isRangeError, beijingDay, type DateRange } from '../../reports/range'
import { reportSheets } from '../../reports/sheets'

const range = parseRange('2026-03-01', '2026-03-31') as DateRange
const CHANNELS = ['website', 'wechat', 'weibo']
const h = (hours: number) => new Date(Date.parse('2026-03-10T00:00:00Z') + hours * 3_600_000).toISOString()

const ev = (action: string, docId: string, at: string, extra: Partial<AuditEvent> = {}): AuditEvent => ({
  action,
  collection: 'articles',
  docId,
  unit: 'A1',
  actor: null,
  at,
  ...extra,
})

/** One article's life: written by 小王 (u1), submitted, 初审 by u2 after 2 h, 复审 by u3 after 4 h, returned at 终审 by u4 after 6 h. */
const articleOne: AuditEvent[] = [
  ev('create', '1', h(-10), { actor: 'u1' }),
  ev('submit', '1', h(0), { actor: 'u1', toState: 'review1' }),
  ev('approve', '1', h(2), { actor: 'u2', fromState: 'review1', toState: 'review2', stage: 1 }),
  ev('approve', '1', h(6), { actor: 'u3', fromState: 'review2', toState: 'review3', stage: 2 }),
  ev('return', '1', h(12), { actor: 'u4', fromState: 'review3', toState: 'draft', stage: 3 }),
]

const input = (over: Partial<ReportInput> = {}): ReportInput => ({
  range,
  events: articleOne,
  deliveries: [],
  authors: [{ collection: 'articles', id: '1', author: 'u1' }],
  units: [
    { id: 'A', name: '信息学院' },
    { id: 'A1', name: '信息学院融媒工作室', parent: 'A' },
    { id: 'B', name: '艺术学院' },
  ],
  people: [
    { id: 'u1', name: '编辑小王', unitName: '信息学院' },
    { id: 'u2', name: '初审老陈', unitName: '信息学院融媒工作室' },
    { id: 'u3', name: '复审老赵', unitName: '信息学院' },
    { id: 'u4', name: '终审老孙' },
  ],
  channels: CHANNELS,
  ...over,
})

describe('report aggregation', () => {
  it('counts writing, reviews per stage with their waiting time, per unit and per person', () => {
    const report = buildReport(input())
    const a1 = report.units.find((u) => u.id === 'A1')!.counts
    expect(a1.written).toBe(1)
    expect(a1.stages[1]).toEqual({ reviews: 1, approvals: 1, returns: 0, waitMs: 2 * 3_600_000 })
    expect(a1.stages[2]).toEqual({ reviews: 1, approvals: 1, returns: 0, waitMs: 4 * 3_600_000 })
    expect(a1.stages[3]).toEqual({ reviews: 1, approvals: 0, returns: 1, waitMs: 6 * 3_600_000 })
    // Units without activity still have their (zero) row; the college does not absorb its studio.
    expect(report.units.find((u) => u.id === 'A')!.counts.written).toBe(0)
    expect(report.units.map((u) => u.name)).toEqual(['信息学院', '信息学院融媒工作室', '艺术学院'])
    const person = (id: string) => report.people.find((p) => p.id === id)!
    expect(person('u1').counts.written).toBe(1)
    expect(person('u1').unit).toBe('信息学院')
    expect(person('u2').counts.stages[1].reviews).toBe(1)
    expect(person('u4').counts.stages[3].returns).toBe(1)
    expect(report.stages.map((s) => [s.name, s.reviews, s.averageHours, s.maxHours])).toEqual([
      ['初审', 1, 2, 2],
      ['复审', 1, 4, 4],
      ['终审', 1, 6, 6],
    ])
  })

  it('times a stage from an entry before the range, and counts only events inside it', () => {
    // Submitted in February, approved at 初审 on 1 March 02:00 Beijing time: 30 h of waiting, counted in March.
    const events = [
      ev('create', '2', '2026-02-27T00:00:00Z', { actor: 'u1' }),
      ev('approve', '2', '2026-02-28T18:00:00Z', { actor: 'u2', stage: 1, fromState: 'review1', toState: 'review2' }),
    ]
    const history = [ev('submit', '2', '2026-02-27T12:00:00Z', { toState: 'review1' })]
    const report = buildReport(input({ events, history }))
    expect(report.totals.written).toBe(0)
    expect(report.totals.stages[1].reviews).toBe(1)
    expect(report.stages[0].averageHours).toBe(30)
    // The same approval one hour earlier falls on 28 February in Beijing and is not counted.
    const before = buildReport(input({ events: [{ ...events[1], at: '2026-02-28T15:59:59Z' }], history }))
    expect(before.totals.stages[1].reviews).toBe(0)
  })

  it('takes the latest entry into a stage: a second round is timed from its own submission', () => {
    const events = [
      ev('submit', '3', h(0), { toState: 'review1' }),
      ev('return', '3', h(5), { actor: 'u2', stage: 1, fromState: 'review1', toState: 'draft' }),
      ev('submit', '3', h(20), { toState: 'review1' }),
      ev('approve', '3', h(21), { actor: 'u2', stage: 1, fromState: 'review1', toState: 'review2' }),
    ]
    const report = buildReport(input({ events }))
    expect(report.totals.stages[1]).toEqual({ reviews: 2, approvals: 1, returns: 1, waitMs: 6 * 3_600_000 })
    expect(report.stages[0].averageHours).toBe(3)
  })

  it('counts deliveries per channel to the publication unit and the item author; takedowns likewise', () => {
    const deliveries = [
      { collection: 'articles', itemId: '1', unit: 'A1', channel: 'website', deliveredAt: h(30) },
      { collection: 'articles', itemId: '1', unit: 'A1', channel: 'wechat', deliveredAt: h(31) },
      { collection: 'articles', itemId: '1', unit: 'A1', channel: 'wechat', deliveredAt: '2026-04-01T00:00:00Z' },
    ]
    const events = [...articleOne, ev('withdraw', '1', h(40), { actor: 'admin', toState: 'withdrawn' })]
    const report = buildReport(input({ events, deliveries }))
    const a1 = report.units.find((u) => u.id === 'A1')!.counts
    expect(a1.published).toEqual({ website: 1, wechat: 1, weibo: 0 })
    expect(a1.withdrawn).toBe(1)
    const author = report.people.find((p) => p.id === 'u1')!.counts
    expect(author.published).toEqual({ website: 1, wechat: 1, weibo: 0 })
    expect(author.withdrawn).toBe(1)
    // The administrator who pressed 撤稿 is not credited with a takedown of someone else's work.
    expect(report.people.find((p) => p.id === 'admin')).toBeUndefined()
  })

  it('names unknown people by id, and lists the busiest first', () => {
    const events = [...articleOne, ev('create', '9', h(1), { actor: 'u9' }), ev('create', '10', h(1), { actor: 'u9' })]
    const report = buildReport(input({ events }))
    expect(report.people[0]).toMatchObject({ id: 'u9', name: '用户 #u9' })
  })

  it('turns the report into tables with Chinese headers and a total row', () => {
    const sheets = reportSheets(buildReport(input()), (c) => ({ website: '网站', wechat: '微信公众号', weibo: '微博' })[c] ?? c)
    const units = sheets.find((s) => s.key === 'units')!
    expect(units.headers).toEqual([
      '单位', '撰稿', '初审（次）', '初审平均用时（小时）', '复审（次）', '复审平均用时（小时）', '终审（次）', '终审平均用时（小时）',
      '发布·网站', '发布·微信公众号', '发布·微博', '发布合计', '撤稿',
    ])
    expect(units.rows.at(-1)).toEqual(['合计', 1, 1, 2, 1, 4, 1, 6, 0, 0, 0, 0, 0])
    expect(units.rows[0]).toEqual(['信息学院', 0, 0, null, 0, null, 0, null, 0, 0, 0, 0, 0])
    expect(sheets.map((s) => s.title)).toEqual(['按单位', '按人员', '审核环节'])
  })
})

describe('report date range (Beijing days)', () => {
  it('turns inclusive Beijing days into a UTC half-open interval', () => {
    expect(range.start).toBe('2026-02-28T16:00:00.000Z')
    expect(range.end).toBe('2026-03-31T16:00:00.000Z')
    expect(beijingDay('2026-02-28T16:00:00Z')).toBe('2026-03-01')
  })

  it('refuses bad dates with the field named, in Chinese', () => {
    expect(parseRange('2026-02-30', '2026-03-01')).toEqual({ field: 'from', message: '开始日期“2026-02-30”无效，格式应为 YYYY-MM-DD' })
    expect(parseRange('2026-03-02', '2026-03-01')).toEqual({ field: 'to', message: '结束日期不能早于开始日期' })
    const long = parseRange('2020-01-01', '2026-01-01')
    expect(isRangeError(long) && long.field).toBe('to')
  })

  it('defaults to this month so far', () => {
    expect(parseRange(null, '', new Date('2026-11-30T20:00:00Z'))).toMatchObject({ from: '2026-12-01', to: '2026-12-01' })
    expect(parseRange(undefined, undefined, new Date('2026-11-15T03:00:00Z'))).toMatchObject({ from: '2026-11-01', to: '2026-11-15' })
  })
})

describe('unit tree order', () => {
  it('puts children under their parent, by name, with depth', () => {
    const units = [
      { id: 2, name: '艺术学院', parent: null },
      { id: 3, name: '信息学院融媒工作室', parent: 1 },
      { id: 1, name: '信息学院', parent: null },
    ]
    expect(treeOrder(units).map((u) => [u.name, u.depth])).toEqual([
      ['信息学院', 0],
      ['信息学院融媒工作室', 1],
      ['艺术学院', 0],
    ])
  })
})
