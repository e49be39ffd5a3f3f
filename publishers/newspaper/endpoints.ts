import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { ndjsonResponse } from '../../progress/ndjsonResponse'
import { layoutIssue, type LaidOutIssue } from './engine'
import { IDML_MIMETYPE, pageIdml } from './idml/package'
import { loadPrintIssue } from './load'
import { pagePreviews } from './preview'
import { summarise } from './summary'
import { withTypst } from './typst/compiler'
import { DATA_PATH, issueSource, photoPath } from './typst/source'

/**
 * The issue's outputs and the planner's actions, with the user's own access: reading needs read access to the
 * issue (unit scope), laying out and moving stories need update access.
 *   POST /api/newspaper-issues/:id/layout[?progress=1]  自动排版 (with progress: one line per page)
 *   POST /api/newspaper-issues/:id/move {story, page}   move a story to a page (page null: automatic)
 *   GET  /api/newspaper-issues/:id/print.pdf            print PDF (fonts embedded)
 *   GET  /api/newspaper-issues/:id/pages/:page/preview.png
 *   GET  /api/newspaper-issues/:id/pages/:page/idml     IDML package of one page
 */
const COLLECTION = 'newspaper-issues'
type IssueDoc = Record<string, any> & { id: number | string; updatedAt: string }

type Cached = { laid: LaidOutIssue; photos: Record<string, Buffer>; photoLinks: Record<string, string>; previews: Map<number, Buffer> }
const cache = new Map<string, Cached>()
const CACHE_SIZE = 6

async function readable(req: PayloadRequest): Promise<IssueDoc> {
  if (!req.user) throw new APIError('请先登录', 401, null, true)
  const id = String(req.routeParams?.id ?? '')
  const doc = (await req.payload.findByID({ collection: COLLECTION, id, depth: 0, overrideAccess: false, req, disableErrors: true })) as IssueDoc | null
  if (!doc) throw new APIError('期次不存在，或不在您的单位范围内', 404, null, true)
  return doc
}

async function laidOut(req: PayloadRequest, doc: IssueDoc, cached = true): Promise<Cached> {
  const key = `${doc.id}:${doc.updatedAt}`
  const hit = cached ? cache.get(key) : undefined
  if (hit) return hit
  const { issue, photos, photoLinks } = await loadPrintIssue(req, doc)
  if (!issue.pages.length) throw new APIError('本期还没有版面：请先在“版面”中添加版次', 400, null, true)
  const laid = layoutIssue(issue, photos, { pdf: true })
  const entry = { laid, photos, photoLinks, previews: new Map<number, Buffer>() }
  if (cached) cache.set(key, entry)
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!)
  return entry
}

/** The readable issue, its layout and the index of the page (版次) the route names. */
async function pageOf(req: PayloadRequest): Promise<{ doc: IssueDoc; entry: Cached; index: number }> {
  const doc = await readable(req)
  const entry = await laidOut(req, doc)
  const number = Number(req.routeParams?.page)
  const index = entry.laid.plan.pages.findIndex((page) => page.number === number)
  if (index < 0) throw new APIError(`本期没有第${req.routeParams?.page}版`, 404, null, true)
  return { doc, entry, index }
}

/** A file answer: never cached (the issue changes under it), a download when it has a name. */
const fileResponse = (bytes: Buffer, contentType: string, filename?: string) =>
  new Response(new Uint8Array(bytes), {
    headers: {
      'content-type': contentType,
      'cache-control': 'private, no-store',
      ...(filename ? { 'content-disposition': `attachment; filename="issue"; filename*=UTF-8''${encodeURIComponent(filename)}` } : {}),
    },
  })

/** One page's PNG preview, made once per layout (the planner shows them all after each layout). */
async function pagePreview(entry: Cached, index: number): Promise<Buffer> {
  let png = entry.previews.get(index)
  if (!png) {
    const files: Record<string, Buffer> = { [DATA_PATH]: Buffer.from(JSON.stringify(entry.laid.data)) }
    for (const [key, bytes] of Object.entries(entry.photos)) files[photoPath(key)] = bytes
    const svg = withTypst(issueSource(entry.laid.plan, index), files, (typst) => typst.svg())
    ;[png] = await pagePreviews(svg, entry.laid.plan.geometry, 1)
    entry.previews.set(index, png)
  }
  return png
}

/** 排版 progress: the phase, and the page (第 page/pages 版) once the pages are being made. */
export type LayoutProgress = { type: 'progress'; phase: string; page: number; pages: number }
type OnLayoutProgress = (line: LayoutProgress) => void

/** Lets a progress line leave before the next synchronous Typst compile holds the event loop. */
const yieldToStream = () => new Promise((resolve) => setImmediate(resolve))

