import { matchesClaimedType } from './contentType'
import { inspectRaster } from './imageSafety'
import { MAX_BYTES_BY_KIND, MAX_IMAGE_PIXELS } from './limits'
import { claimedType, KIND_LABELS, kindOf } from './mediaKinds'
import { inspectSvg } from './svgSafety'

export type UploadedFile = { data: Buffer; mimetype: string; name: string; size?: number }

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
const megapixels = (pixels: number) =>
  pixels >= 1e8 ? `${(pixels / 1e8).toFixed(1)} 亿像素` : `${Math.round(pixels / 1e4)} 万像素`
const ACCEPTED_LIST = 'JPEG、PNG、WebP、GIF、SVG、MP4、WebM、MP3、M4A、WAV、VTT、SRT'

/**
 * Everything that refuses an upload, cheapest check first, as the Chinese sentence shown to the
 * editor (null when the file may be stored). Nothing here writes anything.
 */
export async function findUploadProblem(file: UploadedFile): Promise<string | null> {
  const name = `“${file.name}”`
  const claimed = claimedType(file.mimetype, file.name)
  const kind = kindOf(claimed)
  if (!kind) {
    return `文件${name}的类型（${claimed || '未知'}）不在媒体库允许的范围内（${ACCEPTED_LIST}），已拒绝上传。`
  }
  const bytes = file.data
  if (!bytes || bytes.length === 0) return `文件${name}是空文件，已拒绝上传。`
  const limit = MAX_BYTES_BY_KIND[kind]
  if (bytes.length > limit) {
    return `文件${name}大小为 ${mb(bytes.length)}，超过${KIND_LABELS[kind]}的上限 ${mb(limit)}，已拒绝上传。`
  }

  const content = await matchesClaimedType(bytes, claimed)
  if (!content.ok) {
    const actual = content.detected ? `检测到的实际类型为 ${content.detected}。` : ''
    return `文件${name}的内容与声明的类型（${claimed}）不符，已拒绝上传。${actual}`
  }

  if (kind === 'svg') {
    const verdict = inspectSvg(bytes.toString('utf8'))
    if (verdict.ok) return null
    if (verdict.reason === 'hazard') return `SVG 文件${name}含有${verdict.detail}，存在安全风险，已拒绝上传。`
    return `文件${name}的内容与声明的类型（${claimed}）不符，已拒绝上传。它不是有效的 SVG（${verdict.detail || '根元素不是 <svg>'}）。`
  }

  if (kind === 'raster') {
    const verdict = await inspectRaster(bytes)
    if (verdict.ok) return null
    if (verdict.reason === 'bomb') {
      return `图片${name}的尺寸为 ${verdict.width}×${verdict.height}（${megapixels(verdict.pixels)}），超过上限 ${megapixels(MAX_IMAGE_PIXELS)}，疑似解压炸弹，已拒绝上传。`
    }
    return `图片${name}不完整或已损坏，无法完整解码，已拒绝上传。`
  }
  return null
}
