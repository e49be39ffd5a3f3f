import { lexicalToText } from '../text/lexicalText'
import { checkChannelLimits } from './channelLimits'
import type { FieldText } from './fieldText'
import { checkMedia } from './mediaChecks'
import { getSensitiveWordMatcher } from './sensitiveWords'
import type { CheckInput, CheckReport, Finding } from './types'
import { getTypoMatcher } from './typos'

export type * from './types'
export { CHANNEL_LIMITS, checkChannelLimits, creditName, wechatAuthor, weiboText } from './channelLimits'
export type { ChannelLimitRule, ChannelLimitSpec } from './channelLimits'
export { checkMedia } from './mediaChecks'
export { getSensitiveWordMatcher, SensitiveWordMatcher, sensitiveWordsKey } from './sensitiveWords'
export { BUILT_IN_TYPOS, mergeTypoPairs } from './typoList'
export { getTypoMatcher, TypoMatcher } from './typos'
export { WEIBO_COUNTING, weiboLength } from './weiboLength'
export { FIELD_LABELS } from './types'

/** Order of fields in a report: as they appear on the editing form, channel texts last. */
const FIELD_ORDER = ['kicker', 'title', 'subtitle', 'summary', 'body', 'cover', 'credits']
const fieldRank = (field: string) => {
  const index = FIELD_ORDER.indexOf(field)
  return index >= 0 ? index : FIELD_ORDER.length
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    fieldRank(a.field) - fieldRank(b.field) ||
    a.field.localeCompare(b.field) ||
    (a.start ?? Number.MAX_SAFE_INTEGER) - (b.start ?? Number.MAX_SAFE_INTEGER) ||
    (a.end ?? Number.MAX_SAFE_INTEGER) - (b.end ?? Number.MAX_SAFE_INTEGER) ||
    (a.level === b.level ? 0 : a.level === 'block' ? -1 : 1) ||
    a.id.localeCompare(b.id)
  )
}

/**
 * Every pre-submission check on one item: sensitive words and typos in the text fields and the body, channel
 * limits for the chosen targets, alt text and credits. Pure and synchronous; the report is plain JSON.
 */
export function runChecks(input: CheckInput, options: { now?: Date } = {}): CheckReport {
  const { item } = input
  const body = lexicalToText(item.body)
  const texts: FieldText[] = [
    { field: 'kicker', text: item.kicker ?? '' },
    { field: 'title', text: item.title ?? '' },
    { field: 'subtitle', text: item.subtitle ?? '' },
    { field: 'summary', text: item.summary ?? '' },
    { field: 'body', text: body.text, doc: body },
  ]
  // Channel overrides are texts the public reads too.
  for (const [kind, override] of Object.entries(item.overrides ?? {}))
    for (const [name, value] of Object.entries(override ?? {}))
      if (typeof value === 'string' && value) texts.push({ field: `channel.${kind}.${name}`, text: value })

  const words = getSensitiveWordMatcher(input.words, input.wordsVersion)
  const typos = getTypoMatcher(input.typos)
  const findings: Finding[] = [
    ...texts.flatMap((source) => [...words.scan(source), ...typos.scan(source)]),
    ...checkChannelLimits(item, input.targets),
    ...checkMedia(item, body, input.media),
  ].sort(compareFindings)

  const counts = { block: 0, warn: 0 }
  for (const finding of findings) counts[finding.level]++
  return { ok: counts.block === 0, findings, counts, checkedAt: (options.now ?? new Date()).toISOString() }
}
