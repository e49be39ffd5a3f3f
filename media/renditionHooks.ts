import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  PayloadRequest,
} from 'payload'

import { kindOf } from './mediaKinds'
import { filenamesOf, removeRenditionFiles, renditionFilename, toRecords, writeRenditionFiles } from './renditionFiles'
import { makeRenditions } from './renditions'

/** Rendition bytes made in beforeChange wait here, keyed by the original's filename, for afterChange. */
const PENDING = 'rongmei:pendingRenditions'
type Pending = Record<string, { filename: string; data: Buffer }[]>

type UploadFile = { data?: Buffer; mimetype?: string; tempFilePath?: string }
type MediaData = { filename?: string; mimeType?: string; focalX?: number | null; focalY?: number | null; renditions?: unknown }

const staticDirOf = (collection: CollectionConfig) =>
  (typeof collection.upload === 'object' && collection.upload.staticDir) || collection.slug

const pendingOf = (req: PayloadRequest): Pending => {
  req.context ??= {}
  return ((req.context[PENDING] as Pending | undefined) ??= {})
}

async function fileBytes(file: UploadFile): Promise<Buffer | null> {
  if (file.data?.length) return file.data
  return file.tempFilePath ? readFile(file.tempFilePath) : null
}

/**
 * beforeChange: makes the renditions of a new raster file (or of the stored original when only the
 * focal point moved) and records them on the document. Files are written in afterChange, once the
 * original is on disk and the row exists. The `renditions` field is system-owned: whatever a client
 * sends for it is replaced.
 */
export const prepareRenditions: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection, operation }) => {
  const incoming = data as MediaData
  const previous = (originalDoc ?? {}) as MediaData
  const file = req.file as UploadFile | undefined
  const filename = incoming.filename ?? previous.filename
  const mimeType = incoming.mimeType ?? file?.mimetype ?? previous.mimeType

  let source: Buffer | null = null
  if (file) {
    source = await fileBytes(file)
  } else if (operation === 'update' && filename && focalMoved(incoming, previous) && kindOf(mimeType) === 'raster') {
    source = await readFile(path.resolve(staticDirOf(collection), filename))
  }

  if (!source || !filename) {
    incoming.renditions = operation === 'update' ? (previous.renditions ?? null) : null
    return data
  }
  if (kindOf(mimeType) !== 'raster') {
    // Video, audio, subtitles and SVG (already resolution-free) get none.
    incoming.renditions = null
    return data
  }
  const renditions = await makeRenditions(source, { x: incoming.focalX, y: incoming.focalY })
  incoming.renditions = toRecords(filename, renditions)
  pendingOf(req)[filename] = renditions.map((rendition) => ({
    filename: renditionFilename(filename, rendition.slug),
    data: rendition.data,
  }))
  return data
}

const focalMoved = (data: MediaData, previous: MediaData) =>
  (data.focalX != null && data.focalX !== previous.focalX) || (data.focalY != null && data.focalY !== previous.focalY)

/** afterChange: writes the prepared files, and removes renditions the document no longer points at. */
export const writeRenditions: CollectionAfterChangeHook = async ({ doc, previousDoc, req, collection }) => {
  const staticDir = staticDirOf(collection)
  const filename = (doc as MediaData).filename
  const pending = filename ? pendingOf(req)[filename] : undefined
  if (pending && filename) {
    await writeRenditionFiles(staticDir, pending)
    delete pendingOf(req)[filename]
  }
  const current = new Set(filenamesOf((doc as MediaData).renditions))
  const stale = filenamesOf((previousDoc as MediaData | undefined)?.renditions).filter((name) => !current.has(name))
  if (stale.length) await removeRenditionFiles(staticDir, stale)
  return doc
}

/** afterDelete: Payload removes the original; the renditions are ours to remove. */
export const removeRenditions: CollectionAfterDeleteHook = async ({ doc, collection }) => {
  await removeRenditionFiles(staticDirOf(collection), filenamesOf((doc as MediaData).renditions))
  return doc
}