/**
 * Lays the issue out, stores the summary and clears the re-layout marks, as the user (update access). With
 * `onProgress`, each page's preview is made in turn (第 k/N 版) so the planner's previews are ready when it reloads.
 */
async function relayout(req: PayloadRequest, doc: IssueDoc, data: Record<string, unknown> = {}, onProgress?: OnLayoutProgress) {
  const staged = { ...doc, ...data }
  const pages = ((staged.pages ?? []) as unknown[]).length
  onProgress?.({ type: 'progress', phase: '测量稿件、排入版面并校验', page: 0, pages })
  await yieldToStream()
  // A move changes the pool: never reuse the layout cached for the unchanged document.
  const entry = await laidOut(req, staged as IssueDoc, Object.keys(data).length === 0)
  const planned = entry.laid.plan.pages
  if (onProgress) {
    for (const [index, page] of planned.entries()) {
      onProgress({ type: 'progress', phase: `第 ${index + 1}/${planned.length} 版（第${page.number}版 ${page.name}）：生成版面`, page: index + 1, pages: planned.length })
      await yieldToStream()
      await pagePreview(entry, index)
    }
    onProgress({ type: 'progress', phase: '保存排版结果', page: planned.length, pages: planned.length })
  }
  const layout = summarise(entry.laid)
  const layoutAt = new Date().toISOString()
  const updated = (await req.payload.update({
    collection: COLLECTION,
    id: doc.id,
    data: {
      ...data,
      layout,
      layoutAt,
      status: doc.status === 'sent' ? 'sent' : 'laid-out',
      pages: ((doc.pages ?? []) as Record<string, unknown>[]).map((page) => ({ ...page, needsRelayout: false })),
    } as never,
    overrideAccess: false,
    req,
  })) as IssueDoc
  // The stored document is what the next download reads: keep the layout warm under its new key.
  cache.set(`${updated.id}:${updated.updatedAt}`, entry)
  return { message: layout.warnings.some((w) => w.level === 'error') ? '排版完成，但有超版或未排入的稿件' : '排版完成', layout, layoutAt: updated.layoutAt as string }
}

/**
 * Answers a layout: JSON at once, or with `?progress=1` newline-delimited progress lines (progress/), the last
 * `{ type: 'done', … }` or `{ type: 'error', message }`. The layout is saved even if the browser has gone.
 */
function layoutAnswer(req: PayloadRequest, doc: IssueDoc, data?: Record<string, unknown>): Promise<Response> | Response {
  if (req.searchParams.get('progress') !== '1') return relayout(req, doc, data).then((result) => Response.json(result))
  return ndjsonResponse(
    async (send) => send({ type: 'done', ...(await relayout(req, doc, data, send)) }),
    (error) => ({ type: 'error', message: (error as Error).message || '排版失败' }),
  )
}

export const newspaperEndpoints: Endpoint[] = [
  {
    path: '/:id/layout',
    method: 'post',
    handler: async (req) => layoutAnswer(req, await readable(req)),
  },
  {
    path: '/:id/move',
    method: 'post',
    handler: async (req) => {
      const doc = await readable(req)
      const body = (await req.json?.().catch(() => null)) as { story?: string | number; page?: number | null } | null
      const stories = (doc.stories ?? []) as Record<string, any>[]
      const storyId = String(body?.story ?? '')
      const target = stories.find((entry) => String(entry.item && typeof entry.item === 'object' ? entry.item.id : entry.item) === storyId)
      if (!target) throw new APIError('稿件池中没有这篇稿件', 400, null, true)
      const page = body?.page == null ? null : Number(body.page)
      if (page != null && !((doc.pages ?? []) as { number: number }[]).some((p) => p.number === page)) {
        throw new APIError(`指定版次无效：本期没有第${body?.page}版`, 400, null, true)
      }
      const moved = stories.map((entry) => (entry === target ? { ...entry, page } : entry))
      return layoutAnswer(req, doc, { stories: moved })
    },
  },
  {
    path: '/:id/print.pdf',
    method: 'get',
    handler: async (req) => {
      const doc = await readable(req)
      const { laid } = await laidOut(req, doc)
      return fileResponse(laid.pdf!, 'application/pdf', `校报第${doc.number}期.pdf`)
    },
  },
  {
    path: '/:id/pages/:page/preview.png',
    method: 'get',
    handler: async (req) => {
      const { entry, index } = await pageOf(req)
      return fileResponse(await pagePreview(entry, index), 'image/png')
    },
  },
  {
    path: '/:id/pages/:page/idml',
    method: 'get',
    handler: async (req) => {
      const { doc, entry, index } = await pageOf(req)
      const idml = pageIdml(entry.laid.plan, entry.laid.data, index, entry.photoLinks)
      return fileResponse(idml, IDML_MIMETYPE, `校报第${doc.number}期-第${entry.laid.plan.pages[index].number}版.idml`)
    },
  },
]
