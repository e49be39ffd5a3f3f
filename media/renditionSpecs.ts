import { PRINT_MIN_LONG_SIDE, WEIBO_MAX_BYTES } from './limits'

/**
 * The renditions every raster upload gets, as data. All are JPEG without any metadata; only the
 * print rendition keeps the full resolution (and says 300 dpi).
 *  - cover: cropped to the exact aspect around the focal point, then scaled down to width×height
 *    (never up: a small source gives a smaller crop of the same aspect);
 *  - fit: scaled down to fit inside maxWidth×maxHeight, optionally kept under maxBytes;
 *  - full: full resolution at `density` dpi, flagged unprintable below minLongSide pixels.
 */
type Common = { name: string; slug: string; label: string; quality: number }
export type CoverSpec = Common & { mode: 'cover'; width: number; height: number }
export type FitSpec = Common & { mode: 'fit'; maxWidth: number; maxHeight: number; maxBytes?: number }
export type FullSpec = Common & { mode: 'full'; density: number; minLongSide: number }
export type RenditionSpec = CoverSpec | FitSpec | FullSpec

export const RENDITION_SPECS = [
  { name: 'thumbnail', slug: 'thumbnail', label: '缩略图', mode: 'fit', maxWidth: 480, maxHeight: 480, quality: 75 },
  { name: 'card', slug: 'card', label: '卡片 16:9', mode: 'cover', width: 1200, height: 675, quality: 80 },
  // WeChat's recommended cover sizes: 900×383 (2.35:1) for the feed, a square for shares.
  { name: 'wechatCover', slug: 'wechat-cover', label: '微信封面 2.35:1', mode: 'cover', width: 900, height: 383, quality: 82 },
  { name: 'wechatSquare', slug: 'wechat-square', label: '微信封面 1:1', mode: 'cover', width: 500, height: 500, quality: 82 },
  {
    name: 'weibo',
    slug: 'weibo',
    label: '微博',
    mode: 'fit',
    maxWidth: 2048,
    maxHeight: 2048,
    maxBytes: WEIBO_MAX_BYTES,
    quality: 85,
  },
  { name: 'print', slug: 'print', label: '印刷', mode: 'full', density: 300, minLongSide: PRINT_MIN_LONG_SIDE, quality: 92 },
] as const satisfies readonly RenditionSpec[]

export type RenditionName = (typeof RENDITION_SPECS)[number]['name']
