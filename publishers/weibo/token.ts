/**
 * The account's Weibo authorisation as stored in its settings (pure; the admin field uses it too):
 *  - `tokenExpiresAt`: when the access token expires (from oauth2/get_token_info, or the token's known lifetime);
 *  - `tokenCheckedAt`: when that was last asked;
 *  - `tokenProblem`: why Weibo refused the token (expired, revoked, invalid), until it is checked good again.
 * Web apps get no refresh token from Weibo: an editor must re-authorise before expiry.
 */
export type WeiboTokenSettings = { tokenExpiresAt?: string | null; tokenCheckedAt?: string | null; tokenProblem?: string | null }

export type TokenState =
  | { kind: 'unknown' }
  | { kind: 'valid'; expiresAt: Date; daysLeft: number }
  | { kind: 'expired'; expiresAt: Date }
  | { kind: 'refused'; problem: string }

const DAY = 24 * 60 * 60 * 1000

export function tokenState(settings: WeiboTokenSettings | null | undefined, now: Date = new Date()): TokenState {
  if (settings?.tokenProblem) return { kind: 'refused', problem: settings.tokenProblem }
  if (!settings?.tokenExpiresAt) return { kind: 'unknown' }
  const expiresAt = new Date(settings.tokenExpiresAt)
  if (Number.isNaN(expiresAt.getTime())) return { kind: 'unknown' }
  if (expiresAt.getTime() <= now.getTime()) return { kind: 'expired', expiresAt }
  // Whole days left, rounded down: "0 天" means it expires within a day.
  return { kind: 'valid', expiresAt, daysLeft: Math.floor((expiresAt.getTime() - now.getTime()) / DAY) }
}

/** Beijing time, minutes: 2026-12-30 15:04. */
export const beijingMinute = (date: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' }).format(date)

/** The reason a delivery is blocked by the token, in Chinese; null while it is usable (or not yet known). */
export function tokenBlock(accountName: string, settings: WeiboTokenSettings | null | undefined, now: Date = new Date()): string | null {
  const state = tokenState(settings, now)
  const again = '请管理员重新授权后在账号页点击“检查授权”，再重新投递'
  if (state.kind === 'expired') return `微博账号“${accountName}”的授权已于 ${beijingMinute(state.expiresAt)}（北京时间）过期，${again}`
  if (state.kind === 'refused') return `微博账号“${accountName}”的授权不可用：${state.problem}。${again}`
  return null
}

/** What get_token_info's answer means for the settings (expire_in is seconds left). */
export const settingsFromTokenInfo = (expireInSec: number, now: Date = new Date()): WeiboTokenSettings => ({
  tokenExpiresAt: new Date(now.getTime() + expireInSec * 1000).toISOString(),
  tokenCheckedAt: now.toISOString(),
  tokenProblem: null,
})
