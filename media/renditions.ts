import sharp, { type Sharp } from 'sharp'

import { focalCrop, normalisedCrop, placeRect, type FocalPoint, type Size } from './focalCrop'
import { setJfifDensity } from './jfifDensity'
import { MAX_IMAGE_PIXELS } from './limits'
import { RENDITION_SPECS, type CoverSpec, type FitSpec, type FullSpec, type RenditionSpec } from './renditionSpecs'

export type Rendition = {
  name: string
  slug: string
  data: Buffer
  width: number
  height: number
  bytes: number
  format: 'jpeg'
  /** Cover renditions: the crop as fractions of the original (reusable for WeChat's pic_crop_*). */
  crop?: { x1: number; y1: number; x2: number; y2: number }
  /** Print rendition only. */
  printable?: boolean
  note?: string
}

/**
 * One sharp instance holds the input and the steps every rendition shares (EXIF orientation applied
 * first, alpha flattened for JPEG); each rendition is a clone() of it. Clones share the input buffer
 * and options, and each still decodes on its own: measured on a 12-megapixel JPEG, decoding once to
 * raw pixels and resizing from those was about 2× slower than this, because it gives up libjpeg's
 * shrink-on-load (decoding at 1/2, 1/4, 1/8 scale) that the smaller renditions get for free.
 * No rendition calls withMetadata/keepExif/withDensity, so sharp writes no EXIF, ICC or XMP.
 */
export async function makeRenditions(
  input: Buffer,
  focal: FocalPoint = {},
  specs: readonly RenditionSpec[] = RENDITION_SPECS,
): Promise<Rendition[]> {
  const base = sharp(input, { failOn: 'error', limitInputPixels: MAX_IMAGE_PIXELS, animated: false })
    .rotate()
    .flatten({ background: '#ffffff' })
  const meta = await base.metadata()
  // Size after EXIF orientation: what every rendition is computed against.
  const source: Size = { width: meta.autoOrient.width, height: meta.autoOrient.height }
  return Promise.all(
    specs.map((spec) => {
      const pipeline = base.clone()
      switch (spec.mode) {
        case 'cover':
          return cover(pipeline, source, spec, focal)
        case 'fit':
          return fit(pipeline, spec)
        case 'full':
          return full(pipeline, source, spec)
      }
    }),
  )
}

async function encode(pipeline: Sharp, spec: RenditionSpec, quality = spec.quality) {
  const { data, info } = await pipeline.jpeg({ quality }).toBuffer({ resolveWithObject: true })
  return { name: spec.name, slug: spec.slug, data, width: info.width, height: info.height, bytes: data.length, format: 'jpeg' as const }
}

async function cover(pipeline: Sharp, source: Size, spec: CoverSpec, focal: FocalPoint): Promise<Rendition> {
  const scale = Math.max(spec.width / source.width, spec.height / source.height)
  if (scale >= 1) {
    // Smaller than the target: crop at the source's own resolution, never enlarge.
    const rect = focalCrop(source, spec.width / spec.height, focal)
    return { ...(await encode(pipeline.extract(rect), spec)), crop: normalisedCrop(source, rect) }
  }
  // Scale first, then crop: resizing before extracting keeps JPEG shrink-on-load possible.
  const scaled = {
    width: Math.max(spec.width, Math.round(source.width * scale)),
    height: Math.max(spec.height, Math.round(source.height * scale)),
  }
  const rect = placeRect(scaled, spec, focal)
  const out = await encode(pipeline.resize(scaled.width, scaled.height, { fit: 'fill' }).extract(rect), spec)
  return { ...out, crop: normalisedCrop(scaled, rect) }
}

async function fit(pipeline: Sharp, spec: FitSpec): Promise<Rendition> {
  const resized = pipeline.resize(spec.maxWidth, spec.maxHeight, { fit: 'inside', withoutEnlargement: true })
  let out = await encode(resized.clone(), spec)
  // Rarely needed (noisy photos at 2048 px): step the quality down until the file fits.
  for (let quality = spec.quality - 10; spec.maxBytes && out.bytes > spec.maxBytes && quality >= 40; quality -= 10) {
    out = await encode(resized.clone(), spec, quality)
  }
  if (spec.maxBytes && out.bytes > spec.maxBytes) throw new Error(`${spec.label}尺寸无法压缩到 ${spec.maxBytes} 字节以内`)
  return out
}

async function full(pipeline: Sharp, source: Size, spec: FullSpec): Promise<Rendition> {
  const out = await encode(pipeline, spec)
  const data = setJfifDensity(out.data, spec.density)
  const longSide = Math.max(source.width, source.height)
  const printable = longSide >= spec.minLongSide
  return {
    ...out,
    data,
    bytes: data.length,
    printable,
    ...(printable ? {} : { note: `原图长边仅 ${longSide} 像素，低于印刷所需的 ${spec.minLongSide} 像素，不宜用于印刷。` }),
  }
}
