import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { withoutLocation } from '../../media/stripLocation'
import { photoWithGps, pngImage } from './fixtures'

describe('originals lose their location, nothing else', () => {
  it('re-encodes a JPEG with GPS upright, same size, without EXIF', async () => {
    // Orientation 6: stored sideways, shown rotated 90°.
    const bytes = await photoWithGps(300, 200, 6)
    const cleaned = await withoutLocation(bytes, 'image/jpeg')
    expect(cleaned).not.toBeNull()
    const meta = await sharp(cleaned!).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 200, 300])
    expect(meta.exif).toBeUndefined()
  })

  it('leaves an image without a location byte for byte', async () => {
    expect(await withoutLocation(await pngImage(), 'image/png')).toBeNull()
    const plainJpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c33' } }).jpeg().toBuffer()
    expect(await withoutLocation(plainJpeg, 'image/jpeg')).toBeNull()
  })

  it('does not touch formats it cannot write back (SVG, video)', async () => {
    expect(await withoutLocation(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml')).toBeNull()
  })
})
