import { beijingDay, beijingMidnight } from '../../reports/range'

/**
 * The editorial calendar's month in Beijing time, pure: weeks from Monday to Sunday (the Chinese wall
 * calendar), each day with its entries.
 */
export type CalendarEntry = {
  key: string
  /** The instant it happened or will happen (ISO). */
  at: string
  kind: 'scheduled' | 'published'
  title: string
  href: string
  channels: string[]
  unit?: string
}
export type CalendarDay = { date: string; day: number; inMonth: boolean; isToday: boolean; entries: CalendarEntry[] }
export type Month = { year: number; month: number }

const pad = (n: number) => String(n).padStart(2, '0')
export const monthKey = ({ year, month }: Month) => `${year}-${pad(month)}`

/** '2026-11' → { year: 2026, month: 11 }; anything else → this month in Beijing. */
export function parseMonth(value: string | null | undefined, now: Date = new Date()): Month {
  const m = /^(\d{4})-(\d{2})$/.exec(value ?? '')
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return { year: Number(m[1]), month: Number(m[2]) }
  const today = beijingDay(now)
  return { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) }
}

export const shiftMonth = ({ year, month }: Month, by: number): Month => {
  const index = year * 12 + (month - 1) + by
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

/** The month as the UTC interval [start, end) of its Beijing days. */
export function monthRange(m: Month): { start: string; end: string } {
  const next = shiftMonth(m, 1)
  return { start: beijingMidnight(`${monthKey(m)}-01`)!.toISOString(), end: beijingMidnight(`${monthKey(next)}-01`)!.toISOString() }
}

export function monthGrid(m: Month, entries: readonly CalendarEntry[], now: Date = new Date()): CalendarDay[][] {
  const byDay = new Map<string, CalendarEntry[]>()
  for (const entry of [...entries].sort((a, b) => a.at.localeCompare(b.at))) {
    const day = beijingDay(entry.at)
    byDay.set(day, [...(byDay.get(day) ?? []), entry])
  }
  const first = Date.UTC(m.year, m.month - 1, 1)
  const weekday = (new Date(first).getUTCDay() + 6) % 7 // Monday 0 … Sunday 6
  const daysInMonth = new Date(Date.UTC(m.year, m.month, 0)).getUTCDate()
  const cells = Math.ceil((weekday + daysInMonth) / 7) * 7
  const today = beijingDay(now)
  const weeks: CalendarDay[][] = []
  for (let i = 0; i < cells; i++) {
    const date = new Date(first + (i - weekday) * 86_400_000).toISOString().slice(0, 10)
    const day: CalendarDay = { date, day: Number(date.slice(8)), inMonth: date.slice(0, 7) === monthKey(m), isToday: date === today, entries: byDay.get(date) ?? [] }
    if (i % 7 === 0) weeks.push([])
    weeks[weeks.length - 1].push(day)
  }
  return weeks
}

/** Merges a publication per channel of the same item on the same day into one entry listing the channels. */
export function mergeByItemDay(entries: readonly CalendarEntry[]): CalendarEntry[] {
  const merged = new Map<string, CalendarEntry>()
  for (const entry of entries) {
    const key = `${entry.kind}:${entry.key}:${beijingDay(entry.at)}`
    const found = merged.get(key)
    if (!found) merged.set(key, { ...entry, channels: [...entry.channels] })
    else {
      for (const c of entry.channels) if (!found.channels.includes(c)) found.channels.push(c)
      if (entry.at < found.at) found.at = entry.at
    }
  }
  return [...merged.values()]
}
