import type { FieldText } from './fieldText'
import { placeLabel, positionOf } from './fieldText'
import { codePointOffsets, contentKey, foldForMatching, type Hit, MatcherCache, PatternMatcher } from './matcher'
import { mergeTypoPairs } from './typoList'
import type { Finding, TypoPair } from './types'

/**
 * 错别字 check: one automaton over every wrong form and every exception context. A wrong form is reported unless
 * an exception context of the same pair covers it (既使用 is fine, 既使 alone is not), and a wrong form nested
 * inside a longer one (鬼崇 inside 鬼鬼崇崇) is reported once, as the longer one.
 */
export class TypoMatcher {
  private readonly pairs = new Map<string, TypoPair>()
  /** exception context (folded) → the wrong forms it excuses */
  private readonly contexts = new Map<string, Set<string>>()
  private readonly matcher: PatternMatcher

  constructor(pairs: readonly TypoPair[]) {
    for (const pair of pairs) {
      const wrong = foldForMatching(pair.wrong)
      if (!wrong) continue
      this.pairs.set(wrong, pair)
      for (const context of pair.except ?? []) {
        const folded = foldForMatching(context)
        if (!folded.includes(wrong)) continue
        if (!this.contexts.has(folded)) this.contexts.set(folded, new Set())
        this.contexts.get(folded)!.add(wrong)
      }
    }
    this.matcher = new PatternMatcher([...this.pairs.keys(), ...this.contexts.keys()])
  }

  get size(): number {
    return this.pairs.size
  }

  scan(source: FieldText): Finding[] {
    if (!source.text) return []
    const hits = this.matcher.search(foldForMatching(source.text))
    const excused = hits.filter((hit) => this.contexts.has(hit.pattern))
    const typos = hits.filter(
      (hit) =>
        this.pairs.has(hit.pattern) &&
        !excused.some((context) => context.start <= hit.start && context.end >= hit.end && this.contexts.get(context.pattern)!.has(hit.pattern)),
    )
    const outermost = typos.filter((hit) => !typos.some((other) => other !== hit && covers(other, hit)))
    const toChars = codePointOffsets(source.text)
    return outermost.map(({ start, end, pattern }) => {
      const pair = this.pairs.get(pattern)!
      const match = source.text.slice(start, end)
      return {
        id: `typo:${source.field}:${start}:${pair.wrong}`,
        kind: 'typo',
        level: 'warn',
        field: source.field,
        ...positionOf(source, start, end, toChars),
        match,
        suggestion: pair.right,
        message: `${placeLabel(source, start, toChars)}疑似错别字“${match}”，应为“${pair.right}”`,
      } satisfies Finding
    })
  }
}

const covers = (outer: Hit, inner: Hit) =>
  outer.start <= inner.start && outer.end >= inner.end && outer.end - outer.start > inner.end - inner.start

const cache = new MatcherCache<TypoMatcher>()

/** The matcher for the built-in list merged with admin-maintained pairs, reused while those pairs are unchanged. */
export function getTypoMatcher(extra?: readonly Partial<TypoPair>[] | null): TypoMatcher {
  const key = contentKey((extra ?? []).map((row) => `${row.wrong ?? ''}\u0000${row.right ?? ''}\u0000${(row.except ?? []).join('\u0001')}`))
  return cache.get(key, () => new TypoMatcher(mergeTypoPairs(extra)))
}
