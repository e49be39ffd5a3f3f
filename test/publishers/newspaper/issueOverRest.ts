import { expect } from 'vitest'

import type { RestClient } from '../../access/clients/rest'
import { uniq, type Fixtures } from '../../setup/fixtures'

/** A story's print copy with `paragraphs` paragraphs of news text. */
export const printCopy = (headline: string, paragraphs: number) => ({
  headline,
  byline: '文/学生记者',
  paragraphs: Array.from({ length: paragraphs }, (_, i) => `第${i + 1}段：学校召开新学期工作部署会，对教学、科研和学生工作作出全面安排，与会人员围绕人才培养质量展开讨论。`),
})

type IssueInput = { number: number; totalNumber: number; date: string; pages: { number: number; name: string; template: string }[]; stories: Record<string, unknown>[] }

/**
 * A filed 校报 account of unit A and an issue on it, created by the admin over REST — the pool as delivery would
 * leave it, made directly for the planner's tests. Returns the issue's id.
 */
export async function newspaperIssueOverRest(rest: RestClient, fixtures: Fixtures, input: IssueInput): Promise<number | string> {
  const account = await rest.request('admin', 'POST', '/api/channel-accounts', {
    name: `校报 ${uniq()}`, kind: 'newspaper', tier: 'unit', unit: fixtures.units.A, responsiblePerson: '负责人', responsiblePhone: '13800000000', status: 'filed',
  })
  expect(account.status, JSON.stringify(account.body)).toBe(201)
  const issue = await rest.request('admin', 'POST', '/api/newspaper-issues', {
    ...input,
    pageSize: 'tabloid',
    account: (account.body.doc as { id: number }).id,
    unit: fixtures.units.A,
    masthead: { name: '融媒大学报' },
  })
  expect(issue.status, JSON.stringify(issue.body)).toBe(201)
  return (issue.body.doc as { id: number | string }).id
}
