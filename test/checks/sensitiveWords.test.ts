import { describe, expect, it } from 'vitest'

import { getSensitiveWordMatcher, SensitiveWordMatcher, sensitiveWordsKey } from '../../workflow/checks/sensitiveWords'
import type { SensitiveWord } from '../../workflow/checks/types'
import { naiveSearch, randomText, randomWords } from './wordLists'

const WORDS: SensitiveWord[] = [
  { word: '代写论文', level: 'block', category: '学术不端' },
  { word: '论文', level: 'warn', category: '测试' },
  { word: '写论', level: 'warn', category: '测试' },
  { word: '网络赌博', level: 'block', category: '违法信息' },
  { word: '赌博机', level: 'block', category: '违法信息' },
  { word: '校园贷', level: 'warn', category: '金融风险' },
  { word: 'VPN', level: 'warn', category: '网络安全' },
]

describe('SensitiveWordMatcher', () => {
  const matcher = new SensitiveWordMatcher(WORDS)

  it('reports a word with its field, offsets, level, category and a Chinese message', () => {
    expect(matcher.scan({ field: 'title', text: '严禁代写论文' })[0]).toEqual({
      id: 'sensitive-word:title:2:代写论文',
      kind: 'sensitive-word',
      level: 'block',
      field: 'title',
      start: 2,
      end: 6,
      match: '代写论文',
      category: '学术不端',
      message: '标题第 3 字出现敏感词“代写论文”（学术不端）：禁止使用，须修改后才能提交',
    })
  })

  it('reports nested words inside a longer one, each with its own range and level', () => {
    const found = matcher.scan({ field: 'summary', text: '严禁代写论文' })
    expect(found.map(({ match, start, end, level }) => [match, start, end, level])).toEqual([
      ['代写论文', 2, 6, 'block'],
      ['写论', 3, 5, 'warn'],
      ['论文', 4, 6, 'warn'],
    ])
    expect(found[2].message).toBe('摘要第 5 字出现敏感词“论文”（测试）：请审核人确认语境后放行')
  })

  it('reports overlapping words and every repeated occurrence', () => {
    const found = matcher.scan({ field: 'body', text: '网络赌博机，网络赌博' })
    expect(found.map(({ match, start, end }) => [match, start, end])).toEqual([
      ['网络赌博', 0, 4],
      ['赌博机', 2, 5],
      ['网络赌博', 6, 10],
    ])
  })

  it('gives code-point offsets too when astral characters (emoji) precede the match', () => {
    const [finding] = matcher.scan({ field: 'title', text: '😀😀警惕校园贷' })
    expect(finding).toMatchObject({ start: 6, end: 9, charStart: 4, charEnd: 7, match: '校园贷' })
    expect(finding.message).toBe('标题第 5 字出现敏感词“校园贷”（金融风险）：请审核人确认语境后放行')
    // Without astral characters the two coincide and only UTF-16 offsets are given.
    expect(matcher.scan({ field: 'title', text: '警惕校园贷' })[0]).not.toHaveProperty('charStart')
  })

  it('matches regardless of case and full width, reporting the text as written', () => {
    const found = matcher.scan({ field: 'title', text: '免费vpn与ＶＰＮ' })
    expect(found.map(({ match, start, end }) => [match, start, end])).toEqual([
      ['vpn', 2, 5],
      ['ＶＰＮ', 6, 9],
    ])
  })

  it('ignores blank words, keeps the stricter level when two spellings fold together, and handles an empty list', () => {
    const folded = new SensitiveWordMatcher([
      { word: ' vpn ', level: 'warn', category: 'a' },
      { word: 'VPN', level: 'block', category: 'b' },
      { word: '  ', level: 'block' },
    ])
    expect(folded.size).toBe(1)
    expect(folded.scan({ field: 'title', text: 'VPN' })).toMatchObject([{ level: 'block', category: 'b' }])
    expect(new SensitiveWordMatcher([]).scan({ field: 'title', text: '任何文字' })).toEqual([])
  })

  it('finds exactly what indexOf finds with a 10,000-word list', () => {
    const words = randomWords(10_000, 7)
    const planted = words.filter((_, index) => index % 500 === 0)
    const text = randomText(5_000, planted, 11)
    const big = new SensitiveWordMatcher(words.map((word, index) => ({ word, level: index % 2 ? 'warn' : 'block', category: '测试' })))
    expect(big.size).toBe(10_000)
    const found = big.scan({ field: 'body', text }).map(({ start, end, match }) => ({ start, end, word: match! }))
    const expected = naiveSearch(text, words)
    expect(expected.length).toBeGreaterThanOrEqual(planted.length)
    expect(found).toEqual(expected)
  })

  it('compiles once per version key', () => {
    const a = getSensitiveWordMatcher(WORDS, 'v1')
    expect(getSensitiveWordMatcher(WORDS, 'v1')).toBe(a)
    expect(getSensitiveWordMatcher(WORDS, 'v2')).not.toBe(a)
    expect(getSensitiveWordMatcher(WORDS)).toBe(getSensitiveWordMatcher([...WORDS]))
    expect(sensitiveWordsKey(WORDS)).not.toBe(sensitiveWordsKey(WORDS.slice(1)))
  })
})
