import type { Programme, RundownItem } from '../../../publishers/radio/rundown/types'

/** 12:00 Beijing time on 1 December 2026. */
export const NOON = '2026-12-01T04:00:00.000Z'

/**
 * A small programme with every kind of item and round numbers: 15 + 12 + 120 + 4 + 62 + 60 + 6 = 279 seconds
 * at 220 syllables a minute (host lines of 44 and 22 syllables, a script of 440).
 */
export const ITEMS: RundownItem[] = [
  { kind: 'music', title: '片头曲', seconds: 15, segment: '开场' },
  { kind: 'host', hostRole: 'open', announcer: '李明', text: '各'.repeat(44), segment: '开场' },
  { kind: 'script', title: '图书馆延长开放', announcer: '王芳', text: '图'.repeat(440), syllables: 440, segment: '校园新闻' },
  { kind: 'sting', title: '转场', seconds: 4, segment: '校园新闻' },
  { kind: 'insert', title: '采访录音', seconds: 62, inCue: '我觉得', outCue: '谢谢大家', segment: '校园新闻' },
  { kind: 'float', title: '背景垫乐', seconds: 60, minSeconds: 30, maxSeconds: 180, segment: '音乐时间' },
  { kind: 'host', hostRole: 'close', announcer: '李明', text: '谢'.repeat(22) },
]

export const programme = (slotSeconds: number, items: RundownItem[] = ITEMS, rates: [number, number] = [220, 220]): Programme => ({
  title: '汤青之声 第12期',
  columnName: '汤青之声',
  airAt: NOON,
  slotSeconds,
  announcers: [
    { name: '李明', label: '男', rate: rates[0] },
    { name: '王芳', label: '女', rate: rates[1] },
  ],
  items,
})
