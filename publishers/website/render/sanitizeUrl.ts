/** Schemes a link or image on the public site may use; anything else (javascript:, data:, vbscript:, file:…) becomes '#'. */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])

/** Decodes numeric and the few named character references an attacker uses to hide a scheme (&#106; &colon; …). */
const decodeEntities = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => safeChar(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => safeChar(parseInt(dec, 10)))
    .replace(/&(colon|tab|newline|sol|lpar|rpar|amp);?/gi, (_, name: string) => NAMED[name.toLowerCase()])

const NAMED: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', lpar: '(', rpar: ')', amp: '&' }
const safeChar = (code: number) => (Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '')

/**
 * What a browser would see as the scheme: the URL parser drops tab/CR/LF anywhere and C0 controls and spaces
 * at the ends, and some engines have ignored other controls and zero-width characters inside the scheme.
 */
const normalise = (value: string) =>
  decodeEntities(value)
    .replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g, '')
    .toLowerCase()

/**
 * Returns the URL unchanged when it is http(s), mailto, tel, relative or a fragment, otherwise '#'. The caller
 * still escapes the result for the attribute. Both the raw and the entity-decoded form must pass.
 */
export function sanitizeUrl(url: unknown): string {
  if (typeof url !== 'string') return '#'
  const trimmed = url.trim()
  if (!trimmed) return '#'
  for (const form of [normalise(trimmed), normalise(decodeEntities(trimmed))]) {
    // A colon before any '/', '?' or '#' means a scheme; without one the URL is relative (or a fragment).
    const scheme = /^([^/?#]*?):/.exec(form)
    if (scheme && !ALLOWED_SCHEMES.has(scheme[1])) return '#'
  }
  return trimmed
}
