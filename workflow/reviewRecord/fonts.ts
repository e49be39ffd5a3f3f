import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Noto Sans SC (OFL) from the @expo-google-fonts/noto-sans-sc npm package: static TrueType files, whose
 * glyf outlines fontkit subsets reliably (CFF-based OTF CJK fonts are where PDF subsetters still stumble).
 * Only the glyphs a record uses are embedded, so a 10 MB font gives a PDF of a few dozen kilobytes.
 */
const PACKAGE = '@expo-google-fonts/noto-sans-sc'
const FILES = { regular: '400Regular/NotoSansSC_400Regular.ttf', bold: '700Bold/NotoSansSC_700Bold.ttf' } as const

export type FontWeight = keyof typeof FILES

/**
 * The project root's node_modules first (the server and the worker run from there), then the node_modules
 * of the folders above this module (tests, scripts run from elsewhere). Plain paths, no require.resolve:
 * Turbopack turns a computed require.resolve into a bundle of the whole font package, which fails `next build`.
 */
function fontPath(file: string): string {
  const tried: string[] = []
  const starts = [process.cwd(), path.dirname(fileURLToPath(import.meta.url))]
  for (const start of starts) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'node_modules', PACKAGE, file)
      if (existsSync(candidate)) return candidate
      tried.push(candidate)
      if (path.dirname(dir) === dir) break
    }
  }
  throw new Error(`找不到字体文件 ${PACKAGE}/${file}（已查找：${tried.slice(0, 3).join('、')} 等）`)
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
