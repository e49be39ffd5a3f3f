import { crc32, deflateSync } from 'node:zlib'

import sharp from 'sharp'

/** Test files made in code: nothing binary is committed. */

export const GPS_EXIF = {
  IFD0: { Make: 'RongmeiCam', Model: 'Test 1' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 31/1 2/1', GPSLongitudeRef: 'E', GPSLongitude: '114/1 21/1 5/1' },
}

/** A noisy photo-like JPEG carrying GPS EXIF (and optionally an EXIF orientation). */
export async function photoWithGps(width: number, height: number, orientation?: number): Promise<Buffer> {
  let image = sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 30 } } }).jpeg({ quality: 85 })
  if (orientation) image = image.withMetadata({ orientation })
  return image.withExifMerge(GPS_EXIF).toBuffer()
}

export const pngImage = (width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 4, background: { r: 20, g: 120, b: 200, alpha: 0.5 } } }).png().toBuffer()

/** The first part of a valid JPEG: the header is intact, the scan data stops halfway. */
export async function truncatedJpeg(): Promise<Buffer> {
  const whole = await photoWithGps(800, 600)
  return whole.subarray(0, Math.floor(whole.length * 0.6))
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * A PNG that claims width×height (1-bit greyscale) in a valid IHDR but carries a few hundred bytes of
 * compressed rows: what a decompression bomb looks like to a header reader.
 */
export function pngBomb(width = 30000, height = 30000): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 1 // bit depth
  ihdr[9] = 0 // greyscale
  const row = Buffer.alloc(1 + Math.ceil(width / 8))
  const idat = deflateSync(Buffer.concat(Array.from({ length: 64 }, () => row)))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', idat),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** A minimal ISO-BMFF (MP4) file: an ftyp box and an empty mdat box. */
export function tinyMp4(): Buffer {
  const box = (type: string, payload: Buffer) => {
    const size = Buffer.alloc(4)
    size.writeUInt32BE(8 + payload.length)
    return Buffer.concat([size, Buffer.from(type, 'latin1'), payload])
  }
  const ftyp = box('ftyp', Buffer.concat([Buffer.from('isom', 'latin1'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2mp41', 'latin1')]))
  return Buffer.concat([ftyp, box('free', Buffer.alloc(8)), box('mdat', Buffer.alloc(16))])
}

export const VTT = Buffer.from('WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n欢迎收看《早鸟行动》\n', 'utf8')
export const SRT = Buffer.from('1\r\n00:00:01,000 --> 00:00:03,000\r\n欢迎收看《早鸟行动》\r\n\r\n2\r\n00:00:04,000 --> 00:00:06,000\r\n第二句\r\n', 'utf8')

export const svg = (body: string, rootAttributes = '') =>
  Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="100"${rootAttributes}>${body}</svg>`)

export const SAFE_SVG = svg('<defs><linearGradient id="g"><stop offset="0" stop-color="#c00"/></linearGradient></defs><rect width="100" height="100" fill="url(#g)"/>')

export const file = (data: Buffer, mimetype: string, name: string) => ({ data, mimetype, name, size: data.length })
