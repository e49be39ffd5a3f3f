/**
 * A Typst string literal for text that has to appear in generated source (ids, labels). Story text never
 * does — it travels in the JSON data file — but whatever is interpolated goes through here, so a `"`, `\`,
 * `#`, `$`, `[` or a newline can never end the literal or start markup.
 */
export function typstString(value: string): string {
  let out = '"'
  for (const ch of value) {
    const code = ch.codePointAt(0)!
    if (ch === '\\') out += '\\\\'
    else if (ch === '"') out += '\\"'
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (code < 0x20 || code === 0x7f || (code >= 0x2028 && code <= 0x2029)) out += `\\u{${code.toString(16)}}`
    else out += ch
  }
  return `${out}"`
}

/** A number as Typst source (finite, fixed precision): geometry is the only other thing we interpolate. */
export const typstNumber = (value: number) => {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`)
  return Number(value.toFixed(3)).toString()
}
