import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import { expect, inject } from 'vitest'

import type { RestClient } from '../access/clients/rest'
import { newRecordData, type Fixtures, type Staff } from './fixtures'
import { serverEnv } from './server'

const run = promisify(execFile)
type Id = number | string

/** A filed (已备案) website account of unit A, created by the admin over REST. */
export async function websiteAccountOverRest(rest: RestClient, fixtures: Fixtures, name: string, status: 'filed' | 'pending' = 'filed'): Promise<Id> {
  const res = await rest.request('admin', 'POST', '/api/channel-accounts', {
    name,
    kind: 'website',
    unit: fixtures.units.A,
    responsiblePerson: '张老师',
    responsiblePhone: '13900000000',
    status,
    ...(status === 'filed' ? { filingNumber: '皖ICP备00000001号' } : {}),
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return (res.body.doc as { id: Id }).id
}

/**
 * The editor's article of unit A1 (column 早鸟行动 and `tags`), taken through 三审 over REST to 终审 approval,
 * which writes its publications (`extra`: more fields, e.g. a cover). Returns the article and its publications' ids.
 */
export async function approvedArticleOverRest(rest: RestClient, fixtures: Fixtures, label: string, targets: Id[], tags: string[] = [], extra: Record<string, unknown> = {}) {
  const data = newRecordData('articles', fixtures, 'A1', label)
  const created = await rest.request('editor', 'POST', '/api/articles?draft=true', {
    ...data,
    column: fixtures.columns.colA,
    tags,
    targets,
    credits: [{ role: 'text', name: '沈佳怡' }],
    ...extra,
    _status: 'draft',
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const article = created.body.doc as { id: Id; title: string }
  const steps: [Staff, Record<string, unknown>][] = [
    ['editor', { action: 'submit' }],
    ['reviewer1', { action: 'approve', opinion: '同意。' }],
    ['reviewer2', { action: 'approve', opinion: '同意。' }],
    ['editor', { action: 'proofread', corrections: 0 }],
    ['reviewer3', { action: 'approve', opinion: '终审同意发布。', acknowledgeWarnings: true }],
  ]
  for (const [actor, body] of steps) {
    const res = await rest.request(actor, 'POST', `/api/articles/${article.id}/workflow`, body)
    expect(res.status, `${actor} ${JSON.stringify(body)}: ${JSON.stringify(res.body)}`).toBe(200)
  }
  return { id: article.id, title: article.title, publications: await publicationsOf(rest, article.id) }
}

export async function publicationsOf(rest: RestClient, itemId: Id) {
  const res = await rest.request('admin', 'GET', `/api/publications?where[item.value][equals]=${itemId}&depth=0&limit=50`)
  expect(res.status).toBe(200)
  return res.body.docs as { id: Id; state: string; channel: string; account: Id; url?: string | null }[]
}

/**
 * Runs the jobs of these publications in a worker process of its own against the server's database, with
 * the server as the place to send cache revalidations (what `npm start` gives the real worker).
 */
export async function runWorkerOnce(publicationIds: Id[]): Promise<number> {
  const env = { ...serverEnv(inject('serverDatabaseUrl')), SITE_REVALIDATE_URL: inject('serverUrl') }
  const { stdout, stderr } = await run(process.execPath, ['--conditions=production', '--import', 'tsx', path.join('test', 'setup', 'runJobsOnce.ts'), ...publicationIds.map(String)], {
    cwd: process.cwd(),
    env,
    maxBuffer: 16 * 1024 * 1024,
    timeout: 120_000,
  })
  if (stderr.trim()) console.warn(`[worker] ${stderr.trim().slice(-2000)}`)
  const line = stdout.split('\n').find((l) => l.startsWith('JOBS '))
  if (!line) throw new Error(`runJobsOnce printed no result:\n${stdout}`)
  return Number(line.slice(5))
}
