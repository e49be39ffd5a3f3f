/** What the media library accepts, and how much. Numbers are configuration, not code. */
// One list of accepted types, kept with their kinds (media/mediaKinds.ts).
export { ACCEPTED_MIME_TYPES } from './mediaKinds'

const MB = 1024 * 1024
const fromEnv = (name: string, fallback: number) => Number(process.env[name] ?? fallback)

/** The whole request body Payload accepts; the per-kind limits below are the real ones. */
export const MAX_UPLOAD_BYTES = fromEnv('MEDIA_MAX_BYTES', 200 * MB)
export const MAX_IMAGE_BYTES = fromEnv('MEDIA_MAX_IMAGE_BYTES', 40 * MB)

/** Per kind of media, the largest file accepted. */
export const MAX_BYTES_BY_KIND = {
  raster: MAX_IMAGE_BYTES,
  // An SVG is text to be parsed in full: keep it small.
  svg: fromEnv('MEDIA_MAX_SVG_BYTES', 2 * MB),
  video: MAX_UPLOAD_BYTES,
  audio: fromEnv('MEDIA_MAX_AUDIO_BYTES', 100 * MB),
  subtitle: fromEnv('MEDIA_MAX_SUBTITLE_BYTES', 2 * MB),
} as const

/** Pixels one image may decode to; 30000×30000 PNG bombs are far above it. */
export const MAX_IMAGE_PIXELS = fromEnv('MEDIA_MAX_PIXELS', 100_000_000)

/** Below this many pixels on the long side a photo is flagged as not fit for print. */
export const PRINT_MIN_LONG_SIDE = fromEnv('MEDIA_PRINT_MIN_LONG_SIDE', 1500)

/** Weibo refuses images over 5 MB (we aim below it). */
export const WEIBO_MAX_BYTES = 5 * MB
