import { beforeAll, describe, expect, it } from 'vitest'

import type { BulkLine } from '../../hooks/workflow/bulkPublish'
import { takeLines } from '../../progress/readLines'
import { editorArticle, freshStudio, throughReview } from '../reports/world'
import { httpClients } from '../security/httpClients'
import type { Actor } from '../setup/fixtures'
import { publicationsOf, runWorkerOnce, websiteAccountOverRest } from '../setup/httpPublishing'

/**
 * 批量发布 over real HTTP, as real users of the harness's server (SQLite, or PostgreSQL with TEST_DATABASE_URL):
 * the stream's lines per item, who may publish what (the workflow decides per item on the server), 禁发至, and
 * the released deliveries run by a worker process.
 */
const { rest, fixtures } = httpClients()
type Id = number | string

const inTwoDays = () => new Date(Date.now() + 2 * 86_400_000).toISOString()

async function bulk(as: Actor, collection: 'articles' | 'videos', ids: unknown) {
  const res = await fetch(`${rest.baseUrl}/api/${collection}/bulk-publish`, {
    method: 'POST',
    headers: { ...rest.headers(as), 'Content-Type': 'application/json' },
    body: JSON.stringify({ ids }),
  })
  const text = await res.text()
  if (!res.ok) return { status: res.status, lines: [] as BulkLine[], error: (JSON.parse(text) as { errors: { message: string }[] }).errors[0].message }
  expect(res.headers.get('content-type')).toContain('application/x-ndjson')
  return { status: res.status, lines: takeLines<BulkLine>(`${text}\n`).lines, error: null }
}

const items = (lines: BulkLine[]) => lines.flatMap((line) => (line.type === 'item' ? [line] : []))
const resultOf = (lines: BulkLine[], id: Id) => items(lines).find((line) => line.item.id === String(id))!.item
const stored = async (id: Id) => (await rest.request('admin', 'GET', `/api/articles/${id}?draft=true&depth=0`)).body as { workflowState: string; _status: string }

let site: Id
let studio: { id: Id; name: string }
beforeAll(async () => {
  site = await websiteAccountOverRest(rest, fixtures, `批量发布网站 ${Date.now().toString(36)}`)
  studio = await freshStudio(rest, fixtures, '批量发布工作室')
})

