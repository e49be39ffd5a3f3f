import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * Noto Sans SC (OFL) from the @expo-google-fonts/noto-sans-sc npm package: static TrueType files, whose
 * glyf outlines fontkit subsets reliably (CFF-based OTF CJK fonts are where PDF subsetters still stumble).
 * Only the glyphs a record uses are embedded, so a 10 MB font gives a PDF of a few dozen kilobytes.
 */
const PACKAGE = '@expo-google-fonts/noto-sans-sc'
const FILES = { regular: '400Regular/NotoSansSC_400Regular.ttf', bold: '700Bold/NotoSansSC_700Bold.ttf' } as const

export type FontWeight = keyof typeof FILES

/**
 * The project root's node_modules first (the server and the worker run from there, and a bundler cannot
 * rewrite this path), then normal module resolution (tests, scripts run from elsewhere).
 */
function fontPath(file: string): string {
  const fromCwd = path.join(process.cwd(), 'node_modules', PACKAGE, file)
  if (existsSync(fromCwd)) return fromCwd
  return createRequire(import.meta.url).resolve(`${PACKAGE}/${file}`)
}

const cache = new Map<FontWeight, Buffer>()

/** The font file's bytes, read once per process (about 10 MB each). */
export function fontBytes(weight: FontWeight): Buffer {
  let bytes = cache.get(weight)
  if (!bytes) {
    bytes = readFileSync(fontPath(FILES[weight]))
    cache.set(weight, bytes)
  }
  return bytes
}
