import { latinSyllables } from './latin'

/** A student announcer's comfortable pace; CNR news runs at 250–270 (see the design notes). */
export const DEFAULT_RATE = 220

/**
 * Syllables in spoken-form text: one per hanzi (〇 included), per spelled letter, per remaining digit, and
 * about one per vowel group of a Latin word. Punctuation and spaces are silent.
 */
export function countSyllables(text: string): number {
  let count = (text.match(/[\u3400-\u9fff〇\u{20000}-\u{2ffff}]/gu) ?? []).length
  for (const word of text.match(/[A-Za-z]+/g) ?? []) count += latinSyllables(word)
  count += (text.match(/\d/g) ?? []).length
  return count
}

/** Seconds to read `syllables` at `rate` syllables per minute, rounded to a tenth. */
export const readSeconds = (syllables: number, rate = DEFAULT_RATE) => Math.round((syllables / (rate > 0 ? rate : DEFAULT_RATE)) * 600) / 10
