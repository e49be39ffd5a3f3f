import { DEMO_ARTICLES } from '../../seed/articles'
import { plainText } from '../../seed/lexical'
import { DEMO_SENSITIVE_WORDS } from '../../seed/sensitiveWords'
import { randomWords } from '../../test/checks/wordLists'
import { foldForMatching } from '../../workflow/checks/matcher'
import { SensitiveWordMatcher } from '../../workflow/checks/sensitiveWords'
import type { SensitiveWord } from '../../workflow/checks/types'
import type { BenchEntry } from '../harness'

/**
 * Sensitive-word scan of a ~5,000-character article against 10,000 words: the compiled Aho–Corasick matcher
 * (folding, matching and building the findings) against the naive way (indexOf of every word over the same
 * folded text, positions only). Each side scans the article SCANS times per round. The matcher's build time for
 * the 10,000 words is measured first and shown in the entry's name.
 */
const WORDS = 10_000
const ARTICLE_LENGTH = 5_000
const SCANS = 10

export async function sensitiveWordScan(): Promise<BenchEntry> {
  // Real campus prose: the demo articles' texts, repeated up to the length, with a few list words planted.
  const words: SensitiveWord[] = [
    ...DEMO_SENSITIVE_WORDS,
    ...randomWords(WORDS - DEMO_SENSITIVE_WORDS.length, 3).map((word, index): SensitiveWord => ({ word, level: index % 10 ? 'warn' : 'block', category: '测试' })),
  ]
  const prose = DEMO_ARTICLES.map((article) => `${article.title}\n${article.summary}\n${plainText(article.body)}`).join('\n')
  let text = ''
  for (let i = 0; text.length < ARTICLE_LENGTH; i++) text += prose.slice(0, 400) + words[(i * 37) % words.length].word + prose.slice(400 * (i % 8), 400 * (i % 8) + 400)
  text = text.slice(0, ARTICLE_LENGTH)

  const builds: number[] = []
  let matcher = new SensitiveWordMatcher(words)
  for (let i = 0; i < 5; i++) {
    const start = performance.now()
    matcher = new SensitiveWordMatcher(words)
    builds.push(performance.now() - start)
  }
  builds.sort((a, b) => a - b)
  const folded = words.map(({ word }) => foldForMatching(word))
  const found = matcher.scan({ field: 'body', text }).length

  return {
    name: `sensitive words: ${text.length}-character article × ${words.length} words, ${found} hits (matcher build ${builds[2].toFixed(1)} ms, median of 5)`,
    ratioLabel: 'Aho–Corasick matcher / naive indexOf per word',
    goal: { max: 0.1 },
    rounds: 9,
    subject: async () => {
      let hits = 0
      for (let i = 0; i < SCANS; i++) hits += matcher.scan({ field: 'body', text }).length
      return hits
    },
    baseline: async () => {
      let hits = 0
      for (let i = 0; i < SCANS; i++) {
        const haystack = foldForMatching(text)
        for (const word of folded) for (let at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + 1)) hits++
      }
      return hits
    },
  }
}
