import { beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../access/clients/rest'
import type { GraphQLClient } from '../access/clients/graphql'
import { richText, type Actor, type Fixtures, type Id } from '../setup/fixtures'
import { httpClients } from '../security/httpClients'

/**
 * The workflow over real HTTP against `next start`: the endpoint drives 三审, and no field of the workflow
 * (state, review record, publication) can be set by saving the document over REST or GraphQL.
 */
let rest: RestClient
let graphql: GraphQLClient
let fixtures: Fixtures

const act = (as: Actor, id: Id, body: Record<string, unknown>) => rest.request(as, 'POST', `/api/articles/${id}/workflow`, body)
const errorOf = (res: { body: Record<string, unknown> }) => ((res.body.errors as { message: string }[] | undefined) ?? [])[0]?.message ?? ''

async function newDraft(title: string): Promise<Id> {
  const created = await rest.request('editor', 'POST', '/api/articles?draft=true', { title, body: richText('团委组织志愿者开展社区服务。'), unit: fixtures.units.A1, credits: [{ role: 'text', name: '沈佳怡' }] })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return (created.body.doc as { id: Id }).id
}

beforeAll(() => {
  ;({ rest, graphql, fixtures } = httpClients())
})

describe('review workflow over HTTP', () => {
  it('submit → 初审 → 复审 → 三校 → 终审 through POST /api/articles/:id/workflow, and the panel data', async () => {
    const id = await newDraft('志愿服务进社区')
    expect((await act('editor', id, { action: 'submit' })).status).toBe(200)
    const panel = await rest.request('reviewer1', 'GET', `/api/articles/${id}/workflow`)
    expect(panel.status).toBe(200)
    expect(panel.body.state).toBe('review1')
    expect((panel.body.actions as { action: string }[]).map((a) => a.action)).toEqual(['approve', 'return', 'proofread'])
    const refused = await act('reviewer1', id, { action: 'approve' })
    expect([refused.status, errorOf(refused)]).toEqual([400, '请填写审核意见'])
    expect((await act('reviewer1', id, { action: 'approve', opinion: '同意' })).status).toBe(200)
    expect((await act('reviewer2', id, { action: 'approve', opinion: '同意，报终审' })).status).toBe(200)
    expect((await act('editor', id, { action: 'proofread', corrections: 1 })).status).toBe(200)
    const done = await act('reviewer3', id, { action: 'approve', opinion: '同意发布' })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect((done.body.doc as { workflowState: string }).workflowState).toBe('approved')
    const timeline = (await rest.request('editor', 'GET', `/api/articles/${id}/workflow`)).body.timeline as { action: string; actor: string }[]
    expect(timeline.map((t) => t.action)).toEqual(['create', 'submit', 'approve', 'approve', 'proofread', 'approve'])
  })

  it('a stage-1 reviewer cannot approve stage 3, and another unit’s editor cannot act at all', async () => {
    const id = await newDraft('越级审核测试')
    await act('editor', id, { action: 'submit' })
    await act('reviewer1', id, { action: 'approve', opinion: '同意' })
    await act('reviewer2', id, { action: 'approve', opinion: '同意' })
    const stage3 = await act('reviewer1', id, { action: 'approve', opinion: '同意' })
    expect([stage3.status, errorOf(stage3)]).toEqual([403, '您没有终审权限'])
    expect((await act('editorB', id, { action: 'approve', opinion: '同意' })).status).toBe(404)
    expect((await act('anonymous', id, { action: 'submit' })).status).toBe(401)
    // Publishing an item that is still under review is refused whoever asks.
    const publish = await act('admin', id, { action: 'publish' })
    expect([publish.status, errorOf(publish)]).toEqual([409, '稿件当前状态不能执行“发布”'])
    const unknown = await act('editor', id, { action: 'approve-all' })
    expect([unknown.status, errorOf(unknown)]).toEqual([400, '未知的审核操作：approve-all'])
  })

  it('an editor who PATCHes the state, the review record or _status is refused over REST', async () => {
    const id = await newDraft('REST 绕过测试')
    for (const data of [{ workflowState: 'approved' }, { review: { approvedHash: 'forged' } }]) {
      const res = await rest.request('editor', 'PATCH', `/api/articles/${id}?draft=true`, data)
      expect(res.status, JSON.stringify(data)).toBe(403)
      expect(errorOf(res)).toMatch(/只能通过审核流程变更/)
    }
    const publish = await rest.request('editor', 'PATCH', `/api/articles/${id}`, { _status: 'published' })
    expect(publish.status).toBe(403)
    expect(errorOf(publish)).toMatch(/不能直接发布/)
    const anonymousRead = await rest.request('anonymous', 'GET', `/api/articles/${id}`)
    expect(anonymousRead.status).not.toBe(200)
  })

  it('the same attempts are refused over GraphQL', async () => {
    const id = await newDraft('GraphQL 绕过测试')
    const state = await graphql.update('editor', 'articles', id, { workflowState: 'approved' }, { draft: true })
    expect(state.ok).toBe(false)
    if (!state.ok) expect(state.message).toMatch(/只能通过审核流程变更/)
    const status = await graphql.update('editor', 'articles', id, { _status: 'published' })
    expect(status.ok).toBe(false)
    const latest = await rest.request('editor', 'GET', `/api/articles/${id}?draft=true&depth=0`)
    expect([latest.body.workflowState, latest.body._status]).toEqual(['draft', 'draft'])
  })

  it('a reviewer of another unit cannot see or act on the item', async () => {
    const id = await newDraft('跨单位测试')
    await act('editor', id, { action: 'submit' })
    // reviewer2 reviews unit A only; the editorB branch is B. Unit B has no reviewer, so check the reverse: A's
    // reviewers see A's item, and editorB (unit B) cannot read the draft at all.
    expect((await rest.request('editorB', 'GET', `/api/articles/${id}/workflow`)).status).toBe(404)
  })
})
