import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { transition } from '../../hooks/workflow/transition'
import { runItemChecks } from '../../hooks/workflow/checks'
import type { Action } from '../../workflow/transitions'
import { bootPayload } from '../setup/payload'

/**
 * The workflow in Payload: every transition through the same service the REST endpoint uses, as real users,
 * on a fresh database (SQLite, or PostgreSQL with TEST_DATABASE_URL).
 */
let payload: Payload
type User = Record<string, unknown> & { id: number | string }
const users: Record<string, User> = {}
const units: Record<string, number | string> = {}
const accounts: Record<string, number | string> = {}

const paragraph = (text: string) => ({
  type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '',
  children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
})
const body = (text: string) => ({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [paragraph(text)] } })

async function act(who: string, id: number | string, action: Action, extra: { opinion?: string; corrections?: number; acknowledgeWarnings?: boolean } = {}) {
  const req = await createLocalReq({ user: users[who] as never }, payload)
  const own = await initTransaction(req)
  try {
    const result = await transition(req, { collection: 'articles', id, action, ...extra }, runItemChecks)
    if (own) await commitTransaction(req)
    return result.doc
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { status?: number; message: string }) => ({ status: error.status, message: error.message }),
  )

async function draft(title = '早鸟行动第三季启动', extra: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'articles',
    data: { title, body: body('三千余名新生清晨相约图书馆广场。'), unit: units.A1, credits: [{ role: 'text', name: '沈佳怡' }], ...extra } as never,
    user: users.editor,
    overrideAccess: false,
    draft: true,
  })
}

async function approveAll(id: number | string) {
  await act('editor', id, 'submit')
  await act('r1', id, 'approve', { opinion: '同意，报复审' })
  await act('r2', id, 'approve', { opinion: '同意，报终审' })
  await act('editor', id, 'proofread', { corrections: 2 })
  return act('r3', id, 'approve', { opinion: '同意发布' })
}

beforeAll(async () => {
  payload = await bootPayload('review-flow')
  const unit = async (key: string, name: string, parent?: string, reviewAuthority = false) => {
    const doc = await payload.create({
      collection: 'units',
      data: { name, code: `u-${key.toLowerCase()}`, kind: parent ? 'studio' : 'college', parent: parent ? units[parent] : null, reviewAuthority } as never,
    })
    units[key] = doc.id
  }
  await unit('XCB', '宣传部', undefined, true)
  await unit('A', '文学与传媒学院')
  await unit('A1', '微视频制作工作室', 'A')
  await unit('B', '信息工程学院')
  const user = async (key: string, unitKey: string, roles: string[], stages: string[] = [], scope: string[] = []) => {
    users[key] = (await payload.create({
      collection: 'users',
      data: { email: `${key}@flow.test`, password: 'Flow-test-2026', name: key, unit: units[unitKey], roles, reviewStages: stages, reviewScope: scope.map((k) => units[k]) } as never,
    })) as unknown as User
  }
  await user('editor', 'A', ['editor'])
  await user('r1', 'A', ['reviewer'], ['1'])
  await user('r1bis', 'A', ['reviewer'], ['1'])
  await user('r2', 'A', ['reviewer'], ['2'])
  await user('r3', 'A', ['reviewer'], ['3'])
  await user('r3xcb', 'XCB', ['reviewer'], ['3'], ['A'])
  await user('r1B', 'B', ['reviewer'], ['1'])
  await user('r12', 'A', ['reviewer'], ['1', '2'])
  const account = async (key: string, tier: 'university' | 'unit') => {
    const doc = await payload.create({
      collection: 'channel-accounts',
      data: { name: key, kind: 'wechat', tier, unit: units.A, responsiblePerson: '负责人', responsiblePhone: '13800000000', status: 'filed' } as never,
    })
    accounts[key] = doc.id
  }
  await account('校级公众号', 'university')
  await account('学院公众号', 'unit')
})

afterAll(async () => {
  await payload?.destroy()
})

