import { createHash } from 'node:crypto'

import type { SandboxOptions, SandboxToken } from './options'

/** What the sandbox remembers, in memory: tokens, statuses with their pictures, comments, rate counters. */
export type StoredToken = SandboxToken & { createdAt: number; expiresAt: number; revoked: boolean }

export type StoredPicture = { data: Buffer; contentType: string }

export type StoredStatus = {
  id: bigint
  uid: string
  screenName: string
  /** The text as submitted (what duplicate detection compares). */
  submitted: string
  /** The text as returned (links shortened to t.cn when enabled). */
  text: string
  createdAt: number
  picture: StoredPicture | null
  deletedAt: number | null
}

export type StoredComment = { id: bigint; statusId: bigint; text: string; screenName: string; uid: string; followed: boolean; createdAt: number }

/** Ids above 2^53, as Weibo's are: adjacent ids differ by 1, so a client that rounds through Number mixes them up. */
const FIRST_ID = 4_609_712_345_678_901_234n

export class SandboxStore {
  tokens = new Map<string, StoredToken>()
  statuses: StoredStatus[] = []
  comments: StoredComment[] = []
  links = new Map<string, string>()
  counters = new Map<string, number>()
  requests: Record<string, number> = {}
  private nextId = FIRST_ID
  /** Added to the real clock by the admin endpoint (token expiry without waiting). */
  clockOffsetMs = 0

  constructor(private readonly options: SandboxOptions) {
    for (const token of options.tokens) this.addToken(token)
  }

  now = () => Date.now() + this.clockOffsetMs

  newId = () => this.nextId++

  addToken(token: SandboxToken) {
    const now = this.now()
    const stored: StoredToken = { ...token, createdAt: now, expiresAt: now + token.expiresInSec * 1000, revoked: false }
    this.tokens.set(token.token, stored)
    return stored
  }

  /** Counts one request against `key` in the current window; returns the count including this one. */
  count(key: string, windowMs: number): number {
    const window = Math.floor(this.now() / windowMs)
    const full = `${key}@${window}`
    const value = (this.counters.get(full) ?? 0) + 1
    this.counters.set(full, value)
    return value
  }

  /** A stable t.cn code per long URL, as the shortener gives. */
  shorten(url: string): string {
    const code = createHash('sha256').update(url).digest('base64url').slice(0, 7)
    this.links.set(code, url)
    return `http://t.cn/${code}`
  }

  liveStatusesOf(uid: string) {
    return this.statuses.filter((status) => status.uid === uid && status.deletedAt == null)
  }

  findStatus(idstr: string) {
    if (!/^\d{1,20}$/.test(idstr)) return undefined
    const id = BigInt(idstr)
    return this.statuses.find((status) => status.id === id)
  }
}
