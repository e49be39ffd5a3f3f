import { expect } from 'vitest'

import type { RestClient } from '../access/clients/rest'
import { newRecordData, uniq, type Fixtures, type Staff } from '../setup/fixtures'

/**
 * Report and dashboard data of one test file, made over REST on the shared server: a fresh studio under
 * 信息学院 (no proofreading rounds required), so its report rows count only what this file did.
 */
export async function freshStudio(rest: RestClient, fixtures: Fixtures, name = '报表测试工作室') {
  const res = await rest.request('admin', 'POST', '/api/units', { name: `${name} ${uniq()}`, code: `rpt-${uniq()}`, kind: 'studio', parent: fixtures.units.A, requiredProofRounds: 0 })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as { id: number | string; name: string }
}

/** An article of the editor's in `unit`, as a draft. */
export async function editorArticle(rest: RestClient, fixtures: Fixtures, unit: number | string, title: string, extra: Record<string, unknown> = {}) {
  const data = { ...newRecordData('articles', fixtures, 'A1', title), unit, ...extra }
  const res = await rest.request('editor', 'POST', '/api/articles?draft=true', { ...data, _status: 'draft' })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  const doc = res.body.doc as { id: number | string; title: string }
  return { id: doc.id, title: doc.title }
}

export async function act(rest: RestClient, actor: Staff, id: number | string, body: Record<string, unknown>) {
  const res = await rest.request(actor, 'POST', `/api/articles/${id}/workflow`, body)
  expect(res.status, `${actor} ${JSON.stringify(body)}: ${JSON.stringify(res.body)}`).toBe(200)
  return res
}

/** Submitted by the editor and approved at all three stages (to 已通过, or 已排期 with a future time). */
export async function throughReview(rest: RestClient, id: number | string) {
  await act(rest, 'editor', id, { action: 'submit' })
  await act(rest, 'reviewer1', id, { action: 'approve', opinion: '初审同意。' })
  await act(rest, 'reviewer2', id, { action: 'approve', opinion: '复审同意。' })
  await act(rest, 'reviewer3', id, { action: 'approve', opinion: '终审同意。', acknowledgeWarnings: true })
}
