import { WEIBO_COUNTING, weiboLength, type WeiboCounting } from '../../workflow/checks/weiboLength'
import { defaultDocHref } from '../website/render/lexicalToHtml'

/**
 * The Weibo post of an item, pure (no Payload, no I/O; the admin preview runs the same code in the browser):
 * the item's own Weibo text if it has one, otherwise 【title】 + the summary cut at a sentence boundary; then the
 * link to the item on the website (share.json needs a link on the account's safe domain). Length is counted the
 * Weibo way (workflow/checks/weiboLength: CJK 1, ASCII ½, a link a fixed length); over the limit the artifact
 * carries the problem in Chinese and the publisher refuses to deliver it.
 */
export type WeiboRenderOptions = {
  /** The public website's base URL, e.g. https://news.example.edu.cn. */
  siteUrl: string
  counting?: WeiboCounting
  /** Longest text Weibo accepts, counted the Weibo way. */
  maxLength?: number
}

export const WEIBO_MAX_LENGTH = 140

/** A media document at depth ≥ 1, or its id. */
type MediaRef = number | string | { id: number | string; filename?: string | null; mimeType?: string | null; alt?: string | null; renditions?: unknown } | null | undefined

export type WeiboItem = {
  id: number | string
  collection: string
  title?: string | null
  summary?: string | null
  cover?: MediaRef
  poster?: MediaRef
  weibo?: { text?: string | null; picture?: MediaRef } | null
}

/** The picture to upload: the media id and, when known, the file to read (the Weibo rendition, < 5 MB). */
export type WeiboPictureRef = { mediaId: number | string; filename: string | null; originalFilename: string | null; alt: string | null }

export type WeiboArtifact = {
  text: string
  link: string
  length: number
  limit: number
  /** 'override': the item's own Weibo text; 'composed': 【title】summary. */
  source: 'override' | 'composed'
  picture: WeiboPictureRef | null
  /** Why this cannot be posted (Chinese); empty when it can. */
  problems: string[]
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' })
const graphemes = (text: string) => [...segmenter.segment(text)].map((s) => s.segment)

/** Sentences, each with its end mark and any closing quote or bracket; a trailing fragment stays last. */
export function sentences(text: string): string[] {
  return text.match(/[^。！？!?…；;]*(?:[。！？!?；;]|…+|\.(?=\s|$))+[」』”’）)]*\s*|[^。！？!?…；;]+$/g) ?? []
}

/**
 * The longest prefix of `summary` made of whole sentences that fits `budget` (Weibo count). When not even the
 * first sentence fits, it is cut at the last clause mark (，、：) that fits, else at a character, with "…".
 */
export function cutAtSentence(summary: string, budget: number, counting: WeiboCounting = WEIBO_COUNTING): string {
  const text = summary.replace(/\s*\n+\s*/g, '').trim()
  if (budget <= 0 || !text) return ''
  if (weiboLength(text, counting) <= budget) return text
  let kept = ''
  for (const sentence of sentences(text)) {
    if (weiboLength(kept + sentence, counting) > budget) break
    kept += sentence
  }
  if (kept) return kept.trim()
  // Not one whole sentence fits: the longest run of graphemes (never half an emoji) plus an ellipsis.
  const room = budget - weiboLength('…', counting)
  let cut = ''
  for (const g of graphemes(text)) {
    if (weiboLength(cut + g, counting) > room) break
    cut += g
  }
  const clause = Math.max(cut.lastIndexOf('，'), cut.lastIndexOf('、'), cut.lastIndexOf('：'), cut.lastIndexOf(', '))
  if (clause > cut.length / 2) cut = cut.slice(0, clause)
  return cut ? `${cut.replace(/[，、：,\s]+$/, '')}…` : ''
}

const idOf = (ref: MediaRef) => (ref && typeof ref === 'object' ? ref.id : ref)

function pictureOf(item: WeiboItem): WeiboPictureRef | null {
  const ref = item.weibo?.picture ?? item.cover ?? item.poster
  const mediaId = idOf(ref)
  if (mediaId == null) return null
  if (typeof ref !== 'object' || !ref) return { mediaId, filename: null, originalFilename: null, alt: null }
  const weibo = (ref.renditions as { weibo?: { filename?: string } } | null | undefined)?.weibo
  return { mediaId, filename: weibo?.filename ?? null, originalFilename: ref.filename ?? null, alt: ref.alt ?? null }
}

/** The item's public page on the website, as the website's own renderer links items (defaultDocHref). */
export function itemLink(item: Pick<WeiboItem, 'id' | 'collection'>, siteUrl: string): string {
  const path = defaultDocHref(item.collection, item.id) ?? `/${item.collection}/${item.id}`
  return `${siteUrl.replace(/\/+$/, '')}${path}`
}

export function renderWeibo(item: WeiboItem, options: WeiboRenderOptions): WeiboArtifact {
  const counting = options.counting ?? WEIBO_COUNTING
  const limit = options.maxLength ?? WEIBO_MAX_LENGTH
  const link = itemLink(item, options.siteUrl)
  const tail = ` ${link}`
  const override = item.weibo?.text?.trim()
  let text: string
  if (override) {
    // The editor's own text goes out as written; the item link is added unless it is already there.
    text = override.includes(link) ? override : `${override}${tail}`
  } else {
    const head = `【${(item.title ?? '').trim()}】`
    const budget = limit - weiboLength(head + tail, counting)
    text = `${head}${cutAtSentence(item.summary ?? '', budget, counting)}${tail}`
  }
  const length = weiboLength(text, counting)
  const problems: string[] = []
  if (length > limit) {
    const how = `按微博方式计数：汉字 1，英文半角 ½，每个链接 ${counting.urlLength}，含自动附上的稿件链接`
    const fix = override ? '请删减“微博文字”' : '请缩短标题，或在“微博文字”中另写一段较短的微博'
    problems.push(`微博正文 ${length} 字，超过上限 ${limit} 字（${how}）。${fix}`)
  }
  return { text, link, length, limit, source: override ? 'override' : 'composed', picture: pictureOf(item), problems }
}
