import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Rendition } from './renditions'

/** What the `renditions` json field holds per rendition. */
export type RenditionRecord = {
  url: string
  filename: string
  width: number
  height: number
  bytes: number
  format: 'jpeg'
  crop?: Rendition['crop']
  printable?: boolean
  note?: string
}
export type RenditionRecords = Record<string, RenditionRecord>

/** "校庆-2024.png" + "wechat-cover" → "校庆-2024-wechat-cover.jpg", next to the original. */
export function renditionFilename(original: string, slug: string): string {
  const base = path.basename(original, path.extname(original))
  return `${base}-${slug}.jpg`
}

/** Payload serves every file in the collection's staticDir here (read access permitting). */
export const mediaFileUrl = (filename: string) => `/api/media/file/${encodeURIComponent(filename)}`

export function toRecords(original: string, renditions: Rendition[]): RenditionRecords {
  const records: RenditionRecords = {}
  for (const { name, slug, width, height, bytes, format, crop, printable, note } of renditions) {
    const filename = renditionFilename(original, slug)
    records[name] = {
      url: mediaFileUrl(filename),
      filename,
      width,
      height,
      bytes,
      format,
      ...(crop ? { crop } : {}),
      ...(printable === undefined ? {} : { printable }),
      ...(note ? { note } : {}),
    }
  }
  return records
}

/** Resolves inside staticDir only: a filename from the database never escapes it. */
function inside(staticDir: string, filename: string): string {
  const dir = path.resolve(staticDir)
  const file = path.resolve(dir, filename)
  if (!file.startsWith(dir + path.sep)) throw new Error(`rendition path escapes ${dir}: ${filename}`)
  return file
}

export async function writeRenditionFiles(staticDir: string, files: { filename: string; data: Buffer }[]): Promise<void> {
  await mkdir(path.resolve(staticDir), { recursive: true })
  await Promise.all(files.map(({ filename, data }) => writeFile(inside(staticDir, filename), data)))
}

export async function removeRenditionFiles(staticDir: string, filenames: string[]): Promise<void> {
  await Promise.all(filenames.map((filename) => rm(inside(staticDir, filename), { force: true })))
}

/** The filenames a stored `renditions` value points at (tolerates null and hand-edited values). */
export function filenamesOf(records: unknown): string[] {
  if (!records || typeof records !== 'object') return []
  return Object.values(records as Record<string, { filename?: unknown }>)
    .map((record) => record?.filename)
    .filter((filename): filename is string => typeof filename === 'string' && filename.length > 0)
}
