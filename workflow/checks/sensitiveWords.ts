import type { FieldText } from './fieldText'
import { placeLabel, positionOf } from './fieldText'
import { codePointOffsets, contentKey, foldForMatching, MatcherCache, PatternMatcher } from './matcher'
import type { Finding, SensitiveWord } from './types'

type Entry = { word: string; level: SensitiveWord['level']; category: string }

/**
 * The sensitive-word list compiled into one Aho–Corasick automaton. Build it once per list version
 * (getSensitiveWordMatcher caches by key) and scan every field with it. Matching folds case and full-width
 * forms (ＶＰＮ = vpn) without moving offsets; every occurrence is reported, overlapping and nested ones too.
 */
export class SensitiveWordMatcher {
  private readonly entries = new Map<string, Entry>()
  private readonly matcher: PatternMatcher

  constructor(words: readonly SensitiveWord[]) {
    for (const { word, level, category } of words) {
      const trimmed = (word ?? '').trim()
      if (!trimmed) continue
      const key = foldForMatching(trimmed)
      const known = this.entries.get(key)
      // Two spellings that fold together ("VPN", "vpn"): the stricter level wins.
      if (!known || (known.level === 'warn' && level === 'block')) this.entries.set(key, { word: trimmed, level, category: category?.trim() || '' })
    }
    this.matcher = new PatternMatcher(this.entries.keys())
  }

  get size(): number {
    return this.matcher.size
  }

  scan(source: FieldText): Finding[] {
    if (!source.text) return []
    const toChars = codePointOffsets(source.text)
    return this.matcher.search(foldForMatching(source.text)).map(({ start, end, pattern }) => {
      const entry = this.entries.get(pattern)!
      const match = source.text.slice(start, end)
      const category = entry.category ? `（${entry.category}）` : ''
      const action = entry.level === 'block' ? '禁止使用，须修改后才能提交' : '请审核人确认语境后放行'
      return {
        id: `sensitive-word:${source.field}:${start}:${entry.word}`,
        kind: 'sensitive-word',
        level: entry.level,
        field: source.field,
        ...positionOf(source, start, end, toChars),
        match,
        ...(entry.category ? { category: entry.category } : {}),
        message: `${placeLabel(source, start, toChars)}出现敏感词“${match}”${category}：${action}`,
      } satisfies Finding
    })
  }
}

const cache = new MatcherCache<SensitiveWordMatcher>()

/** A version key for a word list (use a cheaper one, e.g. count + latest updatedAt, when the caller has it). */
export const sensitiveWordsKey = (words: readonly SensitiveWord[]) =>
  contentKey(words.map(({ word, level, category }) => `${word}\u0000${level}\u0000${category ?? ''}`))

/** The compiled matcher for a word list, reused while `versionKey` (default: a hash of the list) is unchanged. */
export function getSensitiveWordMatcher(words: readonly SensitiveWord[], versionKey?: string): SensitiveWordMatcher {
  return cache.get(versionKey ?? sensitiveWordsKey(words), () => new SensitiveWordMatcher(words))
}
