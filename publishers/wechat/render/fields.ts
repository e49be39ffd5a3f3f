import { lexicalToText } from '../../../workflow/text/lexicalText'
import { wechatAuthor } from '../../../workflow/checks/channelLimits'
import type { Snapshot } from '../../core/contract'

/** The `wechat` group of an article or video (collections/fields/wechat.ts), as the renderer reads it. */
export type WechatOverrides = {
  title?: string | null
  author?: string | null
  digest?: string | null
  cover?: unknown
  theme?: string | null
  comments?: 'closed' | 'open' | 'fans' | null
  sourceUrl?: string | null
}

export const DIGEST_LIMIT = 120

const str = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

export const overridesOf = (snapshot: Snapshot): WechatOverrides =>
  typeof snapshot.wechat === 'object' && snapshot.wechat !== null ? (snapshot.wechat as WechatOverrides) : {}

export const wechatTitle = (snapshot: Snapshot) => str(overridesOf(snapshot).title) || str(snapshot.title)

/** The override, else the 文 credits joined with '、' (the same rule the submission checks count). */
export const wechatAuthorOf = (snapshot: Snapshot) =>
  str(overridesOf(snapshot).author) || wechatAuthor({ credits: snapshot.credits as never })

/**
 * The override, else the summary, else the start of the body text cut at 120 characters (WeChat would take 54
 * characters of the body itself; ours ends cleanly with an ellipsis).
 */
export function wechatDigest(snapshot: Snapshot): string {
  const chosen = str(overridesOf(snapshot).digest) || str(snapshot.summary)
  if (chosen) return chosen
  const text = lexicalToText(snapshot.body).text.replace(/\s+/g, ' ').trim()
  const chars = [...text]
  return chars.length > DIGEST_LIMIT ? `${chars.slice(0, DIGEST_LIMIT - 1).join('')}…` : text
}

/** need_open_comment / only_fans_can_comment from the 留言 choice (closed unless set). */
export function commentFlags(snapshot: Snapshot, accountDefault: unknown): { needOpenComment: 0 | 1; onlyFansCanComment: 0 | 1 } {
  const choice = overridesOf(snapshot).comments || (typeof accountDefault === 'string' ? accountDefault : 'closed')
  return { needOpenComment: choice === 'open' || choice === 'fans' ? 1 : 0, onlyFansCanComment: choice === 'fans' ? 1 : 0 }
}

const PAGES: Record<string, string> = { articles: '/articles/', videos: '/videos/' }

/** 阅读原文: the override, else the item's page on the website (every published item lives there), else none. */
export function sourceUrl(snapshot: Snapshot, siteUrl: string): string {
  const override = str(overridesOf(snapshot).sourceUrl)
  if (override) return override
  const page = PAGES[snapshot.collection]
  return siteUrl && page ? `${siteUrl.replace(/\/+$/, '')}${page}${encodeURIComponent(String(snapshot.id))}` : ''
}
