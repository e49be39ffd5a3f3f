import { pinyin, polyphonic } from 'pinyin-pro'

import { isCommonHanzi } from './gb2312'
import { surnamePositions, WORD_READINGS } from './pinyinOverrides'

export type HintReason = 'polyphone' | 'rare' | 'override'

/** A reading the announcer should see: `index` is the character's offset (UTF-16) in the line. */
export type PinyinHint = { index: number; char: string; pinyin: string; reason: HintReason }

/** Particles every announcer reads right; marking them would bury the hints that matter. */
const OBVIOUS: Record<string, string[]> = { 幺: ['yāo'], 了: ['le'], 的: ['de'], 地: ['de'], 得: ['de'], 着: ['zhe'], 么: ['me'], 个: ['gè'], 一: ['yí', 'yì'], 不: ['bú'] }

const HANZI = /^[\u3400-\u9fff\u{20000}-\u{2ffff}]$/u
const isolatedCache = new Map<string, { reading: string; many: boolean }>()

function isolated(char: string) {
  let found = isolatedCache.get(char)
  if (!found) {
    found = { reading: pinyin(char), many: (polyphonic(char, { type: 'array' })[0] ?? []).length > 1 }
    isolatedCache.set(char, found)
  }
  return found
}

/**
 * The readings worth marking in one line of script: polyphones whose reading here differs from the character
 * on its own (银行 háng, 还钱 huán), rare characters (outside GB2312 level 1) with their reading, and the
 * project's overrides (pinyinOverrides) over pinyin-pro's guess. About 2% of characters; the announcer confirms.
 */
export function pinyinHints(line: string): PinyinHint[] {
  const chars = [...line]
  const readings = pinyin(line, { type: 'array' })
  // pinyin-pro gives one entry per character here; if it ever merges, fall back to per-character readings.
  const inContext = readings.length === chars.length ? readings : chars.map((char) => pinyin(char))
  const overridden = new Map<number, string>()
  const offsets: number[] = []
  let offset = 0
  for (const char of chars) {
    offsets.push(offset)
    offset += char.length
  }
  const charAt = new Map(offsets.map((o, i) => [o, i]))
  for (const [word, wordReadings] of Object.entries(WORD_READINGS)) {
    for (let at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1)) {
      wordReadings.forEach((reading, k) => overridden.set(charAt.get(at)! + k, reading))
    }
  }
  for (const [at, reading] of surnamePositions(line)) overridden.set(charAt.get(at)!, reading)

  const hints: PinyinHint[] = []
  chars.forEach((char, i) => {
    if (!HANZI.test(char)) return
    const alone = isolated(char)
    const reading = overridden.get(i) ?? inContext[i]
    if (!isCommonHanzi(char)) hints.push({ index: offsets[i], char, pinyin: reading, reason: 'rare' })
    else if (alone.many && reading !== alone.reading && !OBVIOUS[char]?.includes(reading)) {
      hints.push({ index: offsets[i], char, pinyin: reading, reason: overridden.has(i) ? 'override' : 'polyphone' })
    }
  })
  return hints
}
