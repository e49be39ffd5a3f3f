import { WEIBO_COUNTING, type WeiboCounting } from '../../../workflow/checks/weiboLength'

/**
 * What the Weibo sandbox enforces, as data (shared/design/channels-api.md §2.6). Every number can be changed
 * per instance (tests) or through the environment (the standalone server, `npm start`).
 */
export type SandboxToken = { token: string; uid: string; screenName: string; expiresInSec: number }

export type SandboxLimits = {
  /** Length of a rate-limit window; counters reset at each multiple of it (Weibo: the hour). */
  windowMs: number
  /** share.json calls per user per window → 10024. */
  postsPerWindow: number
  /** All API calls per user per window → 10023. */
  callsPerWindow: number
  /** All API calls per client IP per window → 10022. */
  ipCallsPerWindow: number
  /** Longest text, counted the Weibo way → 20012. */
  maxLength: number
  maxPictureBytes: number
  /** Same text from the same user within this time → 20019. */
  duplicateWindowMs: number
  /** 'window': any same text within duplicateWindowMs; 'last': only the user's latest status (stricter fakes). */
  duplicateMode: 'window' | 'last'
}

export type SandboxOptions = {
  appkey: string
  /** The app's registered 安全域名; null: the app has none bound (10017 appkey not bind domain!). */
  safeDomain: string | null
  tokens: SandboxToken[]
  limits: SandboxLimits
  counting: WeiboCounting
  /** Rewrite links in the returned text to http://t.cn/… as Weibo is reported to do. */
  shortenLinks: boolean
  /** Code for an unknown or revoked token (21332 reported; 21301 is the other candidate). */
  invalidTokenCode: number
  /** Faults from the start (the admin endpoint changes them later). */
  faultRate: number
  faultSeed: number
  /** How long a "timeout" fault holds a request before dropping it. */
  holdMs: number
}

const env = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback)

/** The demo account `npm start` seeds (seed/channelAccounts.ts) uses this token. */
export const DEMO_TOKEN: SandboxToken = {
  token: '2.00demoWeiboAccessTokenRongmei0001',
  uid: '7311200000000001',
  screenName: '汤院易班官方微博',
  expiresInSec: 30 * 24 * 3600,
}

/** The hostname of the public website: the demo app's safe domain, so links to the demo site pass. */
export const siteHostname = () => {
  try {
    return new URL(process.env.SITE_URL || process.env.SERVER_URL || 'http://localhost:3000').hostname
  } catch {
    return 'localhost'
  }
}

export function defaultOptions(overrides: Partial<Omit<SandboxOptions, 'limits'>> & { limits?: Partial<SandboxLimits> } = {}): SandboxOptions {
  const limits: SandboxLimits = {
    windowMs: env('WEIBO_SANDBOX_WINDOW_MS', 60 * 60 * 1000),
    postsPerWindow: env('WEIBO_SANDBOX_POSTS_PER_HOUR', 30),
    callsPerWindow: env('WEIBO_SANDBOX_CALLS_PER_HOUR', 150),
    ipCallsPerWindow: env('WEIBO_SANDBOX_IP_CALLS_PER_HOUR', 15_000),
    maxLength: 140,
    maxPictureBytes: 5 * 1024 * 1024,
    duplicateWindowMs: env('WEIBO_SANDBOX_DUPLICATE_WINDOW_MS', 24 * 60 * 60 * 1000),
    duplicateMode: 'window',
  }
  return {
    appkey: process.env.WEIBO_SANDBOX_APPKEY || '3751530000',
    safeDomain: process.env.WEIBO_SANDBOX_SAFE_DOMAIN ?? siteHostname(),
    tokens: [DEMO_TOKEN],
    counting: WEIBO_COUNTING,
    shortenLinks: true,
    invalidTokenCode: 21332,
    faultRate: env('WEIBO_SANDBOX_FAULT_RATE', 0),
    faultSeed: env('WEIBO_SANDBOX_FAULT_SEED', 1),
    holdMs: env('WEIBO_SANDBOX_HOLD_MS', 20_000),
    ...overrides,
    limits: { ...limits, ...overrides.limits },
  }
}
