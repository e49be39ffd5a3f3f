import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'

import { WEIBO_MAX_BYTES } from '../../media/limits'
import { DeliveryError } from '../core/contract'
import type { Picture } from './client'
import type { WeiboPictureRef } from './render'

/**
 * The one picture of a post, read from the media folder: the Weibo rendition (media/renditionSpecs: JPEG,
 * ≤ 2048 px, under 5 MB) when it exists, else the original, prepared here with sharp the same way. Weibo takes
 * JPEG, PNG and GIF under 5 MB; anything else is re-encoded as JPEG at falling quality until it fits.
 */
export async function preparePicture(data: Buffer, maxBytes = WEIBO_MAX_BYTES): Promise<{ data: Buffer; contentType: string }> {
  const { format } = await sharp(data).metadata()
  const types: Record<string, string> = { jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif' }
  if (format && types[format] && data.byteLength < maxBytes) return { data, contentType: types[format]! }
  for (const quality of [85, 75, 65, 50]) {
    const out = await sharp(data, { animated: false }).rotate().resize({ width: 2048, height: 2048, fit: 'inside', withoutEnlargement: true }).jpeg({ quality }).toBuffer()
    if (out.byteLength < maxBytes) return { data: out, contentType: 'image/jpeg' }
  }
  throw new DeliveryError('配图压缩后仍超过微博 5 MB 上限，请换一张图片', { code: 'picture-too-large', transient: false })
}

export async function loadPicture(payload: Payload, ref: WeiboPictureRef): Promise<Picture> {
  const upload = payload.collections.media?.config.upload
  const staticDir = path.resolve((typeof upload === 'object' && upload.staticDir) || process.env.MEDIA_DIR || 'data/media')
  let { filename, originalFilename } = ref
  if (!filename && !originalFilename) {
    const media = (await payload.findByID({ collection: 'media', id: ref.mediaId, depth: 0, overrideAccess: true, disableErrors: true })) as {
      filename?: string
      renditions?: { weibo?: { filename?: string } }
    } | null
    filename = media?.renditions?.weibo?.filename ?? null
    originalFilename = media?.filename ?? null
  }
  for (const name of [filename, originalFilename]) {
    if (!name) continue
    const file = path.resolve(staticDir, name)
    // A filename from the database never leaves the media folder.
    if (!file.startsWith(staticDir + path.sep)) continue
    const data = await readFile(file).catch(() => null)
    if (!data) continue
    const prepared = await preparePicture(data)
    return { data: prepared.data, contentType: prepared.contentType, filename: path.basename(name) }
  }
  throw new DeliveryError(`配图文件（媒体 ${ref.mediaId}）不存在，请在稿件中重新选择图片`, { code: 'picture-missing', transient: false })
}
