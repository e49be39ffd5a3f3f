import { lexicalBlocks } from './lexicalBlocks'
import { pinyinHints } from './pinyinHints'
import { countSyllables, DEFAULT_RATE, readSeconds } from './readTime'
import { splitSentences } from './sentences'
import { spokenForm } from './spokenForm'
import type { Script, ScriptParagraph } from './types'

export type ArticleLike = { title?: unknown; kicker?: unknown; subtitle?: unknown; body?: unknown }

export type ScriptOptions = { rate?: number; maxLine?: number }

/**
 * An article → its 播音稿: the title (with kicker and subtitle, as said on air), then the body in spoken form,
 * in breathable lines, with the readings to mark (each character and reading once per script, at its first
 * occurrence), the syllable count and the read time at the announcer's rate. Pure.
 */
export function articleScript(article: ArticleLike, options: ScriptOptions = {}): Script {
  const rate = options.rate && options.rate > 0 ? options.rate : DEFAULT_RATE
  const notes = new Set<string>()
  const title = [article.kicker, article.title, article.subtitle].map((part) => String(part ?? '').trim()).filter(Boolean).join('——')
  const blocks = [{ kind: 'heading' as const, text: title }, ...lexicalBlocks(article.body, notes)].filter((block) => block.text)
  const seen = new Set<string>()
  let syllables = 0
  const paragraphs: ScriptParagraph[] = blocks.map((block) => {
    if (block.kind === 'note') return { kind: 'note', lines: [block.text] }
    const lines = block.kind === 'heading' ? [spokenForm(block.text)] : splitSentences(spokenForm(block.text), options.maxLine)
    const hints: NonNullable<ScriptParagraph['hints']> = []
    lines.forEach((line, i) => {
      syllables += countSyllables(line)
      for (const hint of pinyinHints(line)) {
        const key = `${hint.char}:${hint.pinyin}`
        if (seen.has(key)) continue
        seen.add(key)
        hints.push({ line: i, hint })
      }
    })
    return { kind: block.kind, lines: lines.filter(Boolean), ...(hints.length ? { hints } : {}) }
  })
  return { title: spokenForm(String(article.title ?? '')), paragraphs, notes: [...notes], syllables, seconds: readSeconds(syllables, rate), rate }
}

/** Rereads the time of a script at another announcer's rate. */
export const atRate = (script: Pick<Script, 'syllables'>, rate: number) => readSeconds(script.syllables, rate)
