import { countSyllables, DEFAULT_RATE, readSeconds } from '../render/readTime'
import type { Announcer, Programme, RundownItem } from './types'

/**
 * Rundown timing, pure: each item's length (read items from their syllables at their announcer's rate, the
 * rest as entered), front-timing (when each item starts, counted from the top of the programme), back-timing
 * (when it must start to hit the hard out, counted back from the end of the slot), and how far the whole is
 * over (超时) or under (欠时) the slot, with what to do about it.
 */
export type TimedRow = {
  index: number
  item: RundownItem
  seconds: number
  /** Offsets from the programme start, seconds. */
  front: number
  back: number
  frontClock: string
  backClock: string
}

export type Balance = { status: 'over' | 'under' | 'exact'; seconds: number; hint: string }

export type Timing = { rows: TimedRow[]; totalSeconds: number; slotSeconds: number; balance: Balance }

/** Within this many seconds of the slot, the programme is on time: the announcer absorbs it. */
export const TOLERANCE_SECONDS = 2

export function rateOf(announcers: readonly Announcer[], name: string | null | undefined, fallback = DEFAULT_RATE): number {
  const rate = announcers.find((announcer) => announcer.name === name)?.rate
  return rate && rate > 0 ? rate : fallback
}

export function itemSeconds(item: RundownItem, announcers: readonly Announcer[], fallbackRate = DEFAULT_RATE): number {
  if (item.kind === 'script' || item.kind === 'host') {
    if (item.seconds != null && item.seconds > 0) return item.seconds
    const syllables = item.syllables ?? countSyllables(item.text ?? '')
    return readSeconds(syllables, rateOf(announcers, item.announcer, fallbackRate))
  }
  return Math.max(0, Number(item.seconds) || 0)
}

/** 08:05:30 in Beijing time, `offset` seconds after `start`. */
export function clock(start: string | Date, offset: number): string {
  const at = new Date(new Date(start).getTime() + Math.round(offset * 1000))
  if (Number.isNaN(at.getTime())) return '--:--:--'
  return new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(at)
}

/** 3分05秒, 45秒 */
export function duration(seconds: number): string {
  const whole = Math.round(Math.abs(seconds))
  const m = Math.floor(whole / 60)
  const s = whole % 60
  return m ? `${m}分${String(s).padStart(2, '0')}秒` : `${s}秒`
}

const named = (item: RundownItem, index: number) => `第 ${index + 1} 项${item.title ? `《${item.title}》` : ''}`

/** What to do about a programme that runs long or short: floats first, then 补稿 or 删减. */
export function balanceHint(rows: readonly TimedRow[], diff: number, rate: number): Balance {
  const amount = Math.round(Math.abs(diff))
  if (Math.abs(diff) <= TOLERANCE_SECONDS) return { status: 'exact', seconds: Math.round(diff), hint: '时长合适，无需调整' }
  const floats = rows.filter((row) => row.item.kind === 'float')
  if (diff > 0) {
    const room = floats.map((row) => ({ row, room: Math.max(0, row.seconds - (row.item.minSeconds ?? 0)) })).sort((a, b) => b.room - a.room)
    const plan = distribute(room, diff)
    if (plan.rest <= TOLERANCE_SECONDS) return { status: 'over', seconds: amount, hint: `超时 ${duration(diff)}：${plan.steps.map((s) => `压缩垫乐${named(s.row.item, s.row.index)} ${duration(s.take)}`).join('，')}` }
    // Cut the shortest read item that covers what the floats cannot (opening and closing lines stay).
    const cuttable = rows
      .filter((row) => row.item.kind === 'script' || (row.item.kind === 'host' && row.item.hostRole === 'link') || row.item.kind === 'music')
      .sort((a, b) => a.seconds - b.seconds)
    const cut = cuttable.find((row) => row.seconds >= plan.rest)
    const first = plan.steps.length ? `${plan.steps.map((s) => `压缩垫乐${named(s.row.item, s.row.index)} ${duration(s.take)}`).join('，')}后仍超 ${duration(plan.rest)}；` : ''
    const what = cut ? `删去${named(cut.item, cut.index)}（${duration(cut.seconds)}）或删减稿件约 ${Math.ceil((plan.rest * rate) / 60)} 字` : `删减稿件约 ${Math.ceil((plan.rest * rate) / 60)} 字`
    return { status: 'over', seconds: amount, hint: `超时 ${duration(diff)}：${first}${what}` }
  }
  const room = floats.map((row) => ({ row, room: Math.max(0, (row.item.maxSeconds ?? row.seconds) - row.seconds) })).sort((a, b) => b.room - a.room)
  const plan = distribute(room, -diff)
  const stretch = plan.steps.map((s) => `加长垫乐${named(s.row.item, s.row.index)} ${duration(s.take)}`).join('，')
  if (plan.rest <= TOLERANCE_SECONDS) return { status: 'under', seconds: amount, hint: `欠时 ${duration(diff)}：${stretch}` }
  const fill = `补稿约 ${duration(plan.rest)}（约 ${Math.ceil((plan.rest * rate) / 60)} 字）`
  return { status: 'under', seconds: amount, hint: `欠时 ${duration(diff)}：${stretch ? `${stretch}后仍差 ${duration(plan.rest)}；` : ''}${fill}` }
}

function distribute(room: { row: TimedRow; room: number }[], need: number) {
  const steps: { row: TimedRow; take: number }[] = []
  let rest = need
  for (const entry of room) {
    if (rest <= 0 || entry.room <= 0) continue
    const take = Math.min(entry.room, rest)
    steps.push({ row: entry.row, take })
    rest -= take
  }
  return { steps, rest: Math.max(0, rest) }
}

export function timeRundown(programme: Pick<Programme, 'airAt' | 'slotSeconds' | 'announcers' | 'items' | 'rate'>): Timing {
  const rate = programme.rate && programme.rate > 0 ? programme.rate : DEFAULT_RATE
  const lengths = programme.items.map((item) => itemSeconds(item, programme.announcers, rate))
  const total = lengths.reduce((sum, s) => sum + s, 0)
  const slot = programme.slotSeconds
  let front = 0
  const rows = programme.items.map((item, index): TimedRow => {
    const seconds = lengths[index]
    // Back-timing: the start that makes everything from here on end exactly at the hard out.
    const back = slot - (total - front)
    const row = { index, item, seconds, front, back, frontClock: clock(programme.airAt, front), backClock: clock(programme.airAt, back) }
    front += seconds
    return row
  })
  return { rows, totalSeconds: Math.round(total * 10) / 10, slotSeconds: slot, balance: balanceHint(rows, total - slot, rate) }
}
