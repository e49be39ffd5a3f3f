import { APIError, NotFound, type Endpoint, type PayloadRequest } from 'payload'

import { ESPEAK_MISSING, previewWav } from './audioPreview'
import { itemScript } from './itemScript'
import { programmeDocx } from './output/docx'
import { programmePdf } from './output/pdf'
import { programmeText } from './output/text'
import { toProgramme, type ProgrammeDoc } from './programmeData'
import { scriptText } from './render/scriptText'
import { rateOf } from './rundown/timing'

const rfc5987 = (value: string) => encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

/** 串联单-汤青之声 第12期.docx, with an ASCII fallback name. */
function attachment(title: string, id: string, ext: string) {
  const safe = title.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '').trim().slice(0, 60) || '节目'
  return `attachment; filename="rundown-${id.replace(/[^\w-]/g, '')}.${ext}"; filename*=UTF-8''${rfc5987(`串联单-${safe}.${ext}`)}`
}

/** The programme as the signed-in user may read it (unit scope, like every content collection), or 404. */
async function readable(req: PayloadRequest): Promise<ProgrammeDoc> {
  if (!req.user) throw new APIError('请先登录', 401, null, true)
  const doc = await req.payload
    .findByID({ collection: 'radio-programmes', id: String(req.routeParams?.id), draft: true, depth: 1, overrideAccess: false, user: req.user, req })
    .catch(() => null)
  if (!doc) throw new NotFound(req.t)
  return doc as unknown as ProgrammeDoc
}

const download = (ext: 'docx' | 'pdf' | 'txt', type: string, make: (doc: ProgrammeDoc) => Promise<Buffer> | Buffer): Endpoint => ({
  path: `/:id/rundown.${ext}`,
  method: 'get',
  handler: async (req) => {
    const doc = await readable(req)
    const bytes = await make(doc)
    return new Response(new Uint8Array(bytes), {
      headers: { 'Content-Type': type, 'Content-Length': String(bytes.byteLength), 'Content-Disposition': attachment(doc.title ?? '', String(doc.id), ext), 'Cache-Control': 'private, no-store' },
    })
  },
})

/**
 * `GET /api/radio-programmes/:id/preview.wav?item=N`: item N (0-based) of the rundown read by espeak-ng at its
 * announcer's rate; without `item`, the first read item. 503 with a Chinese message when espeak-ng is missing.
 */
const audio: Endpoint = {
  path: '/:id/preview.wav',
  method: 'get',
  handler: async (req) => {
    const doc = await readable(req)
    const programme = toProgramme(doc)
    const wanted = req.searchParams.get('item')
    const item = wanted != null ? programme.items[Number(wanted)] : programme.items.find((entry) => entry.kind === 'script' || entry.kind === 'host')
    if (!item || !(item.kind === 'script' || item.kind === 'host') || !item.text?.trim()) {
      throw new APIError('该条目没有可试听的文字（只有稿件和主持词可以试听）', 400, [{ path: 'item', message: '无可试听文字' }], true)
    }
    const wav = await previewWav(item.text, rateOf(programme.announcers, item.announcer, programme.rate ?? undefined))
    if (!wav) return Response.json({ errors: [{ message: ESPEAK_MISSING }] }, { status: 503 })
    return new Response(new Uint8Array(wav), { headers: { 'Content-Type': 'audio/wav', 'Content-Length': String(wav.byteLength), 'Cache-Control': 'private, no-store' } })
  },
}

/**
 * `GET /api/radio-programmes/script-preview/:collection/:id?rate=220`: the 播音稿 of an article or video as the
 * signed-in user may read it — the admin's preview with read time.
 */
const scriptPreview: Endpoint = {
  path: '/script-preview/:collection/:itemId',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('请先登录', 401, null, true)
    const collection = String(req.routeParams?.collection)
    if (collection !== 'articles' && collection !== 'videos') throw new APIError('只能预览文章或视频的播音稿', 400, [{ path: 'collection', message: '不支持的类型' }], true)
    const item = await req.payload
      .findByID({ collection, id: String(req.routeParams?.itemId), draft: true, depth: 0, overrideAccess: false, user: req.user, req })
      .catch(() => null)
    if (!item) throw new NotFound(req.t)
    const rate = Number(req.searchParams.get('rate')) || undefined
    const script = itemScript({ ...(item as unknown as Record<string, unknown>), collection }, { rate })
    return Response.json({ script, text: scriptText(script) })
  },
}

export const programmeEndpoints: Endpoint[] = [
  download('docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', (doc) => programmeDocx(toProgramme(doc))),
  download('pdf', 'application/pdf', (doc) => programmePdf(toProgramme(doc))),
  download('txt', 'text/plain; charset=utf-8', (doc) => Buffer.from(programmeText(toProgramme(doc)), 'utf8')),
  audio,
  scriptPreview,
]
