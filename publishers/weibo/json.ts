/**
 * JSON parsing that keeps 64-bit ids exact. Weibo serialises `id` and `mid` as bare integers above 2^53;
 * `JSON.parse` would round them (4609712345678901234 → 4609712345678901000). Before parsing, every integer
 * literal outside a string with more than 15 digits is quoted, so it arrives as its exact decimal string.
 * Text inside strings (a post may well mention a long number) is left alone.
 */
export function parseJsonKeepingBigInts(text: string): unknown {
  let out = ''
  let i = 0
  let copiedUpTo = 0
  while (i < text.length) {
    const ch = text[i]!
    if (ch === '"') {
      // Skip a string literal, honouring escapes.
      i++
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1
      i++
      continue
    }
    if (ch === '-' || (ch >= '0' && ch <= '9')) {
      let end = i + (ch === '-' ? 1 : 0)
      while (end < text.length && text[end]! >= '0' && text[end]! <= '9') end++
      const isInteger = !/[.eE]/.test(text[end] ?? '')
      const digits = end - i - (ch === '-' ? 1 : 0)
      if (isInteger && digits > 15) {
        out += `${text.slice(copiedUpTo, i)}"${text.slice(i, end)}"`
        copiedUpTo = end
      }
      i = end
      // Skip the rest of a non-integer number (fraction, exponent).
      while (i < text.length && /[0-9.eE+-]/.test(text[i]!)) i++
      continue
    }
    i++
  }
  return JSON.parse(out + text.slice(copiedUpTo))
}

/** Serialises with bigint values written as bare integers (what Weibo does with `id`), for the sandbox. */
export function stringifyWithBigInts(value: unknown): string {
  const marker = '\u0000big:'
  const json = JSON.stringify(value, (_key, entry) => (typeof entry === 'bigint' ? `${marker}${entry}` : entry))
  return json.replace(/"\\u0000big:(-?\d+)"/g, '$1')
}
