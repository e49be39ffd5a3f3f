import type { PinyinHint } from './pinyinHints'

/** A paragraph of script: read aloud (heading, text) or an editor's note that is not read (note). */
export type ScriptParagraph = {
  kind: 'heading' | 'text' | 'note'
  /** Breathable lines in spoken form (render/sentences). */
  lines: string[]
  /** Readings to show, per line index. */
  hints?: { line: number; hint: PinyinHint }[]
}

/** An article turned into what an announcer reads: the 播音稿. Plain JSON, stored as the publication's artifact. */
export type Script = {
  title: string
  paragraphs: ScriptParagraph[]
  /** What was left out and why (images, tables, links), for the editor. */
  notes: string[]
  syllables: number
  /** Read time in seconds at `rate`. */
  seconds: number
  rate: number
}
