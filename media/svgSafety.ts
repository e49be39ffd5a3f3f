import { XMLParser, XMLValidator } from 'fast-xml-parser'

/**
 * Finds what makes an SVG unsafe to serve from our own origin: script, event handlers, javascript:
 * URLs, foreignObject (arbitrary HTML), and references to anything outside the file (which can
 * leak readers' requests or pull in other content). Parsed as XML, so attribute spelling, entity
 * encoding and namespaces do not hide anything; returns a Chinese reason, or null when safe.
 */
export type SvgVerdict = { ok: true } | { ok: false; reason: 'invalid' | 'notSvg' | 'hazard'; detail: string }

type XmlNode = { [key: string]: XmlNode[] | string | Record<string, string> | undefined; ':@'?: Record<string, string> }

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  allowBooleanAttributes: true,
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  // Entities stay as written (no expansion, no DOCTYPE tricks); we decode character references ourselves.
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: false,
  ignorePiTags: false,
  cdataPropName: '#cdata',
})

/** Elements that run code or embed other documents. */
const BLOCKED_ELEMENTS: Record<string, string> = {
  script: '脚本（<script>）',
  foreignobject: 'foreignObject 元素（可嵌入任意 HTML）',
  iframe: '嵌入的外部页面（<iframe>）',
  embed: '嵌入的外部内容（<embed>）',
  object: '嵌入的外部内容（<object>）',
}

/** Attributes holding a URL; only same-document fragments (#id) and embedded raster images are allowed. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'data', 'action', 'formaction', 'base'])
const EMBEDDED_RASTER = /^data:image\/(png|jpe?g|gif|webp);/

const localName = (name: string) => name.slice(name.lastIndexOf(':') + 1).toLowerCase()

/** Character references decoded, then whitespace and control characters removed, lower-cased. */
function normalise(value: string): string {
  const decoded = value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Math.min(parseInt(dec, 10), 0x10ffff)))
    .replace(/&colon;/gi, ':')
    .replace(/&(tab|newline);/gi, '')
  return decoded.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase()
}

/** A hazard in a URL-ish or CSS value, if any. */
function valueHazard(raw: string): string | null {
  const value = normalise(raw)
  if (value.includes('javascript:') || value.includes('vbscript:')) return `javascript: 链接（${raw.trim().slice(0, 60)}）`
  if (value.includes('data:text/html') || value.includes('data:image/svg+xml')) return `嵌入的可执行文档（${raw.trim().slice(0, 60)}）`
  if (value.includes('@import')) return `外部样式引用（@import）`
  if (value.includes('expression(')) return '样式中的脚本表达式（expression）'
  for (const match of value.matchAll(/url\(['"]?([^'")]*)/g)) {
    const target = match[1]
    if (!target.startsWith('#') && !EMBEDDED_RASTER.test(target)) return `外部资源引用（url(${target.slice(0, 60)})）`
  }
  return null
}

function attributeHazard(name: string, raw: string): string | null {
  const local = localName(name)
  if (local.startsWith('on')) return `事件处理属性（${name}）`
  const hazard = valueHazard(raw)
  if (hazard) return hazard
  if (URL_ATTRIBUTES.has(local)) {
    const value = normalise(raw)
    if (value && !value.startsWith('#') && !EMBEDDED_RASTER.test(value)) return `外部资源引用（${name}="${raw.trim().slice(0, 60)}"）`
  }
  return null
}

function nodeHazard(nodes: XmlNode[]): string | null {
  for (const node of nodes) {
    for (const [key, value] of Object.entries(node)) {
      if (key === ':@') continue
      if (key === '#text' || key === '#cdata') continue // text only matters inside <style>, checked below
      if (key.startsWith('?')) {
        // <?xml ...?> is fine; any other processing instruction (xml-stylesheet) loads something.
        if (key !== '?xml') return `外部资源引用（<${key}>）`
        continue
      }
      const local = localName(key)
      if (BLOCKED_ELEMENTS[local]) return BLOCKED_ELEMENTS[local]
      for (const [attribute, attributeValue] of Object.entries(node[':@'] ?? {})) {
        const hazard = attributeHazard(attribute, String(attributeValue))
        if (hazard) return hazard
      }
      const children = Array.isArray(value) ? value : []
      if (local === 'style') {
        const css = children.map((child) => String(child['#text'] ?? '') + textOf(child['#cdata'])).join('')
        const hazard = valueHazard(css)
        if (hazard) return hazard
      }
      const inner = nodeHazard(children)
      if (inner) return inner
    }
  }
  return null
}

const textOf = (cdata: XmlNode[string]) =>
  Array.isArray(cdata) ? cdata.map((part) => String((part as XmlNode)['#text'] ?? '')).join('') : ''

export function inspectSvg(text: string): SvgVerdict {
  // An internal DTD subset can declare entities (external ones read other files): never needed in an SVG.
  if (/<!DOCTYPE[^>[]*\[/i.test(text) || /<!ENTITY/i.test(text)) {
    return { ok: false, reason: 'hazard', detail: '外部实体声明（<!ENTITY>）' }
  }
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true })
  if (valid !== true) return { ok: false, reason: 'invalid', detail: `第 ${valid.err.line} 行：${valid.err.msg}` }
  const nodes = parser.parse(text) as XmlNode[]
  const root = nodes.find((node) => Object.keys(node).some((key) => key !== ':@' && !key.startsWith('?') && !key.startsWith('#')))
  const rootName = root && Object.keys(root).find((key) => key !== ':@')
  if (!rootName || localName(rootName) !== 'svg') return { ok: false, reason: 'notSvg', detail: rootName ?? '' }
  const hazard = nodeHazard(nodes)
  return hazard ? { ok: false, reason: 'hazard', detail: hazard } : { ok: true }
}
