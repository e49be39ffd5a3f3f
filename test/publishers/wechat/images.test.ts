import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { BODY_IMAGE_MAX_BYTES, bodyImage, coverImage } from '../../../publishers/wechat/images'
import type { WechatSandbox } from '../../../publishers/wechat/sandbox/server'
import { bigJpeg, clientOf, jpeg, startSandbox, upload } from './sandboxWorld'

/** What WeChat gets for our media: JPG/PNG under 1 MB for the body (converted and compressed by sharp), ≤ 10 MB covers. */
let sandbox: WechatSandbox
beforeAll(async () => {
  sandbox = await startSandbox()
})
afterAll(async () => {
  await sandbox?.close()
})

describe('images for WeChat', () => {
  it('keeps small JPG/PNG as they are; converts WebP and GIF; compresses large photos under 1 MB; uploadimg accepts them', async () => {
    const small = upload(await jpeg())
    expect(await bodyImage(small)).toBe(small)
    const webp = upload(await sharp({ create: { width: 300, height: 200, channels: 4, background: '#8e44ad80' } }).webp().toBuffer(), 'a.webp', 'image/webp')
    const big = upload(await bigJpeg(1.5 * 1024 * 1024), 'big.jpg')
    const client = clientOf(sandbox)
    for (const original of [webp, big]) {
      const converted = await bodyImage(original)
      expect(converted.contentType).toBe('image/jpeg')
      expect(converted.filename).toMatch(/\.jpg$/)
      expect(converted.bytes.length).toBeLessThanOrEqual(BODY_IMAGE_MAX_BYTES)
      expect((await sharp(converted.bytes).metadata()).format).toBe('jpeg')
      expect(await client.uploadImage(converted)).toMatch(/^http:\/\/mmbiz\.qpic\.cn\/mmbiz_jpg\//)
    }
    // A 1.5 MB photo is a fine cover as it is (≤ 10 MB); a WebP cover becomes a JPEG.
    expect(await coverImage(big)).toBe(big)
    expect((await coverImage(webp)).contentType).toBe('image/jpeg')
  })
})
