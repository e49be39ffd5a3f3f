import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DiffSinceReview } from '../../hooks/workflow/diffSinceReview'
import { bootPayload } from '../setup/payload'
import { act, body, buildWorld, draftArticle, endpoint, requestAs, type World } from './reviewWorld'

/**
 * `GET /api/articles/:id/workflow` → `diff`: what changed since the last approval or return, so the reviewer
 * reads only the changes. Driven through the endpoint's own handler with a real request.
 */
let payload: Payload
let world: World

beforeAll(async () => {
  payload = await bootPayload('diff-since')
  world = await buildWorld(payload, 'diff.test')
})

afterAll(async () => {
  await payload?.destroy()
})

async function panelDiff(who: string, id: number | string): Promise<DiffSinceReview> {
  const response = await endpoint(world, 'articles', 'get', '/:id/workflow').handler(await requestAs(world, who, { id: String(id) }))
  expect(response.status).toBe(200)
  return ((await response.json()) as { diff: DiffSinceReview }).diff
}

async function lastDecisionTime(id: number | string, action: string) {
  const { docs } = await payload.find({
    collection: 'audit-log',
    where: { and: [{ docId: { equals: String(id) } }, { action: { equals: action } }] },
    sort: '-createdAt',
    limit: 1,
  })
  return docs[0].createdAt
}

describe('diff since the last review round', () => {
  it('is empty before any review decision', async () => {
    const article = await draftArticle(world, 'editor', '尚未审核的稿件')
    await act(world, 'editor', article.id, 'submit')
    expect(await panelDiff('r1', article.id)).toEqual({ since: null, action: null, reviewedHash: null, html: '', changes: [] })
  })

  it('submit, return, edit the title and a paragraph, resubmit: exactly those two changes', async () => {
    const article = await draftArticle(world, 'editor', '早鸟行动第三季启动', { summary: '新生清晨读书活动。' })
    await act(world, 'editor', article.id, 'submit')
    await act(world, 'r1', article.id, 'return', { opinion: '标题不够具体，第二段请写明截止时间。' })
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { title: '早鸟行动第三季在图书馆广场启动', body: body('三千余名新生清晨相约图书馆广场。', '活动将持续到12月31日。') } as never,
      user: world.users.editor,
      overrideAccess: false,
    })
    await act(world, 'editor', article.id, 'submit')

    const diff = await panelDiff('r1', article.id)
    expect(diff.since).toBe(await lastDecisionTime(article.id, 'return'))
    expect(diff.action).toBe('return')
    expect(diff.changes.map((change) => change.field)).toEqual(['title', 'body'])
    const [title, text] = diff.changes
    expect(title.label).toBe('标题')
    expect(title.parts.filter((part) => part.op !== 'equal')).toEqual([{ op: 'insert', text: '在图书馆广场' }])
    expect(text.label).toBe('正文')
    expect(text.paragraphs).toHaveLength(1)
    expect(text.paragraphs![0]).toMatchObject({ change: 'changed', before: 2, after: 2 })
    const changed = text.paragraphs![0].parts.filter((part) => part.op !== 'equal')
    expect(changed.map((part) => part.op)).toContain('delete')
    expect(changed.filter((part) => part.op === 'insert').map((part) => part.text).join('')).toContain('12月31日')
    expect(diff.html).toContain('<ins>在图书馆广场</ins>')
    expect(diff.html).toContain('修改第 2 段')
    expect(diff.html).not.toContain('摘要')
  })

  it('after an approval, a later reviewer sees the corrections made since, and nothing when there are none', async () => {
    const article = await draftArticle(world, 'editor', '复审前的稿件')
    await act(world, 'editor', article.id, 'submit')
    await act(world, 'r1', article.id, 'approve', { opinion: '同意' })
    const untouched = await panelDiff('r2', article.id)
    expect(untouched.since).toBe(await lastDecisionTime(article.id, 'approve'))
    expect(untouched.changes).toEqual([])
    expect(untouched.html).toContain('没有改动')

    // The 复审 reviewer corrects the title during review; the diff shows it against what 初审 approved.
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { title: '复审改正后的稿件', tags: ['迎新'] } as never,
      user: world.users.r2,
      overrideAccess: false,
    })
    const corrected = await panelDiff('r2', article.id)
    expect(corrected.changes.map((change) => change.field)).toEqual(['title', 'tags'])
    expect(corrected.reviewedHash).toBe((await payload.findByID({ collection: 'articles', id: article.id, draft: true })).review?.approvals?.[0].versionHash)
  })

  it('relationships show their names: a target added since the return', async () => {
    const article = await draftArticle(world, 'editor', '渠道变更测试', { column: world.columns.news })
    await act(world, 'editor', article.id, 'submit')
    await act(world, 'r1', article.id, 'return', { opinion: '请同时发学院公众号。' })
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { targets: [world.accounts.college] } as never,
      user: world.users.editor,
      overrideAccess: false,
    })
    const diff = await panelDiff('r1', article.id)
    expect(diff.changes).toEqual([{ field: 'targets', label: '发布渠道账号', kind: 'list', parts: [{ op: 'insert', text: '文传学院公众号' }] }])
  })
})
