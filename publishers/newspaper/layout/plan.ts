import type { PageTemplate } from '../model'
import type { FittedHeadline } from './headline'
import type { Geometry } from './geometry'
import type { TextRange } from './text'

/** One module (稿件块) on a page, in grid units: columns across, body lines down (y from the content top). */
export type Block = {
  id: string
  storyId: string
  /** 0: where the story starts; 1, 2…: its continuations (转版). */
  part: number
  kind: 'story' | 'continuation' | 'brief'
  role: 'lead' | 'secondary' | 'brief'
  x: number
  span: number
  y: number
  height: number
  head: {
    kicker?: string
    headline: FittedHeadline
    font: 'serif' | 'sans'
    deck?: string
    byline?: string
    kickerLines: number
    headlineLines: number
    deckLines: number
    bylineLines: number
    /** Everything above the body, gap included. */
    lines: number
  }
  photo?: { key: string; mode: 'top' | 'side'; span: number; lines: number; caption?: string; captionLines: number }
  /** Columns of text, from column `textX` within the block. */
  textX: number
  textSpan: number
  /** Lines per text column (the block's balanced depth). */
  bodyLines: number
  range: TextRange
  /** 下转第X版: the story continues on page `jumpTo`. */
  jumpTo?: number
  /** 上接第X版: this continuation comes from page `jumpFrom`. */
  jumpFrom?: number
  /** Lines that did not fit and have nowhere to go (the editor must cut). */
  oversetLines?: number
}

export type ContentsEntry = { storyId: string; headline: string; page: number; lines: number }

export type PagePlan = {
  number: number
  name: string
  template: PageTemplate
  editor?: string
  /** Lines the masthead or folio takes above the content area. */
  bandLines: number
  /** Columns of the main area (the rest is the side column, if any). */
  mainSpan: number
  blocks: Block[]
  side?: { kind: 'front' | 'briefs'; contentsLines: number; contents: ContentsEntry[]; briefsTop: number; briefs: Block[] }
  /** Unused lines under the last module of the main area. */
  freeLines: number
}

export type LayoutWarning = {
  level: 'error' | 'warning' | 'info'
  code: 'overset' | 'underset' | 'unplaced' | 'jump' | 'no-photo'
  page?: number
  storyId?: string
  /** Characters to cut (overset) or room for more copy (underset). */
  chars?: number
  message: string
}

export type Plan = { geometry: Geometry; pages: PagePlan[]; warnings: LayoutWarning[] }
