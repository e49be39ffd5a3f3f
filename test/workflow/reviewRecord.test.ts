import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { contentHash } from '../../workflow/contentHash'
import { bootPayload } from '../setup/payload'
import { act, buildWorld, draftArticle, endpoint, refusal, requestAs, type World } from './reviewWorld'

/**
 * `GET /api/articles/:id/review-record.pdf`: the 审核登记表 of a real item, built from the item and its audit
 * log, through the endpoint's own handler with a real request; the PDF is read back with poppler's pdftotext.
 */
let payload: Payload
let world: World
const dir = mkdtempSync(path.join(os.tmpdir(), 'rongmei-review-record-endpoint-'))

beforeAll(async () => {
  payload = await bootPayload('review-record')
  world = await buildWorld(payload, 'record.test')
})

afterAll(async () => {
  await payload?.destroy()
  rmSync(dir, { recursive: true, force: true })
})

const TITLE = '我校召开2026年宣传思想工作会议'

async function recordResponse(who: string | null, id: number | string) {
  return endpoint(world, 'articles', 'get', '/:id/review-record.pdf').handler(await requestAs(world, who, { id: String(id) }))
}

/** pdftotext output without white space: CJK text has none, and wrapping breaks lines anywhere. */
function pdfText(bytes: ArrayBuffer, name: string): string {
  const file = path.join(dir, name)
  writeFileSync(file, Buffer.from(bytes))
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
}

describe('review record PDF endpoint', () => {
  it('prints the item, every approval and return with reviewer, unit and opinion, the proofreading and the hash', async () => {
    const { users: u } = world
    const article = await draftArticle(world, 'editor', TITLE, {
      kicker: '要闻',
      // A typo: one warning the 终审 acknowledges, counted on the record.
      summary: '会议要求全校上下再接再励。',
      column: world.columns.news,
      targets: [world.accounts.university, world.accounts.college],
      credits: [
        { role: 'text', user: u.editor.id },
        { role: 'text', name: '王小明' },
        { role: 'photo', name: '李摄影' },
      ],
    })
    await act(world, 'editor', article.id, 'submit')
    await act(world, 'r1', article.id, 'return', { opinion: '导语过长，请精简。' })
    await act(world, 'editor', article.id, 'submit')
    await act(world, 'r1', article.id, 'approve', { opinion: '内容属实，同意提交复审。' })
    await act(world, 'r2', article.id, 'approve', { opinion: '标题可再精炼，同意。' })
    await act(world, 'r2', article.id, 'proofread', { corrections: 4 })
    expect((await refusal(act(world, 'r3xcb', article.id, 'approve', { opinion: '同意发布。' })))?.status).toBe(400)
    const { doc } = await act(world, 'r3xcb', article.id, 'approve', { opinion: '同意发布。', acknowledgeWarnings: true })
    expect(doc.workflowState).toBe('approved')

    const response = await recordResponse('r2', article.id)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const disposition = response.headers.get('content-disposition')!
    expect(disposition).toMatch(/^inline; filename="review-record-articles-\d+\.pdf"; filename\*=UTF-8''/)
    const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)![1]
    expect(encoded).toMatch(/^[A-Za-z0-9%!#$&+.^_`|~-]+$/) // RFC 5987 attr-chars only
    expect(decodeURIComponent(encoded)).toBe(`审核登记表-${TITLE}.pdf`)

    const bytes = await response.arrayBuffer()
    expect(Buffer.from(bytes).subarray(0, 5).toString()).toBe('%PDF-')
    const text = pdfText(bytes, 'approved.pdf')
    const latest = await payload.findByID({ collection: 'articles', id: article.id, draft: true, depth: 0 })
    for (const expected of [
      '融媒稿件审核登记表',
      TITLE,
      '要闻',
      '微视频制作工作室',
      '校园要闻',
      `文/${u.editor.name}王小明`,
      '图/李摄影',
      '学校官方微信公众号、文传学院公众号',
      '导语过长，请精简。',
      `审核人：${u.r1.name}（文学与传媒学院）`,
      '结论：退回修改',
      '初审意见（第2次）',
      '内容属实，同意提交复审。',
      `审核人：${u.r2.name}（文学与传媒学院）`,
      '标题可再精炼，同意。',
      `审核人：${u.r3xcb.name}（党委宣传部）`,
      '同意发布。',
      `一校${u.r2.name}4`,
      '禁用词0处；提示1处，已确认1处。结论：通过',
      `版本哈希：${contentHash(latest as never)}`,
    ]) {
      expect(text, expected).toContain(expected.replace(/\s+/g, ''))
    }
    expect(latest.review?.approvedHash).toBe(contentHash(latest as never))
    // In the order they happened: the return first, then 初审, 复审, 终审.
    const order = ['导语过长，请精简。', '内容属实，同意提交复审。', '标题可再精炼，同意。', '同意发布。'].map((s) => text.indexOf(s))
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('a draft with no review yet still prints, naming the submitter when there are no credits', async () => {
    const article = await draftArticle(world, 'editor', '尚未送审的稿件')
    await act(world, 'editor', article.id, 'submit')
    const response = await recordResponse('editor', article.id)
    expect(response.status).toBe(200)
    const text = pdfText(await response.arrayBuffer(), 'draft.pdf')
    expect(text).toContain('尚无审核记录')
    expect(text).toContain('尚无校对记录')
    // The submitter's name is printed nowhere else on this record than in the 署名 row.
    expect(text).toContain(world.users.editor.name)
  })

  it('only for someone who may read the item: signed out 401, another unit 404', async () => {
    const article = await draftArticle(world, 'editor', '他单位不可见')
    await act(world, 'editor', article.id, 'submit')
    expect((await refusal(recordResponse(null, article.id)))?.status).toBe(401)
    expect((await refusal(recordResponse('editorB', article.id)))?.status).toBe(404)
    expect((await refusal(recordResponse('r1B', article.id)))?.status).toBe(404)
    expect((await refusal(recordResponse('r1', 999999)))?.status).toBe(404)
  })
})
