import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

import type { DeliveredCopy, PrintIssue, PrintPhoto, PrintStory } from './model'

type IssueDoc = Record<string, any> & { id: number | string }
type MediaDoc = { id: number | string; filename?: string | null; width?: number | null; height?: number | null; caption?: string | null; credit?: string | null; renditions?: Record<string, { filename?: string; width?: number; height?: number }> | null }

const idOf = (ref: unknown) => (ref && typeof ref === 'object' ? (ref as { id: number | string }).id : (ref as number | string | null | undefined))

/** 删至 N 字: keeps whole paragraphs while they fit and cuts the last one at a sentence end where possible. */
export function cutTo(paragraphs: string[], limit: number | null | undefined): string[] {
  if (!limit) return paragraphs
  const out: string[] = []
  let left = limit
  for (const paragraph of paragraphs) {
    const chars = [...paragraph]
    if (chars.length <= left) {
      out.push(paragraph)
      left -= chars.length
      continue
    }
    const head = chars.slice(0, left).join('')
    const end = Math.max(head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('？'))
    // A sentence end that keeps most of what is allowed; otherwise an ellipsis, if enough is left to say something.
    if (end >= 0 && (end > left / 2 || left <= 10)) out.push(head.slice(0, end + 1))
    else if (left > 10) out.push(`${head.slice(0, -1)}……`)
    break
  }
  return out
}

/** The print story of a pool entry: the delivered copy with the issue's overrides (印刷改动) applied. */
export function printStory(entry: Record<string, any>, photo: PrintPhoto | null): PrintStory | null {
  const copy = entry.copy as DeliveredCopy | null
  if (!copy?.headline) return null
  return {
    id: String(idOf(entry.item) ?? entry.id),
    kicker: entry.kicker?.trim() || copy.kicker,
    headline: entry.headline?.trim() || copy.headline,
    deck: entry.deck?.trim() || copy.deck,
    byline: copy.byline,
    paragraphs: cutTo(copy.paragraphs, entry.cutTo),
    photo,
    priority: Number(entry.priority ?? 5),
    page: entry.page ?? null,
    brief: Boolean(entry.asBrief),
  }
}

/** The photo file to print: the print rendition (full resolution, no metadata) when there is one. */
function photoFile(media: MediaDoc): { filename: string; width: number; height: number } | null {
  const print = media.renditions?.print
  if (print?.filename && print.width && print.height) return { filename: print.filename, width: print.width, height: print.height }
  if (media.filename && media.width && media.height) return { filename: media.filename, width: media.width, height: media.height }
  return null
}

/**
 * Everything the layout needs from the database and the media folder: the issue as print data and the photo
 * bytes by key. Reads with the system's rights: the caller has already checked the user's access to the issue.
 */
export async function loadPrintIssue(req: PayloadRequest, issue: IssueDoc): Promise<{ issue: PrintIssue; photos: Record<string, Buffer>; photoLinks: Record<string, string> }> {
  const staticDir = path.resolve(String(req.payload.collections.media.config.upload?.staticDir ?? 'data/media'))
  const photos: Record<string, Buffer> = {}
  const photoLinks: Record<string, string> = {}
  const stories: PrintStory[] = []
  for (const entry of (issue.stories ?? []) as Record<string, any>[]) {
    const mediaId = entry.noPhoto ? null : (idOf(entry.photo) ?? (entry.copy as DeliveredCopy | null)?.photo ?? null)
    let photo: PrintPhoto | null = null
    if (mediaId != null) {
      const media = (await req.payload.findByID({ collection: 'media', id: mediaId, depth: 0, overrideAccess: true, req, disableErrors: true })) as MediaDoc | null
      const file = media ? photoFile(media) : null
      const full = file ? path.resolve(staticDir, file.filename) : null
      if (media && file && full?.startsWith(staticDir + path.sep)) {
        const bytes = await readFile(full).catch(() => null)
        if (bytes) {
          const key = `m${media.id}`
          photos[key] = bytes
          photoLinks[key] = file.filename
          photo = { key, width: file.width, height: file.height, caption: [media.caption, media.credit ? `（${media.credit}）` : ''].filter(Boolean).join('') || undefined }
        }
      }
    }
    const story = printStory(entry, photo)
    if (story) stories.push(story)
  }
  const masthead = (issue.masthead ?? {}) as PrintIssue['masthead']
  return {
    issue: {
      number: issue.number,
      totalNumber: issue.totalNumber ?? null,
      date: issue.date,
      pageSize: issue.pageSize ?? 'tabloid',
      columns: issue.columns ?? null,
      masthead: { ...masthead, name: masthead.name || '校报' },
      pages: ((issue.pages ?? []) as Record<string, any>[]).map((page) => ({ number: page.number, name: page.name, template: page.template ?? 'news', editor: page.editor ?? undefined })),
      stories,
    },
    photos,
    photoLinks,
  }
}
