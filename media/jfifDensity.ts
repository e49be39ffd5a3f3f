/**
 * Writes a pixel density (dpi) into a JPEG's JFIF header, touching nothing else.
 *
 * Why not sharp: in sharp 0.35 the only ways to set density, withDensity() and withMetadata(),
 * both keep the input's EXIF (withDensity() calls keepExif(), see sharp/dist/output.mjs), so GPS
 * would survive into the print file; adding withExif({}) still writes a fresh EXIF block. sharp's
 * default output has no EXIF and no APP0 segment at all: we add a JFIF header (or update one that is
 * there) whose density fields say `dpi`; the compressed image data is untouched.
 */
const SOI = [0xff, 0xd8]
const JFIF = Buffer.from('JFIF\0', 'latin1')

export function setJfifDensity(jpeg: Buffer, dpi: number): Buffer {
  if (!Number.isInteger(dpi) || dpi < 1 || dpi > 0xffff) throw new RangeError(`density must be 1–65535 dpi, got ${dpi}`)
  if (jpeg[0] !== SOI[0] || jpeg[1] !== SOI[1]) throw new Error('not a JPEG (no SOI marker)')
  const hasJfif = jpeg[2] === 0xff && jpeg[3] === 0xe0 && jpeg.subarray(6, 11).equals(JFIF)
  const out = hasJfif
    ? Buffer.from(jpeg)
    : // No APP0: insert a minimal JFIF 1.01 header right after SOI.
      Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xe0, 0x00, 0x10, ...JFIF, 1, 1, 0, 0, 1, 0, 1, 0, 0]), jpeg.subarray(2)])
  // APP0 layout: FFE0, length(2), "JFIF\0", version(2), units(1) @13, Xdensity(2) @14, Ydensity(2) @16.
  out[13] = 1 // dots per inch
  out.writeUInt16BE(dpi, 14)
  out.writeUInt16BE(dpi, 16)
  return out
}
