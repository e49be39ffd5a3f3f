import { describe, expect, it } from 'vitest'

import { mergeByItemDay, monthGrid, monthRange, parseMonth, shiftMonth, type CalendarEntry } from '../../admin/calendar/monthGrid'

const entry = (at: string, over: Partial<CalendarEntry> = {}): CalendarEntry => ({
  key: 'articles:1',
  at,
  kind: 'published',
  title: '校园新闻',
  href: '/admin/collections/articles/1',
  channels: ['website'],
  ...over,
})

describe('editorial calendar month', () => {
  it('lays a month out Monday to Sunday, in Beijing time', () => {
    const month = { year: 2026, month: 11 }
    expect(monthRange(month)).toEqual({ start: '2026-10-31T16:00:00.000Z', end: '2026-11-30T16:00:00.000Z' })
    const weeks = monthGrid(month, [], new Date('2026-11-30T02:00:00Z'))
    // 1 November 2026 is a Sunday: the first row starts on Monday 26 October.
    expect(weeks[0].map((d) => d.date)).toEqual(['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31', '2026-11-01'])
    expect(weeks).toHaveLength(6)
    expect(weeks.flat().filter((d) => d.inMonth)).toHaveLength(30)
    expect(weeks.flat().find((d) => d.isToday)?.date).toBe('2026-11-30')
  })

  it('puts an entry on its Beijing day: 23:30 UTC is the next morning in Beijing', () => {
    const weeks = monthGrid({ year: 2026, month: 11 }, [entry('2026-11-09T23:30:00Z')])
    const day = weeks.flat().find((d) => d.entries.length)!
    expect(day.date).toBe('2026-11-10')
  })

  it('merges one item delivered to several channels on a day into one entry', () => {
    const merged = mergeByItemDay([
      entry('2026-11-10T02:00:00Z'),
      entry('2026-11-10T02:05:00Z', { channels: ['wechat'] }),
      entry('2026-11-11T02:00:00Z', { channels: ['weibo'] }),
      entry('2026-11-10T01:00:00Z', { kind: 'scheduled', channels: ['weibo'] }),
    ])
    expect(merged.map((e) => [e.kind, e.at, e.channels])).toEqual([
      ['published', '2026-11-10T02:00:00Z', ['website', 'wechat']],
      ['published', '2026-11-11T02:00:00Z', ['weibo']],
      ['scheduled', '2026-11-10T01:00:00Z', ['weibo']],
    ])
  })

  it('reads ?month= and moves across years', () => {
    expect(parseMonth('2026-02')).toEqual({ year: 2026, month: 2 })
    expect(parseMonth('2026-13', new Date('2026-11-30T20:00:00Z'))).toEqual({ year: 2026, month: 12 })
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 })
    expect(shiftMonth({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 })
  })
})
