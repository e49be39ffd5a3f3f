/**
 * Pure geometry for cropping around a focal point. Payload stores the focal point as percentages
 * (focalX/focalY, 0–100, default 50/50) of the original image.
 */
export type Size = { width: number; height: number }
export type Rect = { left: number; top: number; width: number; height: number }
export type FocalPoint = { x?: number | null; y?: number | null }

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))

/** A percentage from Payload as a 0–1 fraction; missing or invalid values fall back to the centre. */
const fraction = (percent: number | null | undefined) =>
  typeof percent === 'number' && Number.isFinite(percent) ? clamp(percent, 0, 100) / 100 : 0.5

/**
 * A rectangle of `size` (shrunk to fit if larger than the source) centred on the focal point as far
 * as possible, then pushed back inside the source: a focal point at an edge still gives a full crop.
 */
export function placeRect(source: Size, size: Size, focal: FocalPoint = {}): Rect {
  const width = clamp(Math.round(size.width), 1, source.width)
  const height = clamp(Math.round(size.height), 1, source.height)
  const left = clamp(Math.round(fraction(focal.x) * source.width - width / 2), 0, source.width - width)
  const top = clamp(Math.round(fraction(focal.y) * source.height - height / 2), 0, source.height - height)
  return { left, top, width, height }
}

/** The largest rectangle of `aspect` (width / height) inside the source, around the focal point. */
export function focalCrop(source: Size, aspect: number, focal: FocalPoint = {}): Rect {
  if (!(aspect > 0) || source.width < 1 || source.height < 1) throw new RangeError('focalCrop needs a positive aspect and size')
  const wide = source.width / source.height > aspect
  const size = wide
    ? { width: Math.min(source.width, Math.round(source.height * aspect)), height: source.height }
    : { width: source.width, height: Math.min(source.height, Math.round(source.width / aspect)) }
  return placeRect(source, size, focal)
}

/**
 * The crop as fractions of the source (x1, y1 top-left; x2, y2 bottom-right), the form WeChat's
 * draft API takes for its cover crops (pic_crop_235_1, pic_crop_1_1).
 */
export function normalisedCrop(source: Size, rect: Rect): { x1: number; y1: number; x2: number; y2: number } {
  const round = (value: number) => Math.round(value * 1e6) / 1e6
  return {
    x1: round(rect.left / source.width),
    y1: round(rect.top / source.height),
    x2: round((rect.left + rect.width) / source.width),
    y2: round((rect.top + rect.height) / source.height),
  }
}

/** "x1_y1_x2_y2", WeChat's string form of a normalised crop. */
export const wechatCropParam = (crop: ReturnType<typeof normalisedCrop>): string =>
  [crop.x1, crop.y1, crop.x2, crop.y2].map((value) => value.toFixed(6)).join('_')
