import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import exifReader from 'exif-reader'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { RENDITION_SPECS } from '../../media/renditionSpecs'
import { bootPayload } from '../setup/payload'
import { file, photoWithGps, pngBomb, pngImage, SAFE_SVG, SRT, svg, tinyMp4, truncatedJpeg, VTT } from './fixtures'

/**
 * Uploads through the Local API as an editor (overrideAccess: false): hostile files are refused with
 * a Chinese message on the `file` field; a photo gets every rendition on disk, none with EXIF/GPS.
 */
const STATIC_DIR = path.resolve(process.env.MEDIA_DIR || 'data/media')
const stamp = `${process.pid}-${Date.now() % 1e6}`
const named = (name: string) => `t${stamp}-${name}`

type RenditionRecord = { url: string; filename: string; width: number; height: number; bytes: number; format: string; printable?: boolean; crop?: { x1: number; x2: number } }
type MediaDoc = { id: number | string; filename: string; mimeType: string; focalX?: number; renditions: Record<string, RenditionRecord> | null }

let payload: Payload
let editor: Record<string, unknown>
const created: (number | string)[] = []

beforeAll(async () => {
  payload = await bootPayload('media-uploads')
  const unit = await payload.create({ collection: 'units', data: { name: '全媒体中心', code: 'qmt', kind: 'centre' } })
  const user = await payload.create({
    collection: 'users',
    data: { name: '王编辑', email: `editor-${stamp}@example.edu.cn`, password: 'Passw0rd!x', unit: unit.id, roles: ['editor'] },
  })
  editor = { ...user, collection: 'users' }
})

afterAll(async () => {
  for (const id of created) await payload.delete({ collection: 'media', id, overrideAccess: true }).catch(() => undefined)
})

const upload = async (data: Buffer, mimetype: string, name: string, extra: Record<string, unknown> = {}) => {
  const doc = (await payload.create({
    collection: 'media',
    data: { alt: '测试', ...extra },
    file: file(data, mimetype, named(name)),
    user: editor,
    overrideAccess: false,
  } as never)) as unknown as MediaDoc
  created.push(doc.id)
  return doc
}

/** The upload must fail with 400, the message, and the message on the `file` field. */
async function expectRefused(data: Buffer, mimetype: string, name: string, message: RegExp) {
  const error = await upload(data, mimetype, name).then(
    () => null,
    (caught: unknown) => caught as { status?: number; message: string; data?: { path: string; message: string }[] },
  )
  expect(error, `${name} should be refused`).not.toBeNull()
  expect(error!.status).toBe(400)
  expect(error!.message).toMatch(message)
  expect(error!.message).toContain(named(name))
  expect(error!.data).toEqual([{ path: 'file', message: error!.message }])
}

