import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'

import { DeliveryError } from '../core/contract'
import type { Upload } from './client'

/**
 * The bytes WeChat gets for a media document: body images must be JPG/PNG under 1 MB (uploadimg), covers
 * an image up to 10 MB (add_material). Anything else is converted and compressed with sharp.
 */
export const BODY_IMAGE_MAX_BYTES = 1024 * 1024 - 1
export const COVER_MAX_BYTES = 10 * 1024 * 1024

export async function loadMedia(payload: Payload, mediaId: string | number): Promise<Upload> {
  const doc = (await payload.findByID({ collection: 'media', id: mediaId as number, depth: 0, overrideAccess: true, disableErrors: true })) as
    | { filename?: string | null; mimeType?: string | null }
    | null
  if (!doc?.filename) throw new DeliveryError(`媒体文件 ${mediaId} 不存在，无法上传到微信`, { code: 'wechat-media-missing', transient: false })
  const staticDir = String(payload.collections.media.config.upload && (payload.collections.media.config.upload as { staticDir?: string }).staticDir) || 'data/media'
  const dir = path.resolve(staticDir)
  const file = path.resolve(dir, doc.filename)
  if (!file.startsWith(dir + path.sep)) throw new DeliveryError(`媒体文件名不合法：${doc.filename}`, { code: 'wechat-media-missing', transient: false })
  try {
    return { bytes: await readFile(file), filename: doc.filename, contentType: doc.mimeType ?? 'application/octet-stream' }
  } catch {
    throw new DeliveryError(`媒体文件 ${doc.filename} 读取失败（文件缺失）`, { code: 'wechat-media-missing', transient: false })
  }
}

const baseName = (filename: string) => path.basename(filename, path.extname(filename))

async function toJpeg(upload: Upload, maxBytes: number, widths: number[]): Promise<Upload> {
  for (const width of widths) {
    for (const quality of [85, 75, 65, 55]) {
      const bytes = await sharp(upload.bytes, { failOn: 'none' })
        .rotate()
        .resize({ width, withoutEnlargement: true })
        .flatten({ background: '#ffffff' })
        .jpeg({ quality, mozjpeg: true })
        .toBuffer()
      if (bytes.length <= maxBytes) return { bytes, filename: `${baseName(upload.filename)}.jpg`, contentType: 'image/jpeg' }
    }
  }
  throw new DeliveryError(`图片 ${upload.filename} 压缩后仍超过微信的大小限制`, { code: 'wechat-image-too-large', transient: false })
}

const isJpegOrPng = (upload: Upload) => /^image\/(jpeg|png)$/.test(upload.contentType)

/** uploadimg: JPG/PNG < 1 MB as they are; otherwise a JPEG at most 1080 px wide, compressed until it fits. */
export async function bodyImage(upload: Upload): Promise<Upload> {
  if (isJpegOrPng(upload) && upload.bytes.length <= BODY_IMAGE_MAX_BYTES) return upload
  return toJpeg(upload, BODY_IMAGE_MAX_BYTES, [1080, 800, 640])
}

/** add_material?type=image (the cover): JPG/PNG ≤ 10 MB as they are; otherwise a JPEG at most 1800 px wide. */
export async function coverImage(upload: Upload): Promise<Upload> {
  if (isJpegOrPng(upload) && upload.bytes.length <= COVER_MAX_BYTES) return upload
  return toJpeg(upload, COVER_MAX_BYTES, [1800, 1200])
}
