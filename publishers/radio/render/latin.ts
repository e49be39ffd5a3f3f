/**
 * Latin letters in Chinese copy. Capitalised abbreviations are spelled letter by letter (AI → A I, CCTV →
 * C C T V): the spaces make the announcer and the syllable count treat each letter as a syllable. A few
 * are said as words and stay whole; ordinary words (iPhone, Python) are left for the announcer to read.
 */
export const SAID_AS_WORDS = new Set(['NASA', 'UNESCO', 'APEC', 'OPEC', 'COVID', 'NATO', 'ASEAN', 'FIFA'])

export function spellAbbreviations(text: string): string {
  return text.replace(/(?<![A-Za-z])[A-Z]{2,8}(?![A-Za-z])/g, (word) => (SAID_AS_WORDS.has(word) ? word : [...word].join(' ')))
}

/** Syllables of Latin text: one per spelled letter, else about one per vowel group of a word. */
export function latinSyllables(word: string): number {
  if (/^[A-Z]$/.test(word) || /^[A-Z]{2,8}$/.test(word)) return word.length
  return Math.max(1, (word.toLowerCase().match(/[aeiouy]+/g) ?? []).length)
}