describe('hostile uploads are refused (Local API, editor, overrideAccess false)', () => {
  it.each([
    ['script', svg('<script>alert(1)</script>'), /脚本（<script>）/],
    ['onload', svg('<rect width="1" height="1"/>', ' onload="alert(1)"'), /事件处理属性（onload）/],
    ['javascript', svg('<a xlink:href="&#106;avascript:alert(1)"><text>点我</text></a>'), /javascript: 链接/],
    ['foreign', svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'), /foreignObject/],
    ['external', svg('<image href="https://tracker.example.com/p.png" width="1" height="1"/>'), /外部资源引用/],
    ['css-import', svg('<style>@import url(https://evil.example.com/a.css);</style>'), /外部样式引用/],
  ])('SVG with %s', async (name, data, message) => {
    await expectRefused(data, 'image/svg+xml', `${name}.svg`, new RegExp(`^SVG 文件“.*”含有${message.source}.*存在安全风险，已拒绝上传。$`))
  })

  it('bytes that do not match the claimed type', async () => {
    await expectRefused(await pngImage(), 'image/jpeg', 'x.png', /^文件“.*x\.png”的内容与声明的类型（image\/jpeg）不符，已拒绝上传。检测到的实际类型为 image\/png。$/)
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), Buffer.alloc(512)])
    await expectRefused(exe, 'image/png', 'setup.png', /的内容与声明的类型（image\/png）不符/)
    await expectRefused(await photoWithGps(64, 48), 'text/vtt', 'cover.vtt', /的内容与声明的类型（text\/vtt）不符/)
    await expectRefused(Buffer.from('这不是字幕\n只是一段文字'), 'application/x-subrip', 'notes.srt', /的内容与声明的类型（application\/x-subrip）不符/)
    await expectRefused(Buffer.from('<html><body>hi</body></html>'), 'image/svg+xml', 'page.svg', /的内容与声明的类型（image\/svg\+xml）不符.*不是有效的 SVG/)
    await expectRefused(tinyMp4(), 'audio/mpeg', 'song.mp3', /的内容与声明的类型（audio\/mpeg）不符/)
  })

  it('a truncated JPEG', async () => {
    await expectRefused(await truncatedJpeg(), 'image/jpeg', 'cut.jpg', /^图片“.*”不完整或已损坏，无法完整解码，已拒绝上传。$/)
  })

  it('a 30000×30000 PNG decompression bomb, quickly and without decoding it', async () => {
    const bomb = pngBomb(30000, 30000)
    expect(bomb.length).toBeLessThan(2000)
    const rssBefore = process.memoryUsage().rss
    const started = performance.now()
    await expectRefused(bomb, 'image/png', 'bomb.png', /尺寸为 30000×30000（9\.0 亿像素），超过上限 1\.0 亿像素，疑似解压炸弹，已拒绝上传/)
    expect(performance.now() - started).toBeLessThan(2000)
    // Decoding it would take ~900 MB (1 byte per pixel at least).
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024)
  })

  it('oversized files, per kind', async () => {
    await expectRefused(Buffer.alloc(40 * 1024 * 1024 + 1, 0xff), 'image/jpeg', 'huge.jpg', /大小为 40\.0 MB，超过图片的上限 40\.0 MB/)
    const bigVtt = Buffer.concat([VTT, Buffer.alloc(2 * 1024 * 1024, 0x20)])
    await expectRefused(bigVtt, 'text/vtt', 'long.vtt', /超过字幕的上限 2\.0 MB/)
  })

  it('unknown types', async () => {
    await expectRefused(Buffer.from('%PDF-1.7\n%âãÏÓ\n'), 'application/pdf', 'doc.pdf', /的类型（application\/pdf）不在媒体库允许的范围内/)
  })

  it('a hostile file on update, too', async () => {
    const doc = await upload(await pngImage(), 'image/png', 'ok.png')
    const error = await payload
      .update({
        collection: 'media',
        id: doc.id,
        data: {},
        file: file(svg('<script>alert(1)</script>'), 'image/svg+xml', named('swap.svg')),
        user: editor,
        overrideAccess: false,
      } as never)
      .then(
        () => null,
        (caught: { status?: number; message: string }) => caught,
      )
    expect(error?.status).toBe(400)
    expect(error?.message).toMatch(/含有脚本/)
  })
})