describe('三审 in Payload', () => {
  it('walks draft → 初审 → 复审 → 终审 → approved, freezing the approved hash, with an audit entry per step', async () => {
    const article = await draft()
    expect(article.workflowState).toBe('draft')
    const approved = await approveAll(article.id)
    expect(approved.workflowState).toBe('approved')
    const review = approved.review!
    expect(review.approvals!.map((a) => [a.stage, a.opinion])).toEqual([
      ['1', '同意，报复审'],
      ['2', '同意，报终审'],
      ['3', '同意发布'],
    ])
    expect(review.approvals!.map((a) => a.reviewerName)).toEqual(['r1', 'r2', 'r3'])
    expect(review.approvedHash).toMatch(/^[0-9a-f]{64}$/)
    expect(review.approvals!.every((a) => a.versionHash === review.approvedHash)).toBe(true)
    expect(review.proofreading).toHaveLength(1)
    const { docs } = await payload.find({ collection: 'audit-log', where: { docId: { equals: String(article.id) } }, sort: 'createdAt', limit: 50 })
    expect(docs.map((d) => d.action)).toEqual(['create', 'submit', 'approve', 'approve', 'proofread', 'approve'])
    expect(docs.slice(1).map((d) => d.toState)).toEqual(['review1', 'review2', 'review3', 'review3', 'approved'])
  })

  it('a return needs a reason, goes back to draft, and the author sees the opinion', async () => {
    const article = await draft('退回测试')
    await act('editor', article.id, 'submit')
    expect(await refusal(act('r1', article.id, 'return', {}))).toMatchObject({ status: 400, message: '请填写审核意见' })
    const returned = await act('r1', article.id, 'return', { opinion: '导语过长，请精简到两句' })
    expect(returned.workflowState).toBe('draft')
    expect(returned.review?.returnReason).toBe('导语过长，请精简到两句')
    expect(returned.review?.approvals).toEqual([])
  })

  it('refuses the wrong reviewer: other unit, wrong stage, own work, same person twice', async () => {
    const article = await draft('越权测试')
    await act('editor', article.id, 'submit')
    // Unit B's reviewer cannot even see the draft.
    expect((await refusal(act('r1B', article.id, 'approve', { opinion: '同意' })))?.status).toBe(404)
    expect(await refusal(act('r3', article.id, 'approve', { opinion: '同意' }))).toMatchObject({ status: 403, message: '您没有初审权限' })
    await act('r12', article.id, 'approve', { opinion: '同意' })
    expect(await refusal(act('r12', article.id, 'approve', { opinion: '同意' }))).toMatchObject({
      status: 403,
      message: '同一审核人不能在两个审核环节审核同一稿件',
    })
  })

  it('a university-level account needs 宣传部 at 终审', async () => {
    const article = await draft('校级账号稿件', { targets: [accounts['校级公众号'], accounts['学院公众号']] })
    await act('editor', article.id, 'submit')
    await act('r1', article.id, 'approve', { opinion: '同意' })
    await act('r2', article.id, 'approve', { opinion: '同意' })
    await act('r2', article.id, 'proofread', { corrections: 0 })
    expect((await refusal(act('r3', article.id, 'approve', { opinion: '同意' })))?.message).toBe('该稿件发往校级账号，终审须由宣传部审核人完成')
    expect((await act('r3xcb', article.id, 'approve', { opinion: '同意发布' })).workflowState).toBe('approved')
  })

  it('终审 waits for the unit’s configured proofreading rounds', async () => {
    await payload.update({ collection: 'units', id: units.A1, data: { requiredProofRounds: 2 } as never })
    try {
      const article = await draft('三校测试')
      await act('editor', article.id, 'submit')
      await act('r1', article.id, 'approve', { opinion: '同意' })
      await act('r2', article.id, 'approve', { opinion: '同意' })
      await act('editor', article.id, 'proofread', { corrections: 3 })
      expect((await refusal(act('r3', article.id, 'approve', { opinion: '同意' })))?.message).toBe('终审前需完成 2 轮校对，目前 1 轮')
      await act('r2', article.id, 'proofread', { corrections: 1 })
      expect((await act('r3', article.id, 'approve', { opinion: '同意' })).workflowState).toBe('approved')
    } finally {
      await payload.update({ collection: 'units', id: units.A1, data: { requiredProofRounds: 1 } as never })
    }
  })

  it('two reviewers approving the same stage at the same moment: exactly one succeeds', async () => {
    const article = await draft('并发测试')
    await act('editor', article.id, 'submit')
    const results = await Promise.allSettled([
      act('r1', article.id, 'approve', { opinion: '同意（甲）' }),
      act('r1bis', article.id, 'approve', { opinion: '同意（乙）' }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect([409, 403]).toContain(failed.reason.status)
    const latest = await payload.findByID({ collection: 'articles', id: article.id, draft: true })
    expect(latest.workflowState).toBe('review2')
    expect(latest.review?.approvals).toHaveLength(1)
  })

  it('an edit after approval returns the item to draft and needs review again', async () => {
    const article = await draft('通过后修改')
    await approveAll(article.id)
    const edited = await payload.update({
      collection: 'articles', id: article.id, draft: true, data: { title: '通过后修改（改了标题）' },
      user: users.editor, overrideAccess: false,
    })
    expect(edited.workflowState).toBe('draft')
    expect(edited.review?.approvals).toEqual([])
    expect(edited.review?.approvedHash).toBeFalsy()
    const { docs } = await payload.find({ collection: 'audit-log', where: { and: [{ docId: { equals: String(article.id) } }, { action: { equals: 'reset-after-edit' } }] } })
    expect(docs).toHaveLength(1)
    // Saving again without a change keeps the state.
    const again = await payload.update({ collection: 'articles', id: article.id, draft: true, data: {}, user: users.editor, overrideAccess: false })
    expect(again.workflowState).toBe('draft')
  })

  it('under review only the current stage’s reviewer may edit', async () => {
    const article = await draft('审核中修改')
    await act('editor', article.id, 'submit')
    const byAuthor = refusal(payload.update({ collection: 'articles', id: article.id, draft: true, data: { title: '作者偷偷改' }, user: users.editor, overrideAccess: false }))
    expect((await byAuthor)?.status).toBe(409)
    const byReviewer = await payload.update({ collection: 'articles', id: article.id, draft: true, data: { title: '初审改正了标题' }, user: users.r1, overrideAccess: false })
    expect([byReviewer.title, byReviewer.workflowState]).toEqual(['初审改正了标题', 'review1'])
  })

  it('nobody sets the state, the review record or publication by saving the document', async () => {
    const article = await draft('绕过测试')
    const attempts: Record<string, unknown>[] = [
      { workflowState: 'approved' },
      { review: { approvedHash: 'forged' } },
      { author: users.r1.id },
    ]
    for (const data of attempts) {
      const refused = await refusal(payload.update({ collection: 'articles', id: article.id, draft: true, data, user: users.editor, overrideAccess: false }))
      expect(refused?.status, JSON.stringify(data)).toBe(403)
      expect(refused?.message).toMatch(/只能通过审核流程变更/)
    }
    const publish = await refusal(payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } as never, user: users.editor, overrideAccess: false }))
    expect(publish).toMatchObject({ status: 403 })
    expect(publish?.message).toMatch(/不能直接发布/)
    const created = await refusal(payload.create({ collection: 'articles', data: { title: '直接发布', body: body('x'), _status: 'published' } as never, user: users.editor, overrideAccess: false }))
    expect(created?.status).toBe(403)
    const latest = await payload.findByID({ collection: 'articles', id: article.id, draft: true })
    expect([latest.workflowState, latest._status]).toEqual(['draft', 'draft'])
  })

  it('checks run at submission and again at 终审: block words stop, warnings need acknowledging', async () => {
    await payload.create({ collection: 'sensitive-words', data: { word: '刷单兼职', level: 'block', category: '诈骗' } })
    await payload.create({ collection: 'sensitive-words', data: { word: '内部资料', level: 'warn' } })
    const blocked = await draft('招聘信息', { body: body('寒假刷单兼职日结，详询学长。') })
    const refused = await refusal(act('editor', blocked.id, 'submit'))
    expect(refused?.status).toBe(400)
    expect(refused?.message).toContain('刷单兼职')
    expect((await payload.findByID({ collection: 'articles', id: blocked.id, draft: true })).workflowState).toBe('draft')

    const warned = await draft('会议纪要', { body: body('本文根据内部资料整理，再接再励。') })
    await act('editor', warned.id, 'submit')
    await act('r1', warned.id, 'approve', { opinion: '同意' })
    await act('r2', warned.id, 'approve', { opinion: '同意' })
    await act('r2', warned.id, 'proofread', { corrections: 1 })
    expect((await refusal(act('r3', warned.id, 'approve', { opinion: '同意' })))?.message).toBe('检查发现 2 处提示，终审须确认后才能通过')
    const approved = await act('r3', warned.id, 'approve', { opinion: '已核实，同意', acknowledgeWarnings: true })
    expect(approved.workflowState).toBe('approved')
    expect(approved.review?.warningsAcknowledged).toBe(true)
    const stored = approved.review?.checks as { versionHash: string; report: { findings: { kind: string; match?: string }[] } }
    expect(stored.versionHash).toBe(approved.review?.approvedHash)
    expect(stored.report.findings.map((f) => [f.kind, f.match])).toEqual([
      ['sensitive-word', '内部资料'],
      ['typo', '再接再励'],
    ])
  })

  it('a person cannot publish through the workflow either; only the system can', async () => {
    const article = await draft('系统发布')
    await approveAll(article.id)
    expect((await refusal(act('r3xcb', article.id, 'publish')))?.message).toBe('发布由系统在审核通过后自动完成')
    const req = await createLocalReq({}, payload)
    const { doc } = await transition(req, { collection: 'articles', id: article.id, action: 'publish' })
    expect([doc.workflowState, doc._status]).toEqual(['published', 'published'])
    const anonymous = await payload.find({ collection: 'articles', where: { id: { equals: article.id } }, overrideAccess: false })
    expect(anonymous.docs).toHaveLength(1)
    // The public sees the item, not the reviewers' opinions.
    expect(anonymous.docs[0].review).toBeUndefined()
    const staff = await payload.findByID({ collection: 'articles', id: article.id, user: users.editor, overrideAccess: false })
    expect(staff.review?.approvals).toHaveLength(3)
    // Taking it offline by saving `_status: 'draft'` to the live document is 撤稿 in disguise: refused.
    const unpublish = await refusal(
      payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } as never, user: users.editor, overrideAccess: false }),
    )
    expect(unpublish).toMatchObject({ status: 403 })
    expect(unpublish?.message).toMatch(/撤稿/)
    // A correction saved as a draft is fine, and the live version stays online.
    await payload.update({ collection: 'articles', id: article.id, draft: true, data: { title: '系统发布（更正稿）' }, user: users.editor, overrideAccess: false })
    const live = await payload.findByID({ collection: 'articles', id: article.id, overrideAccess: false })
    expect([live.title, live._status]).toEqual(['系统发布', 'published'])
  })
})

describe('the workflow’s own pass ends with its save', () => {
  it('a later save on the same request is guarded again', async () => {
    const article = await draft('同一请求')
    const req = await createLocalReq({ user: users.editor as never }, payload)
    await transition(req, { collection: 'articles', id: article.id, action: 'submit' }, runItemChecks)
    expect(req.context.workflow).toBeUndefined()
    const forged = await refusal(
      payload.update({ collection: 'articles', id: article.id, draft: true, data: { workflowState: 'approved' }, req, user: users.editor, overrideAccess: false }),
    )
    expect(forged?.status).toBe(403)
  })
})
