import { sanitizeUrl } from '../../website/render/sanitizeUrl'
import { ALLOWED_ATTRIBUTES, ALLOWED_DISPLAY, ALLOWED_STYLE_PROPERTIES, ALLOWED_TAGS, DROPPED_TAGS, RENAMED_TAGS, UNSAFE_STYLE_VALUE } from './allowlist'
import { PLACEHOLDER_PATTERN } from './placeholders'

/** The parts of a domhandler node the sanitiser reads and rewrites (cheerio's tree, after juice). */
export type DomNode = {
  type: string
  name?: string
  attribs?: Record<string, string>
  children?: DomNode[]
  parent?: DomNode | null
  prev?: DomNode | null
  next?: DomNode | null
  data?: string
}

export type SanitizePolicy = {
  /** Keep <a href> to any http(s) URL; otherwise only links to articles on mp.weixin.qq.com survive. */
  allowExternalLinks: boolean
}

const WECHAT_ARTICLE = /^https:\/\/mp\.weixin\.qq\.com\//i

/**
 * Rewrites the tree in place to what WeChat keeps: allowed tags only (renamed, unwrapped or dropped with their
 * content), no class/id/on*, allowed attributes with checked values, `style` filtered to safe properties and
 * written compactly (the 20,000-character limit counts the markup). Comments and processing instructions go.
 */
export function sanitizeTree(root: DomNode, policy: SanitizePolicy): void {
  root.children = cleanChildren(root, policy, 0)
}

function cleanChildren(parent: DomNode, policy: SanitizePolicy, depth: number): DomNode[] {
  const out: DomNode[] = []
  for (const child of parent.children ?? []) {
    if (child.type === 'text') out.push(child)
    else if (child.type === 'tag' || child.type === 'script' || child.type === 'style') out.push(...cleanElement(child, policy, depth))
    // comment, directive, cdata: nothing WeChat needs.
  }
  out.forEach((node, i) => {
    node.parent = parent
    node.prev = out[i - 1] ?? null
    node.next = out[i + 1] ?? null
  })
  return out
}

function cleanElement(element: DomNode, policy: SanitizePolicy, depth: number): DomNode[] {
  const original = (element.name ?? '').toLowerCase()
  if (DROPPED_TAGS.has(original) || depth > 64) return []
  const name = RENAMED_TAGS[original] ?? original
  element.children = cleanChildren(element, policy, depth + 1)
  if (!ALLOWED_TAGS.has(name)) return element.children
  element.type = 'tag'
  element.name = name
  const attribs = element.attribs ?? {}
  const kept: Record<string, string> = {}
  for (const attr of ALLOWED_ATTRIBUTES[name] ?? []) {
    const value = attribs[attr]
    if (value != null && validAttribute(name, attr, value, policy)) kept[attr] = attr === 'alt' ? fullWidthBrackets(value) : value
  }
  if (name === 'img' && !kept.src) return []
  if (name === 'a' && !kept.href) return element.children
  const style = attribs.style ? cleanStyle(attribs.style) : ''
  if (style) kept.style = style
  element.attribs = kept
  return [element]
}

/**
 * The serialiser escapes only & and " inside attribute values; a browser is fine with a raw < there, but a
 * naive filter on WeChat's side might not be, so alt text gets full-width brackets instead.
 */
const fullWidthBrackets = (value: string) => value.replace(/</g, '＜').replace(/>/g, '＞')

function validAttribute(tag: string, attr: string, value: string, policy: SanitizePolicy): boolean {
  switch (attr) {
    case 'href': {
      const url = value.trim()
      if (sanitizeUrl(url) !== url || !/^https?:\/\/[^\s"'<>`]+$/i.test(url)) return false
      return policy.allowExternalLinks || WECHAT_ARTICLE.test(url.replace(/^http:/i, 'https:'))
    }
    case 'src':
      return tag === 'img' && PLACEHOLDER_PATTERN.test(value)
    case 'alt':
      return true
    case 'colspan':
    case 'rowspan':
      return /^[1-9]\d{0,2}$/.test(value)
    case 'start':
      return /^-?\d{1,6}$/.test(value)
    default:
      return false
  }
}

/** "color: #333; font-size: 16px;" → "color:#333;font-size:16px", keeping only allowed, harmless declarations. */
export function cleanStyle(style: string): string {
  const kept: string[] = []
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':')
    if (colon < 0) continue
    const property = declaration.slice(0, colon).trim().toLowerCase()
    const value = declaration.slice(colon + 1).trim().replace(/\s*!important$/i, '')
    if (!value || !ALLOWED_STYLE_PROPERTIES.has(property) || UNSAFE_STYLE_VALUE.test(value) || /[\u0000-\u001f\u007f]/.test(value)) continue
    if (property === 'display' && !ALLOWED_DISPLAY.has(value.toLowerCase())) continue
    kept.push(`${property}:${value}`)
  }
  return kept.join(';')
}
