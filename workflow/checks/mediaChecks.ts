import type { LexicalText, UploadNode } from '../text/lexicalText'
import type { CheckItem, Finding, MediaDoc } from './types'

/**
 * Accessibility and attribution: every image (the cover and each image placed in the body) needs alt text and a
 * credit (来源/摄影), and the item needs at least one credit line. All 'warn': the reviewer decides.
 * Images that arrive as bare ids are looked up in `media`; one that cannot be resolved is not judged (the caller
 * should read the item with depth ≥ 1 or pass the media documents).
 */
const blank = (value: unknown) => typeof value !== 'string' || value.trim() === ''

export function resolveMedia(value: unknown, media: readonly MediaDoc[] = []): MediaDoc | null {
  if (value && typeof value === 'object') return value as MediaDoc
  if (typeof value === 'string' || typeof value === 'number') return media.find((doc) => String(doc.id) === String(value)) ?? null
  return null
}

const isImage = (doc: MediaDoc) => !doc.mimeType || doc.mimeType.startsWith('image/')

const describe = (doc: MediaDoc) => (doc.filename ? `（${doc.filename}）` : '')

export function checkMedia(item: CheckItem, body: LexicalText, media: readonly MediaDoc[] = []): Finding[] {
  const findings: Finding[] = []

  const cover = resolveMedia(item.cover, media)
  if (cover && isImage(cover)) {
    if (blank(cover.alt))
      findings.push({ id: 'missing-alt:cover', kind: 'missing-alt', level: 'warn', field: 'cover', message: `封面图片${describe(cover)}缺少替代文字（alt），请在媒体库补充` })
    if (blank(cover.credit))
      findings.push({ id: 'missing-credit:cover', kind: 'missing-credit', level: 'warn', field: 'cover', message: `封面图片${describe(cover)}缺少来源/摄影署名` })
  }

  body.uploads.forEach((upload, index) => {
    const doc = resolveMedia(upload.value, media)
    if (!doc || !isImage(doc)) return
    const nth = `正文第 ${upload.block + 1} 段的第 ${ordinalInBlock(body.uploads, index)} 张图片${describe(doc)}`
    const position = {
      start: upload.offset,
      end: upload.offset,
      location: { block: upload.block, blockType: 'upload', offset: 0, path: upload.path, nodeOffset: 0 },
    }
    if (blank(upload.fields?.alt) && blank(doc.alt))
      findings.push({ id: `missing-alt:body:${upload.path.join('.')}`, kind: 'missing-alt', level: 'warn', field: 'body', ...position, message: `${nth}缺少替代文字（alt）` })
    if (blank(upload.fields?.credit) && blank(doc.credit))
      findings.push({ id: `missing-credit:body:${upload.path.join('.')}`, kind: 'missing-credit', level: 'warn', field: 'body', ...position, message: `${nth}缺少来源/摄影署名` })
  })

  const credits = (item.credits ?? []).filter((credit) => !blank(credit.name) || credit.user != null)
  if (!credits.length)
    findings.push({ id: 'missing-credit:credits', kind: 'missing-credit', level: 'warn', field: 'credits', message: '署名为空：请填写文、图、编辑等署名' })

  return findings
}

const ordinalInBlock = (uploads: readonly UploadNode[], index: number) =>
  uploads.slice(0, index + 1).filter((upload) => upload.block === uploads[index].block).length
