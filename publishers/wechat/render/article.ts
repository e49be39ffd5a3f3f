import { lexicalToHtml } from '../../website/render/lexicalToHtml'
import type { Account, Snapshot } from '../../core/contract'
import type { WechatArticle } from './artifact'
import { RenderCollector } from './collector'
import { wechatConverters } from './converters'
import { wechatCover } from './cover'
import { commentFlags, overridesOf, sourceUrl, wechatAuthorOf, wechatDigest, wechatTitle } from './fields'
import { columnFooter, columnHeader, creditsFooter, footnoteList } from './frame'
import { inlineAndSanitise } from './inline'
import { DEFAULT_THEME, isThemeId, themeCss, type WechatThemeId } from './themes'

export type RenderWechatOptions = {
  /** Theme id; default: the item's 微信设置, then the account's `settings.wechatTheme`, then 默认. */
  theme?: WechatThemeId
  /** Absolute website URL for 阅读原文 and site links when the account sets none (`settings.siteUrl` wins). */
  siteUrl?: string
  /** Keep external <a> links (accounts with the capability); default: the account's `settings.externalLinks`. */
  allowExternalLinks?: boolean
}

export type RenderedArticle = { article: WechatArticle; collector: RenderCollector; theme: WechatThemeId }

const setting = (account: Account, name: string) => account.settings?.[name]

/** The theme an article renders in: explicit option, the item's choice, the account's default, 默认. */
export function themeOf(snapshot: Snapshot, account: Account, options: RenderWechatOptions = {}): WechatThemeId {
  for (const candidate of [options.theme, overridesOf(snapshot).theme, setting(account, 'wechatTheme')]) if (isThemeId(candidate)) return candidate
  return DEFAULT_THEME
}

/** The article before inlining: the themed HTML with classes, the theme's CSS and what the walk gathered. */
export type ComposedArticle = { html: string; css: string; theme: WechatThemeId; collector: RenderCollector; siteUrl: string; allowExternalLinks: boolean }

/** Column header, body, 参考链接, credits, column footer, in the theme's root section (classes, not yet inline). */
export function composeArticle(snapshot: Snapshot, account: Account, options: RenderWechatOptions = {}): ComposedArticle {
  const siteUrl = String(setting(account, 'siteUrl') || options.siteUrl || '').replace(/\/+$/, '')
  const allowExternalLinks = options.allowExternalLinks ?? setting(account, 'externalLinks') === true
  const theme = themeOf(snapshot, account, options)
  const collector = new RenderCollector()
  const body = lexicalToHtml(snapshot.body, { converters: wechatConverters(collector, { siteUrl, allowExternalLinks }) })
  if (snapshot.collection === 'videos') collector.warn('视频稿件在微信中只发布简介和封面，视频请读者点击“阅读原文”观看')
  const html = `<section class="rm">${columnHeader(snapshot)}${body}${footnoteList(collector.footnotes)}${creditsFooter(snapshot)}${columnFooter(snapshot)}</section>`
  return { html, css: themeCss(theme), theme, collector, siteUrl, allowExternalLinks }
}

/**
 * One item as one WeChat article: the composed HTML inlined and sanitised, with the draft/add fields. Pure: no
 * Payload, no I/O, the same bytes for the same input.
 */
export function renderArticle(snapshot: Snapshot, account: Account, options: RenderWechatOptions = {}): RenderedArticle {
  const { html, css, theme, collector, siteUrl, allowExternalLinks } = composeArticle(snapshot, account, options)
  const content = inlineAndSanitise(html, css, { allowExternalLinks })
  if (/[™®©]/.test(wechatTitle(snapshot))) collector.warn('微信标题含有 ™ ® © 等符号，微信可能以“标题过长”（45003）拒绝，建议删去')
  const article: WechatArticle = {
    title: wechatTitle(snapshot),
    author: wechatAuthorOf(snapshot),
    digest: wechatDigest(snapshot),
    content,
    contentSourceUrl: sourceUrl(snapshot, siteUrl),
    // The demo accounts say `commentsOpen: true`; `wechatComments` (closed/open/fans) is the full form.
    ...commentFlags(snapshot, setting(account, 'wechatComments') ?? (setting(account, 'commentsOpen') === true ? 'open' : undefined)),
    cover: wechatCover(snapshot, collector),
  }
  return { article, collector, theme }
}
