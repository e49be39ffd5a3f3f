import { beijingDay, beijingMidnight } from '../../reports/range'

/**
 * The administrator's warnings about channel accounts, pure: filings (年审) that lapse soon, and access tokens
 * about to expire. Accounts come in as read from the API.
 */
export type AccountLike = {
  id: number | string
  name: string
  kind?: string | null
  status?: string | null
  nextReviewDate?: string | null
  settings?: unknown
}
export type Alert = { id: number | string; name: string; kind?: string | null; at: string; daysLeft: number; problem?: string }

const DAY_MS = 86_400_000
export const FILING_WINDOW_DAYS = 30
export const TOKEN_WINDOW_DAYS = 7

/**
 * Where a channel keeps its token's expiry in `settings` (the Weibo channel writes `tokenExpiresAt`, see
 * publishers/weibo/token.ts; the others are tolerated for channels to come).
 * The first present key wins; a missing or unreadable value means "unknown", never "expired".
 */
export const TOKEN_EXPIRY_PATHS = [
  ['tokenExpiresAt'],
  ['accessTokenExpiresAt'],
  ['expiresAt'],
  ['tokenExpiry'],
  ['token', 'expiresAt'],
  ['oauth', 'expiresAt'],
  ['weibo', 'tokenExpiresAt'],
  ['weibo', 'expiresAt'],
] as const

/** A date from an ISO string, or epoch seconds / milliseconds. */
export function toDate(value: unknown): Date | null {
  if (value == null || value === '') return null
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value))) {
    const n = Number(value)
    const d = new Date(n < 1e12 ? n * 1000 : n)
    return Number.isNaN(d.getTime()) ? null : d
  }
  if (typeof value !== 'string') return null
  const d = new Date(value)
  return Number.isNaN(d.getTime()) ? null : d
}

export function tokenExpiry(settings: unknown): Date | null {
  if (!settings || typeof settings !== 'object') return null
  for (const path of TOKEN_EXPIRY_PATHS) {
    let value: unknown = settings
    for (const key of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
    const date = toDate(value)
    if (date) return date
  }
  return null
}

const alert = (account: AccountLike, at: Date, now: Date): Alert => ({
  id: account.id,
  name: account.name,
  kind: account.kind,
  at: at.toISOString(),
  // Whole calendar days in Beijing: due on 1 December is "还剩 1 天" all day on 30 November.
  daysLeft: Math.round((beijingMidnight(beijingDay(at))!.getTime() - beijingMidnight(beijingDay(now))!.getTime()) / DAY_MS),
})

const soonest = (a: Alert, b: Alert) => a.at.localeCompare(b.at)

/** Filed accounts whose next annual review (年审) falls within the window, or has passed: soonest first. */
export function filingLapses(accounts: readonly AccountLike[], now: Date = new Date(), days = FILING_WINDOW_DAYS): Alert[] {
  const limit = now.getTime() + days * DAY_MS
  return accounts
    .filter((a) => a.status === 'filed')
    .flatMap((a) => {
      const at = toDate(a.nextReviewDate)
      return at && at.getTime() <= limit ? [alert(a, at, now)] : []
    })
    .sort(soonest)
}

/** Why the channel last refused the token (`settings.tokenProblem`, written by the Weibo channel), if it did. */
export function tokenProblem(settings: unknown): string | undefined {
  const value = settings && typeof settings === 'object' ? (settings as Record<string, unknown>).tokenProblem : undefined
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

/**
 * Accounts (not cancelled) whose token expires within the window or has expired, or that the channel reported
 * refusing the token: soonest first.
 */
export function tokenExpiries(accounts: readonly AccountLike[], now: Date = new Date(), days = TOKEN_WINDOW_DAYS): Alert[] {
  const limit = now.getTime() + days * DAY_MS
  return accounts
    .filter((a) => a.status !== 'cancelled')
    .flatMap((a) => {
      const at = tokenExpiry(a.settings)
      const problem = tokenProblem(a.settings)
      if (problem) return [{ ...alert(a, at ?? now, now), problem }]
      return at && at.getTime() <= limit ? [alert(a, at, now)] : []
    })
    .sort(soonest)
}

/** "还剩 12 天", "今天到期", "已过期 3 天". */
export function daysText(daysLeft: number): string {
  if (daysLeft > 0) return `还剩 ${daysLeft} 天`
  if (daysLeft === 0) return '今天到期'
  return `已过期 ${-daysLeft} 天`
}
