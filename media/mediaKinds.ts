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

/** Browsers and OSes disagree on subtitle types: many send text/plain or nothing for .srt/.vtt. */
const GENERIC_TYPES = new Set(['', 'text/plain', 'application/octet-stream'])
const SUBTITLE_BY_EXTENSION: Record<string, string> = { srt: 'application/x-subrip', vtt: 'text/vtt' }

/**
 * The type an upload claims: its MIME type, except that a generic one on a .srt/.vtt file means the
 * subtitle type (the content check then decides whether it really is one).
 */
export function claimedType(mimetype: string | undefined | null, filename: string): string {
  const essence = mimeEssence(mimetype)
  const extension = filename.slice(filename.lastIndexOf('.') + 1).toLowerCase()
  return GENERIC_TYPES.has(essence) && SUBTITLE_BY_EXTENSION[extension] ? SUBTITLE_BY_EXTENSION[extension] : essence
}
