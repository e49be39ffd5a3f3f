import { createHash, randomBytes } from 'node:crypto'

import type { NewsItem } from '../client'
import type { ResolvedOptions, SandboxApp } from './options'

/** Everything the sandbox remembers, in memory; `exportState` gives tests a plain-JSON view of it. */
export type Token = { appId: string; value: string; expiresAt: number; revoked: boolean }
export type Material = { appId: string; mediaId: string; type: string; bytes: number; url: string; contentType: string; data: Buffer | null; description?: unknown }
export type BodyImage = { appId: string; id: string; url: string; contentType: string; data: Buffer }
export type Draft = { appId: string; mediaId: string; articles: NewsItem[]; updateTime: number }
export type Job = {
  appId: string
  publishId: string
  msgDataId: string
  draftId: string
  /** The draft as it was at submission: a second submission of the same draft publishes it again. */
  articles: NewsItem[]
  status: number
  articleId?: string
  failIdx: number[]
  submittedAt: number
}
export type Published = { appId: string; articleId: string; publishId: string; articles: (NewsItem & { is_deleted: boolean; url: string })[]; updateTime: number }
export type CallbackAttempt = { appId: string; publishId: string; url: string; mode: string; attempt: number; ok: boolean; status?: number; error?: string; at: number }

const id = (bytes = 12) => randomBytes(bytes).toString('base64url')

export class SandboxState {
  clockOffsetMs = 0
  readonly apps = new Map<string, SandboxApp>()
  readonly tokens = new Map<string, Token>()
  /** The current stable token of each app, and its force-refresh bookkeeping. */
  readonly stable = new Map<string, { token: Token; lastForceAt: number; forcesToday: { day: string; count: number } }>()
  readonly materials = new Map<string, Material>()
  readonly bodyImages = new Map<string, BodyImage>()
  readonly drafts = new Map<string, Draft>()
  readonly jobs = new Map<string, Job>()
  readonly published = new Map<string, Published>()
  readonly callbacks: CallbackAttempt[] = []
  readonly quotaUsed = new Map<string, number>()
  readonly requests = new Map<string, number>()
  readonly faultsInjected: { path: string; kind: string; at: number }[] = []
  /** Scripted outcomes of the next publish jobs (publish_status and fail_idx), oldest first. */
  readonly nextPublishOutcomes: { status: number; failIdx?: number[] }[] = []
  private publishSeq = 0

  constructor(readonly options: ResolvedOptions) {
    for (const app of options.apps) this.apps.set(app.appId, app)
  }

  now() {
    return Date.now() + this.clockOffsetMs
  }

  /** The quota day: WeChat resets at midnight Beijing time. */
  day() {
    return new Date(this.now() + 8 * 3600_000).toISOString().slice(0, 10)
  }

  mintToken(appId: string): Token {
    // Real tokens are long opaque strings (reserve 512 chars); ours are 96 url-safe characters.
    const token: Token = { appId, value: `${id(72)}`, expiresAt: this.now() + this.options.tokenTtlSeconds * 1000, revoked: false }
    this.tokens.set(token.value, token)
    return token
  }

  /** Someone else force-refreshed (another system, the console): the current token dies at once. */
  invalidateToken(appId: string) {
    const current = this.stable.get(appId)
    if (!current) return
    current.token.revoked = true
    current.token = this.mintToken(appId)
  }

  /** Ages the current token so that it has expired (42001 on use). */
  expireToken(appId: string) {
    const current = this.stable.get(appId)
    if (current) current.token.expiresAt = this.now() - 1
  }

  newPublishId() {
    this.publishSeq += 1
    return `${2_247_483_000 + this.publishSeq}`
  }

  newMediaId() {
    return id(24)
  }

  newArticleId() {
    return `${id(6)}_${id(18)}`
  }

  /** Articles published (not counting deletions) per (app, title, content): more than one is a duplicate post. */
  duplicates(): { appId: string; title: string; count: number }[] {
    const seen = new Map<string, { appId: string; title: string; count: number }>()
    for (const post of this.published.values()) {
      for (const article of post.articles) {
        const key = `${post.appId}\u0000${createHash('sha1').update(`${article.title}\u0000${article.content}`).digest('hex')}`
        const entry = seen.get(key) ?? { appId: post.appId, title: article.title, count: 0 }
        entry.count += 1
        seen.set(key, entry)
      }
    }
    return [...seen.values()].filter((entry) => entry.count > 1)
  }

  publishedArticleCount() {
    let count = 0
    for (const post of this.published.values()) count += post.articles.length
    return count
  }

  exportState() {
    return {
      now: this.now(),
      apps: [...this.apps.values()].map(({ appId, name, certified, callbackUrl, callbackMode }) => ({ appId, name, certified, callbackUrl, callbackMode })),
      materials: [...this.materials.values()].map(({ data: _data, ...rest }) => rest),
      bodyImages: [...this.bodyImages.values()].map(({ data: _data, ...rest }) => rest),
      drafts: [...this.drafts.values()],
      jobs: [...this.jobs.values()].map(({ articles, ...job }) => ({ ...job, titles: articles.map((a) => a.title) })),
      published: [...this.published.values()],
      publishedArticles: this.publishedArticleCount(),
      duplicates: this.duplicates(),
      callbacks: this.callbacks,
      requests: Object.fromEntries(this.requests),
      faultsInjected: this.faultsInjected.length,
    }
  }

  reset() {
    for (const map of [this.tokens, this.stable, this.materials, this.bodyImages, this.drafts, this.jobs, this.published, this.quotaUsed, this.requests] as Map<unknown, unknown>[]) map.clear()
    this.callbacks.length = 0
    this.faultsInjected.length = 0
    this.nextPublishOutcomes.length = 0
    this.clockOffsetMs = 0
  }
}
