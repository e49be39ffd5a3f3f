/** What the media library accepts, and how much. Numbers are configuration, not code. */
export const ACCEPTED_MIME_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/svg+xml',
  'video/mp4',
  'video/webm',
  'audio/mpeg',
  'audio/mp4',
  'audio/wav',
  'audio/x-wav',
  'text/vtt',
  'application/x-subrip',
]

export const MAX_UPLOAD_BYTES = Number(process.env.MEDIA_MAX_BYTES ?? 200 * 1024 * 1024)
export const MAX_IMAGE_BYTES = Number(process.env.MEDIA_MAX_IMAGE_BYTES ?? 40 * 1024 * 1024)
/** Pixels one image may decode to; 30000×30000 PNG bombs are far above it. */
export const MAX_IMAGE_PIXELS = Number(process.env.MEDIA_MAX_PIXELS ?? 100_000_000)
