import { describe, expect, it } from 'vitest'

import { age, beijingTime, findingsOf, stateLabel } from '../../admin/review/format'

describe('review panel formatting', () => {
  const now = new Date('2026-03-10T12:00:00Z')

  it('says how long an item has waited, coarsely and in Chinese', () => {
    expect(age('2026-03-10T11:59:30Z', now)).toBe('刚刚')
    expect(age('2026-03-10T11:55:00Z', now)).toBe('5 分钟')
    expect(age('2026-03-10T09:00:00Z', now)).toBe('3 小时')
    expect(age('2026-03-08T11:00:00Z', now)).toBe('2 天')
    expect(age(null, now)).toBe('—')
    expect(age('not a date', now)).toBe('—')
  })

  it('shows times in Beijing time and states by their Chinese names', () => {
    expect(beijingTime('2026-03-10T06:05:00Z')).toBe('2026-03-10 14:05')
    expect(beijingTime('2026-03-10T17:00:00Z')).toBe('2026-03-11 01:00')
    expect(stateLabel('review2')).toBe('待复审')
    expect(stateLabel('draft')).toBe('草稿')
  })

  it('reads check findings with their field and position from any of the envelopes', () => {
    const findings = findingsOf({
      versionHash: 'abc',
      report: {
        findings: [
          { level: 'block', match: '禁词', field: 'body', start: 40, end: 42, location: { block: 1, offset: 4 }, message: '正文含禁用词“禁词”' },
          { severity: 'warning', wrong: '既使', right: '即使', field: 'title', start: 0, end: 2 },
          { level: 'warn', message: '微信标题 35 字，超过上限 32 字', field: 'channel.wechat.title', count: 35 },
        ],
      },
    })
    expect(findings).toEqual([
      { level: 'block', message: '正文含禁用词“禁词”', field: '正文', position: '第 2 段 第 5 字', excerpt: undefined },
      { level: 'warn', message: '“既使”应为“即使”', field: '标题', position: '第 1–2 字', excerpt: undefined },
      { level: 'warn', message: '微信标题 35 字，超过上限 32 字', field: '微信标题', position: undefined, excerpt: undefined },
    ])
    expect(findingsOf([])).toEqual([])
    expect(findingsOf(null)).toBeNull()
    expect(findingsOf({ versionHash: 'abc', report: null })).toBeNull()
  })
})
