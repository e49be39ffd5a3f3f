import { parseFragment } from 'parse5'

/** One element of the parsed output: tag name and attributes (names lower-cased by the HTML parser). */
export type ParsedElement = { tag: string; attrs: Record<string, string> }

type P5Node = { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: P5Node[]; content?: P5Node }

/**
 * Every element of `html` as a browser's HTML parser sees it (parse5, the WHATWG algorithm — a different
 * parser from the htmlparser2 the renderer uses, so a quirk of one cannot hide an injection from the other).
 */
export function elements(html: string): ParsedElement[] {
  const out: ParsedElement[] = []
  const walk = (node: P5Node) => {
    if (node.tagName) out.push({ tag: node.tagName, attrs: Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value])) })
    for (const child of node.childNodes ?? []) walk(child)
    if (node.content) walk(node.content)
  }
  walk(parseFragment(html) as unknown as P5Node)
  return out
}

/** Tags WeChat keeps (channels-api.md §1.7), the test's own list: the renderer's allowlist must stay inside it. */
export const WECHAT_TAGS = new Set([
  'section', 'p', 'span', 'strong', 'em', 'u', 's', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'img',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'figure', 'figcaption', 'a', 'sup', 'sub', 'hr', 'pre', 'code',
])
const ATTRIBUTES: Record<string, Set<string>> = {
  a: new Set(['href', 'style']),
  img: new Set(['src', 'alt', 'style']),
  td: new Set(['colspan', 'rowspan', 'style']),
  th: new Set(['colspan', 'rowspan', 'style']),
  ol: new Set(['start', 'style']),
}
const STYLE_ONLY = new Set(['style'])
/** Written out here rather than imported from the renderer's allowlist, so a loosened allowlist fails the tests. */
export const STYLE_PROPERTIES = new Set([
  'color', 'background-color', 'font-size', 'font-weight', 'font-style', 'font-family', 'text-align', 'text-indent',
  'text-decoration', 'line-height', 'letter-spacing', 'word-break', 'overflow-wrap', 'margin', 'margin-top', 'margin-right',
  'margin-bottom', 'margin-left', 'padding', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'border',
  'border-top', 'border-right', 'border-bottom', 'border-left', 'border-radius', 'border-collapse', 'width', 'max-width',
  'height', 'display', 'vertical-align', 'list-style-type', 'overflow-x', 'box-sizing',
])

export const declarations = (style: string) =>
  style
    .split(';')
    .filter((part) => part.trim())
    .map((part) => {
      const colon = part.indexOf(':')
      return { property: part.slice(0, colon).trim().toLowerCase(), value: part.slice(colon + 1).trim() }
    })

/**
 * Problems that make `html` unsafe or not WeChat-safe; empty when fine. Links: only mp.weixin.qq.com (or any
 * http(s) when the account may link out); images: only upload placeholders; styles: allowed properties with
 * values that cannot fetch or run anything.
 */
export function wechatHtmlProblems(html: string, { externalLinks = false } = {}): string[] {
  const problems: string[] = []
  if (/<!--|<\?|<!\[CDATA/i.test(html)) problems.push('comment or processing instruction')
  for (const { tag, attrs } of elements(html)) {
    if (!WECHAT_TAGS.has(tag)) problems.push(`tag <${tag}>`)
    const allowed = ATTRIBUTES[tag] ?? STYLE_ONLY
    for (const [name, value] of Object.entries(attrs)) {
      if (!allowed.has(name)) problems.push(`<${tag} ${name}="${value}">`)
      if (name === 'href') {
        const ok = externalLinks ? /^https?:\/\/[^\s"'<>`]+$/i.test(value) : /^https?:\/\/mp\.weixin\.qq\.com\/[^\s"'<>`]*$/i.test(value)
        if (!ok) problems.push(`href="${value}"`)
      }
      if (name === 'src' && !/^rongmei-media:[A-Za-z0-9_-]+$/.test(value)) problems.push(`src="${value}"`)
      if (name === 'style') {
        for (const { property, value: v } of declarations(value)) {
          if (!STYLE_PROPERTIES.has(property)) problems.push(`style property ${property}`)
          if (/url\s*\(|expression|javascript|vbscript|data:|var\(|\\|@import|behavior|binding/i.test(v)) problems.push(`style value ${property}:${v}`)
        }
      }
    }
  }
  return problems
}
