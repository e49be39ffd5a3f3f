/**
 * The newspaper's vocabulary as data and types, shared by the collection, the layout engine and the admin.
 * No Payload import: the engine and the tests use it without booting anything.
 */
export const PAGE_SIZES = [
  // A 四开 (tabloid) page is a quarter of the 787×1092 mm sheet; a 对开 (broadsheet) page is half of it.
  { value: 'tabloid', label: { zh: '四开', en: 'Tabloid (四开)' }, widthMm: 270, heightMm: 390, columns: 4 },
  { value: 'broadsheet', label: { zh: '对开', en: 'Broadsheet (对开)' }, widthMm: 390, heightMm: 545, columns: 6 },
] as const
export type PageSize = (typeof PAGE_SIZES)[number]['value']

export const PAGE_TEMPLATES = [
  { value: 'front', label: { zh: '要闻版（报头、导读）', en: 'Front (masthead, contents)' } },
  { value: 'news', label: { zh: '新闻版（含简讯栏）', en: 'News (with briefs column)' } },
  { value: 'feature', label: { zh: '副刊 / 专版', en: 'Feature' } },
] as const
export type PageTemplate = (typeof PAGE_TEMPLATES)[number]['value']

export const ISSUE_STATES = [
  { value: 'planning', label: { zh: '编排中', en: 'Planning' } },
  { value: 'laid-out', label: { zh: '已排版', en: 'Laid out' } },
  { value: 'needs-relayout', label: { zh: '需重排', en: 'Needs re-layout' } },
  { value: 'sent', label: { zh: '已付印', en: 'Sent to print' } },
] as const
export type IssueState = (typeof ISSUE_STATES)[number]['value']

/** A story as the newspaper prints it: the approved copy with the issue's print overrides applied. */
export type PrintPhoto = { key: string; width: number; height: number; caption?: string; credit?: string }
export type PrintStory = {
  id: string
  kicker?: string
  headline: string
  deck?: string
  byline?: string
  paragraphs: string[]
  photo?: PrintPhoto | null
  priority: number
  /** The page the editor put it on (版次), or none for automatic placement. */
  page?: number | null
  brief?: boolean
}

export type PrintPage = { number: number; name: string; template: PageTemplate; editor?: string }

export type Masthead = { name: string; sponsor?: string; registration?: string; editorInChief?: string; contact?: string; website?: string }

export type PrintIssue = {
  number: number
  totalNumber?: number | null
  /** ISO date (the publication day, Beijing time). */
  date: string
  pageSize: PageSize
  columns?: number | null
  masthead: Masthead
  pages: PrintPage[]
  stories: PrintStory[]
}

/** The delivered copy stored in the pool (what `render` produces from the approved snapshot). */
export type DeliveredCopy = {
  kicker?: string
  headline: string
  deck?: string
  byline?: string
  paragraphs: string[]
  /** The media id of the cover, if any. */
  photo?: number | string | null
}
