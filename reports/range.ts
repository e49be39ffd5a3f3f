/**
 * A report's date range: whole days in Beijing time (the centre's working day), inclusive at both ends,
 * turned into the half-open UTC interval [start, end) that queries use. Pure, no Payload.
 */
export type DateRange = { from: string; to: string; start: string; end: string }
export type RangeError = { field: 'from' | 'to'; message: string }

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000
/** A generous bound: the annual assessment needs a year; three keep a request from loading everything ever. */
export const MAX_DAYS = 3 * 366

/** Midnight in Beijing (UTC+8, no daylight saving) of a YYYY-MM-DD day, or null if it is not a real date. */
export function beijingMidnight(day: string): Date | null {
  const m = DAY.exec(day)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const utc = Date.UTC(y, mo - 1, d)
  const back = new Date(utc)
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null
  return new Date(utc - 8 * 3_600_000)
}

/** The Beijing calendar day (YYYY-MM-DD) of an instant. */
export function beijingDay(at: string | Date): string {
  const t = new Date(at).getTime() + 8 * 3_600_000
  return new Date(t).toISOString().slice(0, 10)
}

/** This month so far, in Beijing time: the report's default. */
export function defaultRange(now: Date = new Date()): { from: string; to: string } {
  const today = beijingDay(now)
  return { from: `${today.slice(0, 8)}01`, to: today }
}

export function parseRange(from: string | null | undefined, to: string | null | undefined, now: Date = new Date()): DateRange | RangeError {
  const fallback = defaultRange(now)
  const f = from?.trim() || fallback.from
  const t = to?.trim() || fallback.to
  const start = beijingMidnight(f)
  if (!start) return { field: 'from', message: `开始日期“${f}”无效，格式应为 YYYY-MM-DD` }
  const last = beijingMidnight(t)
  if (!last) return { field: 'to', message: `结束日期“${t}”无效，格式应为 YYYY-MM-DD` }
  if (last < start) return { field: 'to', message: '结束日期不能早于开始日期' }
  const days = Math.round((last.getTime() - start.getTime()) / DAY_MS) + 1
  if (days > MAX_DAYS) return { field: 'to', message: `统计区间最长 ${MAX_DAYS} 天，当前为 ${days} 天` }
  return { from: f, to: t, start: start.toISOString(), end: new Date(last.getTime() + DAY_MS).toISOString() }
}

export const isRangeError = (value: DateRange | RangeError): value is RangeError => 'message' in value

export const within = (at: string | null | undefined, range: Pick<DateRange, 'start' | 'end'>): boolean => {
  if (!at) return false
  const t = Date.parse(at)
  return t >= Date.parse(range.start) && t < Date.parse(range.end)
}
