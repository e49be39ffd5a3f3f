import type { Account, Snapshot } from '../core/contract'
import type { WechatArtifact } from './render/artifact'
import type { RenderWechatOptions } from './render/article'
import { renderWechatBundle, validateWechatBundle } from './render/bundle'

/**
 * The WeChat renderer (pure: no Payload, no I/O). An approved item becomes a draft/add article: WeChat-safe
 * HTML in the chosen theme with inline styles only, external links as numbered 参考链接, body images as
 * `rongmei-media:<id>` placeholders for delivery to swap, the credits and the column's templates, and the
 * cover with its focal-point crops. `validateWechat` lists, in Chinese and naming the field, what WeChat
 * would refuse.
 */
export type { WechatArticle, WechatArtifact } from './render/artifact'
export type { RenderWechatOptions } from './render/article'
export { composeArticle, renderArticle, themeOf } from './render/article'
export { renderWechatBundle, validateWechatBundle } from './render/bundle'
export { CONTENT_MAX_BYTES, CONTENT_MAX_CHARS, MAX_BUNDLE_ARTICLES } from './render/limits'
export { JUICE_OPTIONS } from './render/inline'
export { PLACEHOLDER_SCHEME, placeholderFor, replacePlaceholders } from './render/placeholders'
export { DEFAULT_THEME, WECHAT_THEMES, type WechatThemeId } from './render/themes'

export function renderWechat(snapshot: Snapshot, account: Account, options: RenderWechatOptions = {}): WechatArtifact {
  return renderWechatBundle([snapshot], account, options)
}

export function validateWechat(snapshot: Snapshot, account: Account, options: RenderWechatOptions = {}): string[] {
  return validateWechatBundle([snapshot], account, options)
}
