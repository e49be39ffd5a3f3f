import sharp from 'sharp'

import { WechatClient, type TokenStore } from '../../../publishers/wechat/client'
import type { SandboxApp, SandboxOptions } from '../../../publishers/wechat/sandbox/options'
import { startWechatSandbox, type WechatSandbox } from '../../../publishers/wechat/sandbox/server'

/** A sandbox on 127.0.0.1 (random port) with one certified app, and clients of it for the WeChat tests. */
export const TEST_APP: SandboxApp = {
  appId: 'wx0123456789abcdef',
  appSecret: 'test-secret-0123456789abcdef0123',
  token: 'rongmeiTestToken',
  encodingAESKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  name: '测试公众号',
}

export const startSandbox = (options: Partial<SandboxOptions> = {}) =>
  startWechatSandbox({ publishDelayMs: 60_000, hangMs: 2_000, ...options, apps: options.apps ?? [TEST_APP] })

/** A token store with the shape of Payload's KV store, in memory (the client tests run without a database). */
export function memoryStore(): TokenStore & { map: Map<string, unknown> } {
  const map = new Map<string, unknown>()
  return {
    map,
    get: async <T,>(key: string) => (map.get(key) as T) ?? null,
    set: async (key, value) => void map.set(key, structuredClone(value)),
    delete: async (key) => void map.delete(key),
  }
}

export const clientOf = (sandbox: WechatSandbox, store: TokenStore = memoryStore(), app: SandboxApp = TEST_APP, timeoutMs = 1_000) =>
  new WechatClient({ appId: app.appId, appSecret: app.appSecret, baseUrl: sandbox.url, tokenStore: store, timeoutMs, now: () => new Date(sandbox.state.now()) })

export const jpeg = (width = 64, height = 48, color = '#c0392b') =>
  sharp({ create: { width, height, channels: 3, background: color } }).jpeg().toBuffer()

export const png = (width = 64, height = 48) => sharp({ create: { width, height, channels: 4, background: '#2980b9' } }).png().toBuffer()

/** Random noise compresses badly: a JPEG of about `bytes` or more. */
export async function bigJpeg(minBytes: number) {
  let side = 600
  for (;;) {
    const noise = Buffer.alloc(side * side * 3)
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + (i >> 3) * 104729) & 0xff ^ ((i * 2654435761) >>> 24)
    const bytes = await sharp(noise, { raw: { width: side, height: side, channels: 3 } }).jpeg({ quality: 100 }).toBuffer()
    if (bytes.length >= minBytes) return bytes
    side += 300
  }
}

export const upload = (bytes: Buffer, filename = 'a.jpg', contentType = 'image/jpeg') => ({ bytes, filename, contentType })
