import { approvedChain, chainLine, type ChainEntry } from '../../../workflow/approvedChain'
import { lexicalToText } from '../../../workflow/text/lexicalText'
import { imageSrc } from './converters/media'
import { creditGroups, creditsLine, type CreditGroup, type CreditRow } from './credits'
import { lexicalToHtml, type LexicalToHtmlOptions } from './lexicalToHtml'
import type { MediaDoc } from './types'

/** The fields of an article (or video) the page uses; populated relations are objects, unpopulated ones ids. */
export type ArticleLike = {
  id: number | string
  kicker?: string | null
  title?: string | null
  subtitle?: string | null
  summary?: string | null
  body?: unknown
  cover?: MediaDoc | number | string | null
  credits?: CreditRow[] | null
  column?: { id?: number | string; name?: string | null; slug?: string | null } | number | string | null
  tags?: string[] | null
  source?: string | null
  /** 更正说明: shown above a corrected item. */
  correctionNotice?: string | null
  publishedAt?: string | null
  updatedAt?: string | null
  createdAt?: string | null
  review?: { approvals?: { stage: string | number; reviewerName?: string | null }[] | null; approvedAt?: string | null } | null
}

export type RenderPageOptions = LexicalToHtmlOptions & {
  /** Name of a credited user that came back as an id. */
  userName?: (id: unknown) => string | null
  /** Characters of body text used as the description when there is no summary. */
  descriptionLength?: number
}

export type ArticlePage = {
  id: string
  kicker: string
  title: string
  subtitle: string
  summary: string
  /** For <meta name="description"> and Open Graph: the summary, or the start of the body text. */
  description: string
  cover: { src: string; alt: string; caption: string; credit: string; width?: number; height?: number } | null
  credits: CreditGroup[]
  /** 文／… 图／… 编辑／… */
  creditsLine: string
  review: ChainEntry[]
  /** 初审：… 复审：… 终审：… */
  reviewCreditsLine: string
  /** Sanitised HTML of the body, ready for dangerouslySetInnerHTML. */
  bodyHtml: string
  tags: string[]
  column: { name: string; slug: string } | null
  source: string
  /** 更正说明 of a corrected item (empty otherwise). */
  correctionNotice: string
  /** ISO date the page shows as the publication time. */
  publishedAt: string | null
}

const str = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

const coverOf = (cover: ArticleLike['cover']): ArticlePage['cover'] => {
  if (typeof cover !== 'object' || cover === null || !(cover.url || cover.renditions?.card?.url)) return null
  const card = cover.renditions?.card
  return {
    src: imageSrc(cover),
    alt: str(cover.alt),
    caption: str(cover.caption),
    credit: str(cover.credit),
    width: card?.url ? card.width : (cover.width ?? undefined),
    height: card?.url ? card.height : (cover.height ?? undefined),
  }
}

/**
 * Everything an article page shows, from the document alone: plain strings (the page escapes them when it
 * renders) and the body as sanitised HTML. Pure: no Payload, no I/O.
 */
export function renderArticlePage(doc: ArticleLike, options: RenderPageOptions = {}): ArticlePage {
  const credits = creditGroups(doc.credits, options.userName)
  const review = approvedChain(doc.review?.approvals)
  const summary = str(doc.summary)
  const length = options.descriptionLength ?? 120
  const bodyText = summary ? '' : lexicalToText(doc.body).text.replace(/\s+/g, ' ').trim()
  const column =
    typeof doc.column === 'object' && doc.column !== null && doc.column.slug ? { name: str(doc.column.name), slug: doc.column.slug } : null
  return {
    id: String(doc.id),
    kicker: str(doc.kicker),
    title: str(doc.title),
    subtitle: str(doc.subtitle),
    summary,
    description: summary || (bodyText.length > length ? `${bodyText.slice(0, length)}…` : bodyText),
    cover: coverOf(doc.cover),
    credits,
    creditsLine: creditsLine(credits),
    review,
    reviewCreditsLine: chainLine(review),
    bodyHtml: lexicalToHtml(doc.body, options),
    tags: (doc.tags ?? []).map(str).filter(Boolean),
    column,
    source: str(doc.source),
    correctionNotice: str(doc.correctionNotice),
    publishedAt: doc.publishedAt ?? doc.review?.approvedAt ?? doc.updatedAt ?? doc.createdAt ?? null,
  }
}
