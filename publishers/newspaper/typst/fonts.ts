import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

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

export function fontBlobs(): Buffer[] {
  const require = createRequire(import.meta.url)
  return FONT_FILES.map((file) => readFileSync(require.resolve(file)))
}
