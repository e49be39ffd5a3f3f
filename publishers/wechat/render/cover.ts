import { focalCrop, normalisedCrop, wechatCropParam } from '../../../media/focalCrop'
import type { Snapshot } from '../../core/contract'
import type { WechatArticle } from './artifact'
import type { RenderCollector } from './collector'
import { overridesOf } from './fields'

type CoverMedia = { id?: number | string; mimeType?: string | null; width?: number | null; height?: number | null; focalX?: number | null; focalY?: number | null }

const FULL = '0_0_1_1'

const mediaOf = (value: unknown): CoverMedia | null =>
  typeof value === 'object' && value !== null ? (value as CoverMedia) : typeof value === 'number' || typeof value === 'string' ? { id: value } : null

/**
 * The cover: the WeChat override, else the item's cover (a video's poster), else the first body image. Crops
 * are the largest 2.35:1 and 1:1 rectangles around the focal point (the same geometry as the 微信封面
 * renditions), as fractions of the whole image, so they hold for the original or any proportional resize.
 */
export function wechatCover(snapshot: Snapshot, collector: RenderCollector): WechatArticle['cover'] {
  const chosen = [overridesOf(snapshot).cover, snapshot.cover, snapshot.poster].map(mediaOf).find((media) => media?.id != null)
  const media = chosen ?? null
  if (!media) {
    const first = collector.images[0]
    if (!first) return null
    collector.warn('未设置封面，已使用正文第一张图片作为微信封面')
    return { mediaId: first.mediaId, crop235: FULL, crop11: FULL }
  }
  const { width, height } = media
  if (!(width && height && width > 0 && height > 0)) {
    return { mediaId: media.id!, crop235: FULL, crop11: FULL }
  }
  const source = { width, height }
  const focal = { x: media.focalX, y: media.focalY }
  const crop = (aspect: number) => wechatCropParam(normalisedCrop(source, focalCrop(source, aspect, focal)))
  return { mediaId: media.id!, crop235: crop(2.35), crop11: crop(1) }
}

/** Whether the chosen cover is something WeChat can take as an image (a populated non-image is refused). */
export function coverProblem(snapshot: Snapshot): string | null {
  const chosen = [overridesOf(snapshot).cover, snapshot.cover, snapshot.poster].map(mediaOf).find((media) => media?.id != null)
  if (chosen?.mimeType && !chosen.mimeType.startsWith('image/')) return `微信封面（thumb_media_id）：所选文件不是图片（${chosen.mimeType}）`
  return null
}
