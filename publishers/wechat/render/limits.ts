import { checkChannelLimits } from '../../../workflow/checks/channelLimits'
import type { Account, Snapshot } from '../../core/contract'
import type { WechatArticle } from './artifact'
import { coverProblem } from './cover'
import { overridesOf } from './fields'

/** draft/add: content under 20,000 characters and under 1 MB (channels-api.md §1.2); 阅读原文 ≤ 1 KB (41039). */
export const CONTENT_MAX_CHARS = 20_000
export const CONTENT_MAX_BYTES = 1024 * 1024
export const SOURCE_URL_MAX_BYTES = 1024
/** The legacy 图文 limit and the MP editor's: a post carries 1–8 articles. */
export const MAX_BUNDLE_ARTICLES = 8

const n = (value: number) => value.toLocaleString('en-US')

/**
 * Title, digest and author against the limits the submission checks also apply (workflow/checks: 32 / 120 / 8),
 * so what passed 三审 passes here, with the same Chinese messages naming the field.
 */
export function fieldProblems(snapshot: Snapshot, account: Account): string[] {
  const overrides = overridesOf(snapshot)
  const item = {
    title: snapshot.title as string | null,
    summary: snapshot.summary as string | null,
    credits: snapshot.credits as never,
    overrides: { wechat: { title: overrides.title, digest: overrides.digest, author: overrides.author } },
  }
  return checkChannelLimits(item, [{ kind: 'wechat', name: account.name }]).map((finding) => finding.message)
}

/** Problems of the rendered article that WeChat would refuse (45002, 41039, a missing cover). */
export function articleProblems(snapshot: Snapshot, article: WechatArticle): string[] {
  const problems: string[] = []
  if (!article.title) problems.push('微信标题（title）不能为空')
  const chars = article.content.length
  const bytes = Buffer.byteLength(article.content, 'utf8')
  if (chars >= CONTENT_MAX_CHARS) {
    problems.push(`微信正文（content）排版后共 ${n(chars)} 字符（含样式代码），须少于 ${n(CONTENT_MAX_CHARS)} 字符；请精简正文或拆分为多篇`)
  }
  if (bytes >= CONTENT_MAX_BYTES) problems.push(`微信正文（content）排版后为 ${n(bytes)} 字节，须小于 1 MB`)
  const url = article.contentSourceUrl
  if (url && (!/^https?:\/\/[^\s]+$/i.test(url) || Buffer.byteLength(url, 'utf8') > SOURCE_URL_MAX_BYTES)) {
    problems.push(`微信阅读原文链接（content_source_url）须为 http(s) 地址且不超过 1 KB：${url.slice(0, 80)}`)
  }
  const cover = coverProblem(snapshot)
  if (cover) problems.push(cover)
  else if (!article.cover) problems.push('微信封面（thumb_media_id）：缺少封面图片；请设置封面，或在“微信设置”中选择封面')
  return problems
}
