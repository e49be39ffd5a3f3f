import type { Endpoint, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload } from '../../setup/payload'
import { act, approveThroughAllStages, buildWorld, refusal, requestAs, type World } from '../../workflow/reviewWorld'
import { pdfText, readZip } from './tools'

/**
 * The newspaper channel on a real database (SQLite, or PostgreSQL with TEST_DATABASE_URL): approval delivers
 * the story into the next issue's pool; the issue's endpoints lay it out and hand out PDF, previews and IDML
 * with the user's access; withdrawal takes the story out and marks its pages for re-layout.
 */
let payload: Payload
let world: World
let paper: number | string
let issue: number | string
let laterIssue: number | string

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10) + 'T00:00:00.000Z'

const newspaperAccount = async (name: string) =>
  (
    await payload.create({
      collection: 'channel-accounts',
      data: { name, kind: 'newspaper', tier: 'unit', unit: world.units.A, responsiblePerson: '负责人', responsiblePhone: '13800000000', status: 'filed' } as never,
    })
  ).id

const createIssue = async (account: number | string, number: number, date: string, status = 'planning') =>
  (
    await payload.create({
      collection: 'newspaper-issues',
      data: {
        number,
        totalNumber: 300 + number,
        date,
        status,
        pageSize: 'tabloid',
        account,
        unit: world.units.A,
        masthead: { name: '融媒大学报', sponsor: '融媒大学', registration: '皖内资准字（2026）第001号' },
        pages: [
          { number: 1, name: '要闻', template: 'front', editor: '王晓' },
          { number: 2, name: '校园', template: 'news', editor: '李然' },
          { number: 3, name: '学术', template: 'news' },
          { number: 4, name: '副刊', template: 'feature' },
        ],
      } as never,
      overrideAccess: true,
    })
  ).id

const issueDoc = (id: number | string) => payload.findByID({ collection: 'newspaper-issues', id, depth: 0, overrideAccess: true }) as Promise<Record<string, any>>

const publicationOf = async (itemId: number | string, account: number | string) =>
  (await payload.find({ collection: 'publications', where: { and: [{ 'item.value': { equals: itemId } }, { account: { equals: account } }] }, depth: 0, overrideAccess: true })).docs[0]

const endpoint = (method: 'get' | 'post', path: string) => {
  const found = (payload.collections['newspaper-issues'].config.endpoints || []).find((e) => e.method === method && e.path === path) as Endpoint | undefined
  if (!found) throw new Error(`no ${method} ${path}`)
  return found
}
const call = async (who: string | null, method: 'get' | 'post', path: string, params: Record<string, unknown>, json?: unknown) =>
  endpoint(method, path).handler(await requestAs(world, who, params, json)) as Promise<Response>

const body = (...paragraphs: string[]) => ({
  root: {
    type: 'root', version: 1, direction: null, format: '', indent: 0,
    children: paragraphs.map((text) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] })),
  },
})

beforeAll(async () => {
  payload = await bootPayload('newspaper')
  world = await buildWorld(payload, 'newspaper.test')
  paper = await newspaperAccount('融媒大学报')
  // A past issue and a later one: delivery goes to the next one, by date.
  await createIssue(paper, 11, day(-7), 'sent')
  laterIssue = await createIssue(paper, 13, day(14))
  issue = await createIssue(paper, 12, day(3))
}, 120_000)

afterAll(async () => {
  await payload?.destroy()
})

