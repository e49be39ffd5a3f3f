/** Which pipeline a claimed MIME type belongs to. Unknown types have no kind and are refused. */
export type MediaKind = 'raster' | 'svg' | 'video' | 'audio' | 'subtitle'

const KIND_BY_MIME: Record<string, MediaKind> = {
  'image/jpeg': 'raster',
  'image/png': 'raster',
  'image/webp': 'raster',
  'image/gif': 'raster',
  'image/svg+xml': 'svg',
  'video/mp4': 'video',
  'video/webm': 'video',
  'audio/mpeg': 'audio',
  'audio/mp4': 'audio',
  'audio/wav': 'audio',
  'audio/x-wav': 'audio',
  'text/vtt': 'subtitle',
  'application/x-subrip': 'subtitle',
}

export const ACCEPTED_MIME_TYPES = Object.keys(KIND_BY_MIME)

export const KIND_LABELS: Record<MediaKind, string> = {
  raster: '图片',
  svg: 'SVG 矢量图',
  video: '视频',
  audio: '音频',
  subtitle: '字幕',
}

/** "image/JPEG; charset=x" → "image/jpeg". */
export const mimeEssence = (mimetype: string | undefined | null): string =>
  (mimetype ?? '').split(';')[0].trim().toLowerCase()

export const kindOf = (mimetype: string | undefined | null): MediaKind | null => KIND_BY_MIME[mimeEssence(mimetype)] ?? null
