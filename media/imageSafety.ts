import sharp from 'sharp'

import { MAX_IMAGE_PIXELS } from './limits'

export type RasterVerdict =
  | { ok: true; width: number; height: number }
  | { ok: false; reason: 'bomb'; width: number; height: number; pixels: number }
  | { ok: false; reason: 'corrupt'; detail: string }

/**
 * Two steps, cheapest first. metadata() reads only the header, so a 30000×30000 PNG claiming 900
 * million pixels is refused before anything is decoded or allocated. Then the whole image is
 * decoded, streaming (stats() keeps no full-size buffer), with failOn 'error' so a truncated or
 * damaged file fails here instead of rendering half grey later.
 */
export async function inspectRaster(bytes: Buffer, maxPixels = MAX_IMAGE_PIXELS): Promise<RasterVerdict> {
  let width: number, height: number, pages: number
  try {
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata()
    width = meta.width
    height = meta.height
    pages = meta.pages ?? 1
  } catch (error) {
    return { ok: false, reason: 'corrupt', detail: (error as Error).message }
  }
  const pixels = width * height * pages
  if (!(pixels > 0) || pixels > maxPixels) return { ok: false, reason: 'bomb', width, height, pixels }
  try {
    await sharp(bytes, { failOn: 'error', limitInputPixels: maxPixels, animated: pages > 1 }).stats()
  } catch (error) {
    return { ok: false, reason: 'corrupt', detail: (error as Error).message }
  }
  return { ok: true, width, height }
}
