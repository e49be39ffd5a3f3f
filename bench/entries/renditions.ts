import sharp from 'sharp'

import { placeRect } from '../../media/focalCrop'
import { makeRenditions } from '../../media/renditions'
import { RENDITION_SPECS } from '../../media/renditionSpecs'
import type { BenchEntry } from '../harness'

/**
 * Channel renditions of a 12-megapixel photo: media/renditions (shared input, cloned pipelines,
 * JFIF density patch, records) against raw sharp doing the same resizes, crops and encodes, each
 * rendition its own sharp(buffer) pipeline. The geometry is the same on both sides, so the ratio
 * is what our pipeline costs over sharp itself.
 */
const WIDTH = 4000
const HEIGHT = 3000
const FOCAL = { x: 35, y: 60 }

async function photo(): Promise<Buffer> {
  // Blurred noise compresses like a real photo (a flat colour would decode unrealistically fast).
  return sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .blur(1.5)
    .jpeg({ quality: 90 })
    .withExifMerge({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 31/1 2/1' } })
    .toBuffer()
}

function naive(input: Buffer) {
  return Promise.all(
    RENDITION_SPECS.map((spec) => {
      const image = sharp(input).rotate().flatten({ background: '#ffffff' })
      switch (spec.mode) {
        case 'cover': {
          const scale = Math.max(spec.width / WIDTH, spec.height / HEIGHT)
          const scaled = { width: Math.max(spec.width, Math.round(WIDTH * scale)), height: Math.max(spec.height, Math.round(HEIGHT * scale)) }
          return image
            .resize(scaled.width, scaled.height, { fit: 'fill' })
            .extract(placeRect(scaled, spec, FOCAL))
            .jpeg({ quality: spec.quality })
            .toBuffer()
        }
        case 'fit':
          return image.resize(spec.maxWidth, spec.maxHeight, { fit: 'inside', withoutEnlargement: true }).jpeg({ quality: spec.quality }).toBuffer()
        case 'full':
          return image.withDensity(spec.density).jpeg({ quality: spec.quality }).toBuffer()
      }
    }),
  )
}

export async function channelRenditions(): Promise<BenchEntry> {
  let input: Buffer = Buffer.alloc(0)
  return {
    name: 'channel renditions of a 12-megapixel photo',
    ratioLabel: 'media/renditions / raw sharp',
    goal: { max: 1.3 },
    rounds: 9,
    setup: async () => {
      input = await photo()
    },
    subject: () => makeRenditions(input, FOCAL),
    baseline: () => naive(input),
  }
}
