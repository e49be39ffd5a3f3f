import { describe, expect, it } from 'vitest'

import { clock, duration, itemSeconds, timeRundown } from '../../../publishers/radio/rundown/timing'
import { ITEMS, NOON, programme } from './fixtures'

describe('rundown timing (前计时 / 后计时)', () => {
  const timing = timeRundown(programme(900))

  it('gives each item its length: read items from syllables at their announcer’s rate, the rest as entered', () => {
    expect(timing.rows.map((row) => row.seconds)).toEqual([15, 12, 120, 4, 62, 60, 6])
    expect(timing.totalSeconds).toBe(279)
    // 王芳 reads at 200 a minute: 440 syllables take 132 s.
    expect(itemSeconds(ITEMS[2], [{ name: '王芳', rate: 200 }])).toBe(132)
    expect(itemSeconds({ ...ITEMS[2], seconds: 90 }, [])).toBe(90)
  })

  it('front-times from the start and back-times from the hard out', () => {
    expect(timing.rows.map((row) => row.front)).toEqual([0, 15, 27, 147, 151, 213, 273])
    expect(timing.rows.map((row) => row.frontClock)).toEqual(['12:00:00', '12:00:15', '12:00:27', '12:02:27', '12:02:31', '12:03:33', '12:04:33'])
    // Back time: the start that makes the rest end exactly at 12:15:00.
    expect(timing.rows.map((row) => row.back)).toEqual([621, 636, 648, 768, 772, 834, 894])
    expect(timing.rows.at(-1)!.backClock).toBe('12:14:54')
    for (const row of timing.rows) expect(row.back - row.front).toBe(900 - 279)
  })

  it('欠时: stretches the float as far as it goes, then asks for more copy (补稿) in seconds and characters', () => {
    expect(timing.balance.status).toBe('under')
    expect(timing.balance.seconds).toBe(621)
    expect(timing.balance.hint).toBe('欠时 10分21秒：加长垫乐第 6 项《背景垫乐》 2分00秒后仍差 8分21秒；补稿约 8分21秒（约 1837 字）')
  })

  it('欠时 within the float’s room: only the float is stretched', () => {
    const { balance } = timeRundown(programme(339))
    expect(balance).toEqual({ status: 'under', seconds: 60, hint: '欠时 1分00秒：加长垫乐第 6 项《背景垫乐》 1分00秒' })
  })

  it('超时 within the float’s room: the float is shortened', () => {
    const { balance } = timeRundown(programme(255))
    expect(balance).toEqual({ status: 'over', seconds: 24, hint: '超时 24秒：压缩垫乐第 6 项《背景垫乐》 24秒' })
  })

  it('超时 beyond the float: shorten it to its minimum, then cut the shortest item that covers the rest', () => {
    const { balance } = timeRundown(programme(240))
    expect(balance.status).toBe('over')
    expect(balance.hint).toBe('超时 39秒：压缩垫乐第 6 项《背景垫乐》 30秒后仍超 9秒；删去第 1 项《片头曲》（15秒）或删减稿件约 33 字')
  })

  it('within two seconds of the slot is on time', () => {
    expect(timeRundown(programme(280)).balance).toEqual({ status: 'exact', seconds: -1, hint: '时长合适，无需调整' })
    expect(timeRundown(programme(277)).balance.status).toBe('exact')
    expect(timeRundown(programme(276)).balance.status).toBe('over')
  })

  it('slower announcers make the programme longer', () => {
    expect(timeRundown(programme(900, ITEMS, [220, 200])).totalSeconds).toBe(291)
  })

  it('formats clock times in Beijing time and durations in Chinese', () => {
    expect(clock(NOON, 3599)).toBe('12:59:59')
    expect(clock('2026-12-31T16:30:00Z', 0)).toBe('00:30:00')
    expect(duration(65)).toBe('1分05秒')
    expect(duration(9)).toBe('9秒')
  })
})
