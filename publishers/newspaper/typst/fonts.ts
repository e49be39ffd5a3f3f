import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The faces the newspaper uses, from npm (no apt step): Noto Serif SC Regular (body) and Black (masthead,
 * front-page banner), Noto Sans SC Regular (decks, cutlines, folios) and Bold (headlines). Only these four
 * weights are loaded; each is embedded in the PDF as a subset.
 */
export const FONT_FILES = [
  '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  '@expo-google-fonts/noto-serif-sc/900Black/NotoSerifSC_900Black.ttf',
  '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
] as const

export const FONT_FAMILIES = { serif: 'Noto Serif SC', sans: 'Noto Sans SC' } as const

/**
 * A file inside node_modules: the project root's first (server, worker), then above this module (tests,
 * scripts). Plain paths rather than require.resolve, which Turbopack would turn into bundling the fonts.
 */
export function fontPath(file: string): string {
  for (const start of [process.cwd(), path.dirname(fileURLToPath(import.meta.url))]) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'node_modules', file)
      if (existsSync(candidate)) return candidate
      if (path.dirname(dir) === dir) break
    }
  }
  throw new Error(`找不到校报字体文件 ${file}（请确认已安装 npm 依赖）`)
}

export const fontBlobs = (): Buffer[] => FONT_FILES.map((file) => readFileSync(fontPath(file)))