describe('校报 delivery', () => {
  let storyId: string

  it('puts the approved story into the next issue’s pool, as print copy', async () => {
    const article = await approveThroughAllStages(world, '学校召开新学期工作部署会', {
      targets: [paper],
      kicker: '聚焦新学期',
      subtitle: '部署教学科研重点工作',
      body: body('九月一日上午，学校召开新学期工作部署会。', '会议对教学、科研和学生工作作出全面安排，#号、*星号*和$符号照常印出。'),
    })
    storyId = String(article.id)
    await payload.jobs.run({ limit: 50 })
    const publication = await publicationOf(article.id, paper)
    expect([publication.state, publication.externalId]).toEqual(['delivered', `${issue}:${article.id}`])
    const doc = await issueDoc(issue)
    expect(doc.stories).toHaveLength(1)
    const [entry] = doc.stories
    expect(String(typeof entry.item === 'object' ? entry.item.id : entry.item)).toBe(storyId)
    expect(entry.copy).toEqual({
      kicker: '聚焦新学期',
      headline: '学校召开新学期工作部署会',
      deck: '部署教学科研重点工作',
      byline: '文/沈佳怡',
      paragraphs: ['九月一日上午，学校召开新学期工作部署会。', '会议对教学、科研和学生工作作出全面安排，#号、*星号*和$符号照常印出。'],
      photo: null,
    })
    expect(entry.versionHash).toBe(article.review?.approvedHash)
    expect((await issueDoc(laterIssue)).stories ?? []).toEqual([])
  })

  it('lays the issue out for its unit’s editor, and refuses strangers and read-only reviewers', async () => {
    expect(await refusal(call(null, 'post', '/:id/layout', { id: String(issue) }))).toEqual({ status: 401, message: '请先登录' })
    expect(await refusal(call('editorB', 'post', '/:id/layout', { id: String(issue) }))).toEqual({ status: 404, message: '期次不存在，或不在您的单位范围内' })
    // A reviewer of the unit reads the issue and its outputs but cannot change it.
    expect((await refusal(call('r1', 'post', '/:id/layout', { id: String(issue) })))?.status).toBe(403)

    const res = await call('editor', 'post', '/:id/layout', { id: String(issue) })
    const answer = (await res.json()) as { message: string; layout: { pages: { number: number; stories: string[] }[]; warnings: { code: string; message: string }[] } }
    expect(answer.message).toBe('排版完成')
    expect(answer.layout.pages[0].stories).toEqual([storyId])
    // One short story on four pages: the planner says how much room is left, in Chinese.
    expect(answer.layout.warnings.some((w) => w.code === 'underset' && /^第\d版（.+）底部空 \d+ 行/.test(w.message))).toBe(true)
    const doc = await issueDoc(issue)
    expect([doc.status, doc.layout?.pages?.[0]?.stories]).toEqual(['laid-out', [storyId]])
  })

  it('hands out the print PDF, page previews and IDML to readers of the unit only', async () => {
    const pdf = await call('r1', 'get', '/:id/print.pdf', { id: String(issue) })
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(pdf.headers.get('content-disposition')).toContain(encodeURIComponent('校报第12期.pdf'))
    const text = await pdfText(Buffer.from(await pdf.arrayBuffer()))
    expect(text).toContain('学校召开新学期工作部署会')
    expect(text).toContain('#号、*星号*和$符号照常印出')
    expect(text).toContain('第12期（总第312期）')

    const png = Buffer.from(await (await call('editor', 'get', '/:id/pages/:page/preview.png', { id: String(issue), page: '1' })).arrayBuffer())
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    const idml = readZip(Buffer.from(await (await call('editor', 'get', '/:id/pages/:page/idml', { id: String(issue), page: '2' })).arrayBuffer()))
    expect(idml[0]).toMatchObject({ name: 'mimetype', method: 0 })
    expect(await refusal(call('editor', 'get', '/:id/pages/:page/idml', { id: String(issue), page: '9' }))).toEqual({ status: 404, message: '本期没有第9版' })

    for (const path of ['/:id/print.pdf', '/:id/pages/:page/preview.png', '/:id/pages/:page/idml']) {
      expect(await refusal(call('editorB', 'get', path, { id: String(issue), page: '1' }))).toEqual({ status: 404, message: '期次不存在，或不在您的单位范围内' })
      expect(await refusal(call(null, 'get', path, { id: String(issue), page: '1' }))).toEqual({ status: 401, message: '请先登录' })
    }
  })

  it('moves a story to another page and lays out again', async () => {
    const res = await call('editor', 'post', '/:id/move', { id: String(issue) }, { story: storyId, page: 3 })
    const answer = (await res.json()) as { layout: { pages: { number: number; stories: string[] }[] } }
    expect(answer.layout.pages.map((p) => p.stories)).toEqual([[], [], [storyId], []])
    expect((await issueDoc(issue)).stories[0].page).toBe(3)
    expect(await refusal(call('editor', 'post', '/:id/move', { id: String(issue) }, { story: storyId, page: 7 }))).toEqual({ status: 400, message: '指定版次无效：本期没有第7版' })
  })

  it('withdrawal takes the story out of the pool and marks its page for re-layout', async () => {
    const article = await approveThroughAllStages(world, '图书馆延长开放时间', { targets: [paper], body: body('图书馆自本周起延长开放时间。') })
    await payload.jobs.run({ limit: 50 })
    expect((await issueDoc(issue)).stories).toHaveLength(2)
    await call('editor', 'post', '/:id/layout', { id: String(issue) })
    const laidOut = await issueDoc(issue)
    const page = laidOut.layout.pages.find((p: { stories: string[] }) => p.stories.includes(String(article.id))).number

    await act(world, 'r3', article.id, 'withdraw', { opinion: '信息有误，撤稿' })
    await payload.jobs.run({ limit: 50 })
    const doc = await issueDoc(issue)
    expect(doc.stories.map((s: { item: unknown }) => String(typeof s.item === 'object' ? (s.item as { id: unknown }).id : s.item))).toEqual([storyId])
    expect(doc.status).toBe('needs-relayout')
    expect(doc.pages.filter((p: { needsRelayout: boolean }) => p.needsRelayout).map((p: { number: number }) => p.number)).toEqual([page])
    expect((await publicationOf(article.id, paper)).state).toBe('withdrawn')
  })

  it('waits (retrying, with the reason) when the paper has no open issue', async () => {
    const other = await newspaperAccount('研究生报')
    const article = await approveThroughAllStages(world, '研究生学术沙龙开讲', { targets: [other] })
    await payload.jobs.run({ limit: 50 })
    const publication = await publicationOf(article.id, other)
    expect([publication.state, publication.lastError?.code, publication.lastError?.message]).toEqual([
      'retrying',
      'no-issue',
      '校报“研究生报”没有待出版的期次：请先在“校报期次”中建立下一期',
    ])
  })
})