describe('POST /api/<articles|videos>/bulk-publish', () => {
  it('asks for a sign-in and for a selection, in Chinese with the field', async () => {
    expect(await bulk('anonymous', 'articles', [1])).toMatchObject({ status: 401, error: '请先登录' })
    expect(await bulk('editor', 'articles', [])).toMatchObject({ status: 400, error: '请至少选择一篇稿件' })
    expect(await bulk('editor', 'videos', Array.from({ length: 101 }, (_, i) => i + 1))).toMatchObject({ status: 400, error: '一次最多发布 100 篇稿件' })
  })

  it('publishes 已通过 and 已排期 items now, skips the rest with a reason each, and streams k/N as it goes', async () => {
    const approved = await editorArticle(rest, fixtures, studio.id, '批量发布·已通过', { targets: [site] })
    await throughReview(rest, approved.id)
    const scheduled = await editorArticle(rest, fixtures, studio.id, '批量发布·已排期', { targets: [site], scheduledAt: inTwoDays() })
    await throughReview(rest, scheduled.id)
    const embargoed = await editorArticle(rest, fixtures, studio.id, '批量发布·禁发', { targets: [site], embargoUntil: inTwoDays() })
    await throughReview(rest, embargoed.id)
    const draft = await editorArticle(rest, fixtures, studio.id, '批量发布·草稿')
    expect((await stored(approved.id)).workflowState).toBe('approved')
    expect((await stored(scheduled.id)).workflowState).toBe('scheduled')
    const [waiting] = await publicationsOf(rest, scheduled.id)
    expect((await rest.request('admin', 'GET', `/api/publications/${waiting.id}?depth=0`)).body.scheduledFor).toBeTruthy()

    const ids = [approved.id, scheduled.id, draft.id, embargoed.id, 987654]
    const { status, lines } = await bulk('editor', 'articles', ids)
    expect(status).toBe(200)
    expect(lines[0]).toEqual({ type: 'start', total: 5 })
    expect(items(lines).map((line) => `${line.done}/${line.total}`)).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5'])
    expect(lines.at(-1)).toEqual({ type: 'done', total: 5, published: 2, skipped: 3 })

    expect(resultOf(lines, approved.id)).toMatchObject({ result: 'published', title: approved.title, message: '已发布，1 个渠道开始投递' })
    expect(resultOf(lines, scheduled.id)).toMatchObject({ result: 'published', message: '已发布（提前于定时发布时间），1 个渠道开始投递' })
    expect(resultOf(lines, draft.id)).toMatchObject({ result: 'skipped', message: '当前状态为“草稿”，只有已通过或已排期的稿件可以发布', publications: [] })
    expect(resultOf(lines, embargoed.id).result).toBe('skipped')
    expect(resultOf(lines, embargoed.id).message).toMatch(/^禁发至 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}，此前不能发布$/)
    expect(resultOf(lines, 987654)).toMatchObject({ result: 'skipped', title: '#987654', message: '稿件不存在，或不在您的单位范围内' })

    // Live now, and the audit log names the person, as for every other transition.
    expect(await stored(approved.id)).toMatchObject({ workflowState: 'published', _status: 'published' })
    expect(await stored(scheduled.id)).toMatchObject({ workflowState: 'published', _status: 'published' })
    expect((await stored(embargoed.id)).workflowState).toBe('approved')
    expect((await stored(draft.id)).workflowState).toBe('draft')
    const audit = await rest.request('admin', 'GET', `/api/audit-log?where[docId][equals]=${scheduled.id}&where[action][equals]=publishNow&where[collectionSlug][equals]=articles&depth=0`)
    const entries = audit.body.docs as Record<string, unknown>[]
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ actor: fixtures.users.editor.id, fromState: 'scheduled', toState: 'published', note: '批量发布' })

    // The scheduled item's delivery no longer waits for its time; a worker delivers both.
    const released = [...resultOf(lines, approved.id).publications, ...resultOf(lines, scheduled.id).publications]
    expect(released).toHaveLength(2)
    expect((await rest.request('admin', 'GET', `/api/publications/${waiting.id}?depth=0`)).body.scheduledFor).toBeNull()
    await runWorkerOnce(released)
    for (const id of released) expect((await rest.request('editor', 'GET', `/api/publications/${id}?depth=0`)).body.state).toBe('delivered')
    const page = await fetch(`${rest.baseUrl}/articles/${scheduled.id}`)
    expect(page.status).toBe(200)
  })

  it('refuses per item what the workflow does not let this user publish, and changes nothing', async () => {
    const article = await editorArticle(rest, fixtures, studio.id, '批量发布·越权', { targets: [site] })
    await throughReview(rest, article.id)

    // An editor of another unit cannot even read the item; a reviewer can, but publishing is not theirs.
    const other = await bulk('editorB', 'articles', [article.id])
    expect(resultOf(other.lines, article.id)).toMatchObject({ result: 'skipped', title: `#${article.id}`, message: '稿件不存在，或不在您的单位范围内' })
    expect(other.lines.at(-1)).toMatchObject({ type: 'done', published: 0, skipped: 1 })
    const reviewer = await bulk('reviewer3', 'articles', [article.id])
    expect(resultOf(reviewer.lines, article.id)).toMatchObject({ result: 'skipped', title: article.title, message: '只有本单位编辑或管理员可以立即发布' })
    // The same through the single-item workflow endpoint: the server's transition is the authority.
    const direct = await rest.request('editorB', 'POST', `/api/articles/${article.id}/workflow`, { action: 'publishNow' })
    expect(direct.status).toBe(404)
    expect((await stored(article.id)).workflowState).toBe('approved')

    // An item already published by the first run is skipped as such; the administrator may publish any unit's item.
    const admin = await bulk('admin', 'articles', [article.id, article.id])
    expect(items(admin.lines)).toHaveLength(1)
    expect(resultOf(admin.lines, article.id).result).toBe('published')
    const again = await bulk('admin', 'articles', [article.id])
    expect(resultOf(again.lines, article.id)).toMatchObject({ result: 'skipped', message: '已发布，无需再次发布' })
  })

  it('finishes the list on the server when the browser goes away after the first line', async () => {
    const articles: { id: Id; title: string }[] = []
    for (const n of [1, 2, 3]) {
      const article = await editorArticle(rest, fixtures, studio.id, `批量发布·断开${n}`, { targets: [site] })
      await throughReview(rest, article.id)
      articles.push(article)
    }
    const controller = new AbortController()
    const res = await fetch(`${rest.baseUrl}/api/articles/bulk-publish`, {
      method: 'POST',
      headers: { ...rest.headers('editor'), 'Content-Type': 'application/json' },
      body: JSON.stringify({ ids: articles.map((a) => a.id) }),
      signal: controller.signal,
    })
    const first = await res.body!.getReader().read()
    expect(new TextDecoder().decode(first.value)).toContain('"type":"start"')
    controller.abort()
    // Each item is committed on its own; the server goes on without a reader.
    await expect.poll(async () => Promise.all(articles.map(async (a) => (await stored(a.id)).workflowState)), { timeout: 30_000 }).toEqual(['published', 'published', 'published'])
    for (const article of articles) expect((await publicationsOf(rest, article.id)).map((p) => p.state)).toEqual(['queued'])
  })

  it('is there for videos too', async () => {
    const { lines } = await bulk('editor', 'videos', [424242])
    expect(resultOf(lines, 424242)).toMatchObject({ result: 'skipped', message: '稿件不存在，或不在您的单位范围内' })
  })
})
