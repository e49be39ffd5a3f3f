import { expect } from 'vitest'

/** Every tag and attribute the website renderer may emit. Anything else in the output is an injection. */
const TAGS = new Set([
  'p', 'br', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'hr', 'pre', 'code', 'ul', 'ol', 'li', 'a', 'strong', 'em', 's', 'u',
  'sub', 'sup', 'mark', 'figure', 'img', 'figcaption', 'span', 'video', 'audio', 'aside', 'div', 'table', 'tbody', 'tr', 'td', 'th',
])
const ATTRIBUTES = new Set([
  'href', 'src', 'alt', 'class', 'target', 'rel', 'start', 'width', 'height', 'loading', 'decoding', 'role', 'aria-checked',
  'colspan', 'rowspan', 'controls', 'preload',
])
const SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])

const decode = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(parseInt(d, 10)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/**
 * Asserts that renderer output can run nothing: only known tags and attributes, attribute values without raw
 * quotes or angle brackets, and every href/src (after decoding entities and dropping whitespace and controls)
 * either relative or one of the allowed schemes.
 */
export function expectInert(html: string, context = '') {
  expect(html, context).not.toMatch(/<script/i)
  for (const tag of html.matchAll(/<(\/?)([^\s>/]+)([^>]*)>/g)) {
    const [, closing, name, rest] = tag
    expect(TAGS.has(name), `${context}: tag <${name}> in ${html}`).toBe(true)
    if (closing) continue
    const attrs = rest.replace(/\s([a-z-]+)(="[^"<>`]*")?/g, (_, attr: string, value: string | undefined) => {
      expect(ATTRIBUTES.has(attr), `${context}: attribute ${attr} in ${html}`).toBe(true)
      if ((attr === 'href' || attr === 'src') && value) {
        const url = decode(value.slice(2, -1)).replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g, '').toLowerCase()
        const scheme = /^([^/?#]*?):/.exec(url)
        if (scheme) expect(SCHEMES.has(scheme[1]), `${context}: ${attr}=${value}`).toBe(true)
      }
      return ''
    })
    // Nothing may be left over: a stray quote or unparsed text inside a tag would be an attribute injection.
    expect(attrs.trim(), `${context}: unparsed tag content in ${tag[0]}`).toBe('')
  }
}
