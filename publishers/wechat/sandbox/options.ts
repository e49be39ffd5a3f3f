import { DEMO_CHANNEL_ACCOUNTS } from '../../../seed/channelAccounts'

/**
 * The sandbox's configuration: the registered apps (公众号) and every knob the contract leaves open or that
 * tests need to turn (limits profile, daily quotas, token lifetime, publishing delay, callbacks, faults).
 */
export type SandboxApp = {
  appId: string
  appSecret: string
  /** 消息校验 Token and EncodingAESKey of the push configuration (服务器配置). */
  token: string
  encodingAESKey: string
  /** Where PUBLISHJOBFINISH is POSTed; none = no push (polling only). */
  callbackUrl?: string | null
  /** plain = 明文模式, safe = 安全模式 (encrypted, msg_signature). */
  callbackMode?: 'plain' | 'safe'
  /** Uncertified accounts get 48001 on every freepublish endpoint (July 2025 rule). */
  certified?: boolean
  /** Whether the account may open comments (88000 otherwise). */
  commentsAllowed?: boolean
  /** 原始 ID (gh_…), ToUserName of pushes. */
  originalId?: string
  name?: string
}

export type LimitsProfile = { title: number; author: number; digest: number }

/** "official": the Dec-2025 doc; "observed-strict": what formatters and community reports settle on. */
export const LIMIT_PROFILES: Record<'official' | 'observed-strict', LimitsProfile> = {
  official: { title: 32, author: 16, digest: 128 },
  'observed-strict': { title: 32, author: 8, digest: 120 },
}

/** Default daily quotas of a new account (channels-api.md §1.5), per cgi path. */
export const DEFAULT_QUOTAS: Record<string, number> = {
  '/cgi-bin/stable_token': 500_000,
  '/cgi-bin/media/uploadimg': 100_000,
  '/cgi-bin/material/add_material': 100_000,
  '/cgi-bin/draft/add': 1000,
  '/cgi-bin/draft/get': 500,
  '/cgi-bin/draft/delete': 1000,
  '/cgi-bin/draft/count': 1000,
  '/cgi-bin/draft/batchget': 1000,
  '/cgi-bin/freepublish/submit': 100,
  '/cgi-bin/freepublish/get': 100,
  '/cgi-bin/freepublish/delete': 10,
  '/cgi-bin/freepublish/getarticle': 100,
  '/cgi-bin/freepublish/batchget': 100,
}

export type FaultKind = '5xx' | 'timeout' | 'busy' | 'drop-after'

export type SandboxOptions = {
  apps: SandboxApp[]
  limits?: keyof typeof LIMIT_PROFILES
  /** Overrides of DEFAULT_QUOTAS (per app, per Beijing day). */
  quotas?: Record<string, number>
  tokenTtlSeconds?: number
  /** How long a publish job stays at publish_status 1. */
  publishDelayMs?: number
  /** How long WeChat waits for our answer to a push, and how many times it tries (5 s, 3). */
  callbackTimeoutMs?: number
  callbackAttempts?: number
  /** Share of /cgi-bin calls that fail with a random transient fault, drawn from a seeded generator. */
  faultRate?: number
  faultSeed?: number
  faultKinds?: FaultKind[]
  /** How long a 'timeout' fault holds the request before dropping it. */
  hangMs?: number
  /** Reject in-page anchors with 45166 (reported by the community). */
  rejectFragmentLinks?: boolean
  /** The sandbox's own address, for article links and the phone page (set by listen()). */
  publicUrl?: string
  log?: (line: string) => void
  /**
   * Called when a /cgi-bin call has been processed, before its answer is sent (tests: stop a worker at the
   * instant WeChat has done something and the caller does not know it yet).
   */
  beforeAnswer?: (path: string) => void | Promise<void>
}

export type ResolvedOptions = Required<Omit<SandboxOptions, 'publicUrl' | 'log' | 'beforeAnswer'>> & Pick<SandboxOptions, 'publicUrl' | 'log' | 'beforeAnswer'>

export function resolveOptions(options: SandboxOptions): ResolvedOptions {
  return {
    limits: 'official',
    tokenTtlSeconds: 7200,
    publishDelayMs: 1500,
    callbackTimeoutMs: 5000,
    callbackAttempts: 3,
    faultRate: 0,
    faultSeed: 1,
    faultKinds: ['5xx', 'timeout', 'busy', 'drop-after'],
    hangMs: 20_000,
    rejectFragmentLinks: true,
    ...options,
    quotas: { ...DEFAULT_QUOTAS, ...options.quotas },
    apps: options.apps.map((app) => ({ callbackMode: 'safe', certified: true, commentsAllowed: true, originalId: `gh_${app.appId.slice(2, 14)}`, ...app })),
  }
}

/** The demo 公众号 of seed/channelAccounts.ts, so `npm start` publishes to the sandbox out of the box. */
const demo = DEMO_CHANNEL_ACCOUNTS.find((account) => account.kind === 'wechat')!

export const DEMO_APP: SandboxApp = {
  appId: demo.credentials!.appId!,
  appSecret: demo.credentials!.appSecret!,
  token: demo.credentials!.token!,
  encodingAESKey: demo.credentials!.encodingAESKey!,
  name: demo.name,
  originalId: `gh_${demo.credentials!.appId!.slice(2, 14)}`,
}
