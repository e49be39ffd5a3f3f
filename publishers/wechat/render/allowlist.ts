/**
 * What a WeChat article body may contain. Tencent publishes no whitelist (channels-api.md §1.7): these are the
 * tags the formatters that work (doocs/md, mdnice) use, the attributes they need, and the CSS properties that
 * survive. Everything else is dropped by the sanitiser; the renderer never emits it in the first place.
 */
export const ALLOWED_TAGS = new Set([
  'section', 'p', 'span', 'strong', 'em', 'u', 's', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li',
  'img', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'figure', 'figcaption', 'a', 'sup', 'sub', 'hr', 'pre', 'code',
])

/** Tags with a safe equivalent WeChat keeps. */
export const RENAMED_TAGS: Record<string, string> = { b: 'strong', i: 'em', mark: 'span', div: 'section', del: 's', strike: 's', ins: 'u', aside: 'section' }

/** Removed with everything inside: active content, forms, embedded documents, media WeChat cannot play. */
export const DROPPED_TAGS = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'select', 'option',
  'textarea', 'video', 'audio', 'source', 'track', 'canvas', 'svg', 'math', 'template', 'noscript', 'link', 'meta', 'base',
  'title', 'head', 'xmp', 'plaintext', 'noembed', 'noframes', 'param', 'portal', 'dialog', 'picture', 'map', 'area',
])

/** Attributes besides `style` (allowed everywhere, filtered by property), per tag. */
export const ALLOWED_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  img: ['src', 'alt'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
  ol: ['start'],
}

/** CSS properties that render in WeChat's article view (no position, transform, animation, float tricks). */
export const ALLOWED_STYLE_PROPERTIES = new Set([
  'color', 'background-color', 'font-size', 'font-weight', 'font-style', 'font-family', 'text-align', 'text-indent',
  'text-decoration', 'line-height', 'letter-spacing', 'word-break', 'overflow-wrap', 'margin', 'margin-top', 'margin-right',
  'margin-bottom', 'margin-left', 'padding', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'border',
  'border-top', 'border-right', 'border-bottom', 'border-left', 'border-radius', 'border-collapse', 'width', 'max-width',
  'height', 'display', 'vertical-align', 'list-style-type', 'overflow-x', 'box-sizing',
])

/** A value with any of these could fetch, run or escape: url(), expression(), script schemes, var(), escapes. */
export const UNSAFE_STYLE_VALUE = /url\s*\(|image-set|expression|javascript|vbscript|data\s*:|var\s*\(|attr\s*\(|@import|behavior|binding|\\|[<>{}"'`;]/i

export const ALLOWED_DISPLAY = new Set(['block', 'inline', 'inline-block', 'table', 'none'])
