import exifReader from 'exif-reader'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { setJfifDensity } from '../../media/jfifDensity'
import { makeRenditions, type Rendition } from '../../media/renditions'
import { RENDITION_SPECS } from '../../media/renditionSpecs'
import { photoWithGps, pngImage } from './fixtures'

const byName = (renditions: Rendition[]) => Object.fromEntries(renditions.map((r) => [r.name, r]))

describe('renditions of a photo with GPS EXIF', () => {
  let source: Buffer
  let renditions: Record<string, Rendition>

  beforeAll(async () => {
    source = await photoWithGps(3000, 2000)
    // The fixture really carries GPS, or the stripping checks below would prove nothing.
    const exif = exifReader((await sharp(source).metadata()).exif!)
    expect(exif.GPSInfo?.GPSLatitudeRef).toBe('N')
    renditions = byName(await makeRenditions(source, { x: 30, y: 70 }))
  })

  it('makes every rendition in the spec list', () => {
    expect(Object.keys(renditions).sort()).toEqual(RENDITION_SPECS.map((spec) => spec.name).sort())
  })

  it('gives each rendition its size and aspect', async () => {
    const expected: Record<string, [number, number]> = {
      thumbnail: [480, 320],
      card: [1200, 675],
      wechatCover: [900, 383],
      wechatSquare: [500, 500],
      weibo: [2048, 1365],
      print: [3000, 2000],
    }
    for (const [name, [width, height]] of Object.entries(expected)) {
      const meta = await sharp(renditions[name].data).metadata()
      expect([meta.format, meta.width, meta.height], name).toEqual(['jpeg', width, height])
      expect([renditions[name].width, renditions[name].height], name).toEqual([width, height])
      expect(renditions[name].bytes).toBe(renditions[name].data.length)
    }
  })

  it('carries no EXIF (so no GPS), XMP or ICC in any rendition, print included', async () => {
    for (const rendition of Object.values(renditions)) {
      const meta = await sharp(rendition.data).metadata()
      expect(meta.exif, rendition.name).toBeUndefined()
      expect(meta.xmp, rendition.name).toBeUndefined()
      expect(rendition.data.includes(Buffer.from('Exif\0\0')), rendition.name).toBe(false)
      expect(rendition.data.includes(Buffer.from('RongmeiCam')), rendition.name).toBe(false)
    }
  })

  it('marks the print rendition 300 dpi at full resolution, printable', async () => {
    const meta = await sharp(renditions.print.data).metadata()
    expect(meta.density).toBe(300)
    expect(meta.exif).toBeUndefined()
    expect(renditions.print.printable).toBe(true)
    expect(renditions.print.note).toBeUndefined()
  })

  it('crops the covers around the focal point', () => {
    // Scaled to 1200×800, the 1200×675 card centred on y = 70% (560 px) is clamped to the bottom edge.
    expect(renditions.card.crop).toEqual({ x1: 0, y1: 0.15625, x2: 1, y2: 1 })
    // 1:1 is 2000×2000 centred on x = 30% (900 px) → clamped to the left edge.
    expect(renditions.wechatSquare.crop?.x1).toBe(0)
    expect(renditions.wechatSquare.crop?.x2).toBeCloseTo(2000 / 3000, 3)
  })

  it('keeps Weibo under 5 MB', () => {
    expect(renditions.weibo.bytes).toBeLessThan(5 * 1024 * 1024)
  })
})

describe('renditions, other sources', () => {
  it('applies the EXIF orientation before anything else', async () => {
    const source = await photoWithGps(1200, 800, 6) // stored landscape, displayed portrait
    const out = byName(await makeRenditions(source))
    expect([out.print.width, out.print.height]).toEqual([800, 1200])
    expect([out.thumbnail.width, out.thumbnail.height]).toEqual([320, 480])
    expect((await sharp(out.print.data).metadata()).orientation).toBeUndefined()
  })

  it('flags a small photo as not printable, in Chinese, and never enlarges', async () => {
    const out = byName(await makeRenditions(await photoWithGps(800, 600)))
    expect(out.print.printable).toBe(false)
    expect(out.print.note).toMatch(/长边仅 800 像素.*1500 像素.*不宜用于印刷/)
    expect([out.card.width, out.card.height]).toEqual([800, 450])
    expect([out.wechatSquare.width, out.wechatSquare.height]).toEqual([500, 500])
    expect([out.weibo.width, out.weibo.height]).toEqual([800, 600])
  })

  it('flattens PNG transparency onto white for JPEG', async () => {
    const out = byName(await makeRenditions(await pngImage(640, 480)))
    const meta = await sharp(out.thumbnail.data).metadata()
    expect([meta.format, meta.hasAlpha]).toEqual(['jpeg', false])
  })
})

describe('density without EXIF', () => {
  it("sharp 0.35's withDensity() keeps the input's EXIF, GPS included (why media/jfifDensity exists)", async () => {
    const source = await photoWithGps(200, 100)
    const meta = await sharp(await sharp(source).withDensity(300).jpeg().toBuffer()).metadata()
    expect(meta.density).toBe(300)
    expect(exifReader(meta.exif!).GPSInfo?.GPSLatitudeRef).toBe('N')
  })

  it('setJfifDensity sets 300 dpi on a stripped JPEG and adds no EXIF', async () => {
    const stripped = await sharp(await photoWithGps(200, 100)).jpeg().toBuffer()
    const before = await sharp(stripped).metadata()
    expect(before.exif).toBeUndefined()
    const out = setJfifDensity(stripped, 300)
    const meta = await sharp(out).metadata()
    expect([meta.density, meta.exif, meta.width, meta.height]).toEqual([300, undefined, 200, 100])
    // Only an 18-byte JFIF APP0 segment was added (sharp writes none); the image data is as it was.
    expect(out.length).toBe(stripped.length + 18)
    expect(out.subarray(20).equals(stripped.subarray(2))).toBe(true)
  })

  it('setJfifDensity updates an existing JFIF header in place, and refuses non-JPEGs', async () => {
    const at72 = setJfifDensity(await sharp(await photoWithGps(64, 64)).jpeg().toBuffer(), 72)
    expect((await sharp(at72).metadata()).density).toBe(72)
    const at300 = setJfifDensity(at72, 300)
    expect(at300.length).toBe(at72.length)
    expect((await sharp(at300).metadata()).density).toBe(300)
    expect(() => setJfifDensity(Buffer.from('nope'), 300)).toThrow(/not a JPEG/)
  })
})
