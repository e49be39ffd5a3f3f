import type { ChannelTarget, CheckItem, Credit, Finding } from './types'
import { renderWeibo } from '../../publishers/weibo/render'
import { WEIBO_COUNTING, weiboLength } from './weiboLength'

/**
 * Length limits per channel kind, as data: a new channel adds its own entry to CHANNEL_LIMITS and nothing else
 * changes. Each rule says which text the channel will receive (the per-item override for that channel kind, or
 * the value derived from the item), how to count it and the limit. Over the limit the item cannot be delivered
 * there, so findings are 'block'.
 */
export type ChannelTextContext = {
  item: CheckItem
  /** item.overrides[kind], e.g. { title, digest, author } for WeChat, { text } for Weibo. */
  override: Record<string, string | null | undefined>
}

export type ChannelLimitRule = {
  /** Name of the channel field, used in the finding's field 'channel.<kind>.<field>'. */
  field: string
  /** Chinese name in messages, e.g. '微信标题'. */
  label: string
  limit: number
  /** The text the channel will receive; null or '' when the channel gets none (an empty optional field). */
  text: (context: ChannelTextContext) => string | null | undefined
  /** Length as the channel counts it; default: characters (code points). */
  count?: (text: string) => number
  /** How the count is made, appended to the message when the rule is not plain characters. */
  countingNote?: string
}

export type ChannelLimitSpec = { label: string; rules: ChannelLimitRule[] }

const characters = (text: string) => [...text].length
const nonEmpty = (...values: (string | null | undefined)[]) => values.find((value) => value != null && value.trim() !== '')

/** Display name of a credit: the free-text name, or the linked user's name. */
export const creditName = (credit: Credit): string =>
  (credit.name?.trim() || (typeof credit.user === 'object' && credit.user ? credit.user.name?.trim() : '') || '').trim()

/** The author line WeChat receives when not overridden: the 文 credits joined with '、'. */
export const wechatAuthor = (item: CheckItem): string =>
  (item.credits ?? [])
    .filter((credit) => credit.role === 'text')
    .map(creditName)
    .filter(Boolean)
    .join('、')

/** A stand-in for the article URL, which exists only once published: it counts as one URL either way. */
export const WEIBO_LINK_PLACEHOLDER = 'https://link.invalid'

/**
 * The Weibo post text, exactly as the Weibo renderer composes it (publishers/weibo/render: the override, or
 * 【title】 + the summary cut at a sentence boundary to fit, then the item link), with a stand-in link.
 */
export const weiboText = (item: CheckItem, override?: string | null): string =>
  renderWeibo({ id: 0, collection: 'articles', title: item.title, summary: item.summary, weibo: { text: override } }, { siteUrl: WEIBO_LINK_PLACEHOLDER }).text

export const CHANNEL_LIMITS: Record<string, ChannelLimitSpec> = {
  wechat: {
    label: '微信公众号',
    rules: [
      // draft/add: title ≤ 32 characters (45003 beyond).
      { field: 'title', label: '微信标题', limit: 32, text: ({ item, override }) => nonEmpty(override.title) ?? item.title },
      // digest ≤ 128 officially; tools cap at 120 (45004 reported below 128), so 120.
      { field: 'digest', label: '微信摘要', limit: 120, text: ({ item, override }) => nonEmpty(override.digest) ?? item.summary },
      // author ≤ 16 officially, but 45110 is reported from ~8 Chinese characters: 8 is the safe limit.
      { field: 'author', label: '微信作者', limit: 8, text: ({ item, override }) => nonEmpty(override.author) ?? wechatAuthor(item) },
    ],
  },
  weibo: {
    label: '微博',
    rules: [
      {
        field: 'text',
        label: '微博正文',
        limit: 140,
        text: ({ item, override }) => weiboText(item, override.text),
        count: (text) => weiboLength(text),
        countingNote: `按微博方式计数：汉字 1，英文半角 ½，每个链接 ${WEIBO_COUNTING.urlLength}，含自动附上的稿件链接；摘要会在句末自动截断`,
      },
    ],
  },
}

export function checkChannelLimits(
  item: CheckItem,
  targets: readonly ChannelTarget[],
  limits: Record<string, ChannelLimitSpec> = CHANNEL_LIMITS,
): Finding[] {
  // Accounts of the same kind receive the same texts: one finding per kind, naming every account.
  const byKind = new Map<string, string[]>()
  for (const { kind, name } of targets) byKind.set(kind, [...(byKind.get(kind) ?? []), name])
  const findings: Finding[] = []
  for (const [kind, names] of byKind) {
    const spec = limits[kind]
    if (!spec) continue
    const override = { ...(item.overrides?.[kind] ?? {}) }
    for (const rule of spec.rules) {
      const text = rule.text({ item, override })
      if (!text) continue
      const count = (rule.count ?? characters)(text)
      if (count <= rule.limit) continue
      const note = rule.countingNote ? `（${rule.countingNote}）` : ''
      findings.push({
        id: `channel-limit:${kind}:${rule.field}`,
        kind: 'channel-limit',
        level: 'block',
        field: `channel.${kind}.${rule.field}`,
        channel: { kind, names },
        count,
        limit: rule.limit,
        message: `${rule.label} ${count} 字，超过上限 ${rule.limit} 字${note}（${names.join('、')}）`,
      })
    }
  }
  return findings
}
