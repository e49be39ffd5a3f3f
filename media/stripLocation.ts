import exifReader from 'exif-reader'
import sharp, { type Sharp } from 'sharp'

/** Formats whose originals may carry EXIF GPS and that sharp writes back in the same format. */
const REENCODE: Record<string, (image: Sharp) => Sharp> = {
  'image/jpeg': (image) => image.jpeg({ quality: 95, chromaSubsampling: '4:4:4' }),
  'image/png': (image) => image.png(),
  'image/webp': (image) => image.webp({ quality: 95 }),
}

function hasLocation(exif: Buffer | undefined): boolean {
  if (!exif) return false
  try {
    const tags = exifReader(exif) as { GPSInfo?: Record<string, unknown> }
    return Boolean(tags.GPSInfo && Object.keys(tags.GPSInfo).length)
  } catch {
    // Unreadable EXIF: treat as possibly locating, and strip.
    return true
  }
}

/**
 * Phone photos carry where they were taken, and the media library serves originals publicly. An original
 * with GPS in its EXIF is re-encoded once, upright, with its colour profile and without any EXIF; originals
 * without a location keep their bytes untouched. Returns the new bytes, or null when nothing had to change.
 */
export async function withoutLocation(bytes: Buffer, mimetype: string): Promise<Buffer | null> {
  const encode = REENCODE[mimetype]
  if (!encode) return null
  const { exif } = await sharp(bytes).metadata()
  if (!hasLocation(exif)) return null
  return encode(sharp(bytes).rotate().keepIccProfile()).toBuffer()
}