describe('accepted uploads', () => {
  let photo: MediaDoc

  beforeAll(async () => {
    photo = await upload(await photoWithGps(3000, 2000), 'image/jpeg', 'campus.jpg', { focalX: 80, focalY: 50 })
  })

  it('records every rendition with url, size, bytes and format', () => {
    expect(Object.keys(photo.renditions ?? {}).sort()).toEqual(RENDITION_SPECS.map((spec) => spec.name).sort())
    const base = photo.filename.replace(/\.jpg$/, '')
    expect(photo.renditions!.wechatCover).toMatchObject({
      url: `/api/media/file/${base}-wechat-cover.jpg`,
      filename: `${base}-wechat-cover.jpg`,
      width: 900,
      height: 383,
      format: 'jpeg',
    })
    expect(photo.renditions!.print).toMatchObject({ width: 3000, height: 2000, printable: true })
  })

  it('writes each rendition next to the original, matching the record, with no EXIF or GPS', async () => {
    expect(existsSync(path.join(STATIC_DIR, photo.filename))).toBe(true)
    // The original is public too: it is stored upright, at full size, without its location.
    const original = await sharp(path.join(STATIC_DIR, photo.filename)).metadata()
    expect([original.width, original.height]).toEqual([3000, 2000])
    expect(original.exif).toBeUndefined()
    for (const [name, record] of Object.entries(photo.renditions!)) {
      const bytes = await readFile(path.join(STATIC_DIR, record.filename))
      const meta = await sharp(bytes).metadata()
      expect([meta.width, meta.height, bytes.length], name).toEqual([record.width, record.height, record.bytes])
      expect(meta.exif, name).toBeUndefined()
    }
    expect((await sharp(path.join(STATIC_DIR, photo.renditions!.print.filename)).metadata()).density).toBe(300)
  })

  it('crops around the focal point, and re-crops when only the focal point changes', async () => {
    // x = 80% pushes the square crop (2000 of 3000 px) to the right edge.
    expect(photo.renditions!.wechatSquare.crop?.x2).toBe(1)
    const moved = (await payload.update({
      collection: 'media',
      id: photo.id,
      data: { focalX: 10, focalY: 50 },
      user: editor,
      overrideAccess: false,
    } as never)) as unknown as MediaDoc
    expect(moved.renditions!.wechatSquare.crop?.x1).toBe(0)
    const square = await readFile(path.join(STATIC_DIR, moved.renditions!.wechatSquare.filename))
    expect(square.length).toBe(moved.renditions!.wechatSquare.bytes)
  })

  it('ignores renditions sent by a client', async () => {
    const updated = (await payload.update({
      collection: 'media',
      id: photo.id,
      data: { renditions: { thumbnail: { url: 'https://evil.example.com/x.jpg', filename: '../../etc/passwd' } } },
      user: editor,
      overrideAccess: false,
    } as never)) as unknown as MediaDoc
    expect(updated.renditions!.thumbnail.url).toMatch(/^\/api\/media\/file\//)
  })

  it('gives video, subtitles and SVG no renditions', async () => {
    for (const [data, mimetype, name] of [
      [VTT, 'text/vtt', 'ep1.vtt'],
      [SRT, 'application/x-subrip', 'ep1.srt'],
      [tinyMp4(), 'video/mp4', 'clip.mp4'],
      [SAFE_SVG, 'image/svg+xml', 'logo.svg'],
    ] as const) {
      const doc = await upload(data, mimetype, name)
      expect(doc.renditions, name).toBeNull()
      expect(doc.mimeType, name).toBe(mimetype)
    }
    // Many systems send .srt files as text/plain: the content decides, and the real type is stored.
    const sentAsText = await upload(SRT, 'text/plain', 'ep2.srt')
    expect(sentAsText.mimeType).toBe('application/x-subrip')
    await expectRefused(Buffer.from('随便写的文字'), 'text/plain', 'fake.srt', /的内容与声明的类型（application\/x-subrip）不符/)
    await expectRefused(Buffer.from('随便写的文字'), 'text/plain', 'notes.txt', /的类型（text\/plain）不在媒体库允许的范围内/)
  })

  it('removes the rendition files when the document is deleted', async () => {
    const doc = await upload(await photoWithGps(1600, 900), 'image/jpeg', 'gone.jpg')
    const files = Object.values(doc.renditions!).map((record) => path.join(STATIC_DIR, record.filename))
    expect(files.every((f) => existsSync(f))).toBe(true)
    await payload.delete({ collection: 'media', id: doc.id, user: editor, overrideAccess: false } as never)
    expect(files.filter((f) => existsSync(f))).toEqual([])
    expect(existsSync(path.join(STATIC_DIR, doc.filename))).toBe(false)
  })
})
