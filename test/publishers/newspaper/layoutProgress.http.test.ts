import { beforeAll, describe, expect, it } from 'vitest'

import type { LayoutProgress } from '../../../publishers/newspaper/endpoints'
import { takeLines } from '../../../progress/readLines'
import { httpClients } from '../../security/httpClients'
import type { Actor } from '../../setup/fixtures'
import { newspaperIssueOverRest, printCopy } from './issueOverRest'

/**
 * 自动排版 with progress over real HTTP: `POST …/layout?progress=1` streams one line per page (第 k/N 版) and
 * ends with the saved layout; the same refusals as without progress.
 */
const { rest, fixtures } = httpClients()
let issueId: number | string

type Line = LayoutProgress | { type: 'done'; message: string; layout: { pages: { number: number }[] }; layoutAt: string } | { type: 'error'; message: string }

const layout = (as: Actor, query = '?progress=1') => fetch(`${rest.baseUrl}/api/newspaper-issues/${issueId}/layout${query}`, { method: 'POST', headers: rest.headers(as) })

beforeAll(async () => {
  // Three pages, one of each 版式.
  const pages = (['front', 'news', 'feature'] as const).map((template, i) => ({ number: i + 1, name: ['要闻', '校园', '副刊'][i], template }))
  issueId = await newspaperIssueOverRest(rest, fixtures, {
    number: 31, totalNumber: 431, date: '2026-12-14T00:00:00.000Z',
    pages,
    stories: [
      { item: fixtures.content.articles.pubA, priority: 8, copy: printCopy('新学期工作部署会召开', 8) },
      { item: fixtures.content.articles.pubDraftA, priority: 5, copy: printCopy('图书馆延长开放时间', 4) },
    ],
  })
})

describe('POST /api/newspaper-issues/:id/layout?progress=1', () => {
  it('streams 第 k/N 版 page by page and ends with the saved layout', async () => {
    const res = await layout('editor')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('application/x-ndjson')
    const { lines } = takeLines<Line>(`${await res.text()}\n`)
    const progress = lines.filter((line): line is LayoutProgress => line.type === 'progress')
    expect(progress[0]).toEqual({ type: 'progress', phase: '测量稿件、排入版面并校验', page: 0, pages: 3 })
    expect(progress.slice(1, 4).map((line) => line.phase)).toEqual([
      '第 1/3 版（第1版 要闻）：生成版面',
      '第 2/3 版（第2版 校园）：生成版面',
      '第 3/3 版（第3版 副刊）：生成版面',
    ])
    expect(progress.at(-1)).toMatchObject({ phase: '保存排版结果', page: 3, pages: 3 })
    const done = lines.at(-1) as Extract<Line, { type: 'done' }>
    expect(done.type).toBe('done')
    expect(done.message).toMatch(/^排版完成/)
    expect(done.layout.pages.map((page) => page.number)).toEqual([1, 2, 3])

    // Saved: the issue is 已排版 with this layout, and the pages' previews were made on the way.
    const stored = await rest.request('editor', 'GET', `/api/newspaper-issues/${issueId}?depth=0`)
    expect(stored.body).toMatchObject({ status: 'laid-out', layoutAt: done.layoutAt })
    const preview = await fetch(`${rest.baseUrl}/api/newspaper-issues/${issueId}/pages/3/preview.png`, { headers: rest.headers('editor') })
    expect(preview.headers.get('content-type')).toBe('image/png')
  })

  it('refuses before streaming: another unit, no sign-in', async () => {
    const other = await layout('editorB')
    expect(other.status).toBe(404)
    expect(((await other.json()) as { errors: { message: string }[] }).errors[0].message).toBe('期次不存在，或不在您的单位范围内')
    expect((await layout('anonymous')).status).toBe(401)
  })

  it('answers plain JSON without ?progress=1, as before', async () => {
    const res = await layout('editor', '')
    expect(res.headers.get('content-type')).toContain('application/json')
    expect(((await res.json()) as { message: string }).message).toMatch(/^排版完成/)
  })
})
