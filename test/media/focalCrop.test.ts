import { describe, expect, it } from 'vitest'

import { focalCrop, normalisedCrop, placeRect, wechatCropParam } from '../../media/focalCrop'

const source = { width: 4000, height: 3000 }

describe('focalCrop', () => {
  it('takes the largest rectangle of the aspect, centred by default', () => {
    expect(focalCrop(source, 16 / 9)).toEqual({ left: 0, top: 375, width: 4000, height: 2250 })
    expect(focalCrop(source, 1)).toEqual({ left: 500, top: 0, width: 3000, height: 3000 })
  })

  it('centres on the focal point when there is room', () => {
    // 1:1 on 4000×3000 at x=40%: centre 1600 → left 100.
    expect(focalCrop(source, 1, { x: 40, y: 50 })).toEqual({ left: 100, top: 0, width: 3000, height: 3000 })
  })

  it('clamps at the edges so the crop stays whole', () => {
    expect(focalCrop(source, 1, { x: 0, y: 0 })).toEqual({ left: 0, top: 0, width: 3000, height: 3000 })
    expect(focalCrop(source, 1, { x: 100, y: 100 })).toEqual({ left: 1000, top: 0, width: 3000, height: 3000 })
    expect(focalCrop(source, 2.35, { x: 50, y: 100 })).toEqual({ left: 0, top: 1298, width: 4000, height: 1702 })
  })

  it('treats missing or out-of-range focal values as centre or edge', () => {
    expect(focalCrop(source, 1, { x: null, y: undefined })).toEqual(focalCrop(source, 1))
    expect(focalCrop(source, 1, { x: 250 })).toEqual(focalCrop(source, 1, { x: 100 }))
    expect(focalCrop(source, 1, { x: Number.NaN })).toEqual(focalCrop(source, 1))
  })

  it('keeps the aspect on portrait sources', () => {
    const rect = focalCrop({ width: 1500, height: 2000 }, 2.35, { y: 10 })
    expect(rect.width).toBe(1500)
    expect(rect.height).toBe(638)
    expect(rect.top).toBe(0)
  })

  it('refuses a non-positive aspect', () => {
    expect(() => focalCrop(source, 0)).toThrow(RangeError)
  })
})

describe('placeRect', () => {
  it('shrinks a rectangle larger than the source', () => {
    expect(placeRect({ width: 100, height: 50 }, { width: 300, height: 80 })).toEqual({ left: 0, top: 0, width: 100, height: 50 })
  })
})

describe('normalisedCrop (WeChat pic_crop_235_1)', () => {
  it('gives fractions of the source and the x1_y1_x2_y2 string', () => {
    const rect = focalCrop(source, 2.35, { x: 50, y: 0 })
    const crop = normalisedCrop(source, rect)
    expect(crop).toEqual({ x1: 0, y1: 0, x2: 1, y2: 0.567333 })
    expect(wechatCropParam(crop)).toBe('0.000000_0.000000_1.000000_0.567333')
  })
})
