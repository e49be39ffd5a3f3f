import { readFile } from 'node:fs/promises'

import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { beijingTime } from '../../admin/review/format'
import { beijingDay } from '../../reports/range'
import { httpClients } from '../security/httpClients'
import { uniq, type Staff } from '../setup/fixtures'
import { act, editorArticle, freshStudio, throughReview } from '../reports/world'
import { launchChromium, screenshots, signIn } from './browser'

/**
 * The admin experience in a real browser (Debian chromium) against the HTTP harness's production server:
 * each role's dashboard, the reports with a CSV download, the editorial calendar and the project board.
 * Screenshots go to test-results/admin-experience/.
 */
const { rest, fixtures } = httpClients()
const base = rest.baseUrl
const shot = screenshots('admin-experience')
const DAY = 86_400_000

let browser: Browser
const contexts: BrowserContext[] = []
const open = (actor: Staff) => signIn(browser, base, fixtures, actor, contexts)

let studio: { id: number | string; name: string }
let older: { id: number | string; title: string }
let newer: { id: number | string; title: string }
let returned: { id: number | string; title: string }
let scheduled: { id: number | string; title: string }
let scheduledAt: string
let accountName: string
let projectName: string

beforeAll(async () => {
  browser = await launchChromium()
  studio = await freshStudio(rest, fixtures, '仪表盘测试工作室')
  older = await editorArticle(rest, fixtures, studio.id, '先提交')
  await act(rest, 'editor', older.id, { action: 'submit' })
  newer = await editorArticle(rest, fixtures, studio.id, '后提交')
  await act(rest, 'editor', newer.id, { action: 'submit' })
  returned = await editorArticle(rest, fixtures, studio.id, '被退回')
  await act(rest, 'editor', returned.id, { action: 'submit' })
  await act(rest, 'reviewer1', returned.id, { action: 'return', opinion: '请补充现场照片。' })
  scheduledAt = new Date(Date.now() + 3 * 3_600_000).toISOString()
  scheduled = await editorArticle(rest, fixtures, studio.id, '定时发', { scheduledAt })
  await throughReview(rest, scheduled.id)

  accountName = `仪表盘测试微博 ${uniq()}`
  const account = await rest.request('admin', 'POST', '/api/channel-accounts', {
    name: accountName,
    kind: 'weibo',
    unit: studio.id,
    status: 'filed',
    responsiblePerson: '张老师',
    responsiblePhone: '13900000000',
    // Noon Beijing time, so "days left" does not depend on the hour the test runs.
    nextReviewDate: `${beijingDay(new Date(Date.now() + 10 * DAY))}T04:00:00.000Z`,
    settings: { tokenExpiresAt: `${beijingDay(new Date(Date.now() + 2 * DAY))}T04:00:00.000Z` },
  })
  expect(account.status, JSON.stringify(account.body)).toBe(201)

  projectName = `看板测试项目 ${uniq()}`
  const project = await rest.request('admin', 'POST', '/api/cultural-projects', {
    name: projectName,
    kind: 'studio',
    unit: studio.id,
    stage: 'approval',
    evaluations: [{ stage: 'approval', note: '同意立项，注意进度。' }],
    _status: 'published',
  })
  expect(project.status, JSON.stringify(project.body)).toBe(201)
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
})

describe('dashboards by role', () => {
  it("the editor's dashboard: returned with the opinion, scheduled with its time; no reports link", async () => {
    const page = await open('editor')
    await expect.poll(() => page.locator('html').getAttribute('lang')).toMatch(/^zh/)
    const back = page.locator('#rm-returned li', { hasText: returned.title })
    await back.waitFor()
    expect(await back.locator('.rm-queue__opinion').textContent()).toBe('退回意见：请补充现场照片。')
    const soon = page.locator('#rm-scheduled li', { hasText: scheduled.title })
    await soon.waitFor()
    expect(await soon.locator('.rm-queue__age').textContent()).toBe(`定于 ${beijingTime(scheduledAt)} 发布`)
    expect(await soon.locator('.rm-queue__meta').textContent()).toContain('已排期')
    // The administrator's overview is not shown to an editor, nor is the reports link.
    expect(await page.locator('#rm-publications').count()).toBe(0)
    const nav = page.locator('nav.rm-navlinks').first()
    expect(await nav.textContent()).toContain('编辑日历')
    expect(await nav.getByRole('link', { name: '报表' }).count()).toBe(0)
    await shot(page, '1-editor-dashboard')

    await page.goto(`${base}/admin/reports`)
    await page.locator('.rm-error').waitFor()
    expect(await page.locator('.rm-error').textContent()).toBe('无权查看报表：仅管理员和审核员可以查看')
  })

  it("the reviewer's dashboard: waiting items with their age, oldest first", async () => {
    const page = await open('reviewer1')
    const waiting = page.locator('#rm-waiting')
    await waiting.locator('li', { hasText: newer.title }).waitFor()
    const titles = await waiting.locator('li a').allTextContents()
    expect(titles.indexOf(older.title)).toBeGreaterThanOrEqual(0)
    expect(titles.indexOf(older.title)).toBeLessThan(titles.indexOf(newer.title))
    expect(await waiting.locator('li', { hasText: older.title }).locator('.rm-queue__age').textContent()).toMatch(/^(刚刚提交|已等待 \d+ 分钟)$/)
    expect(await page.locator('nav.rm-navlinks').first().getByRole('link', { name: '报表' }).count()).toBe(1)
    await shot(page, '2-reviewer-dashboard')
  })

  it("the administrator's dashboard: publications summary, filings lapsing within 30 days, expiring tokens", async () => {
    const page = await open('admin')
    const publications = page.locator('#rm-publications')
    await publications.waitFor()
    expect(await publications.getByRole('link', { name: '打开发布看板' }).getAttribute('href')).toBe('/admin/collections/publications')
    expect(await publications.locator('.rm-stat').first().textContent()).toMatch(/^失败 \d+$/)
    const filing = page.locator('#rm-filing li', { hasText: accountName })
    expect(await filing.textContent()).toContain('还剩 10 天')
    const token = page.locator('#rm-tokens li', { hasText: accountName })
    expect(await token.textContent()).toContain('还剩 2 天')
    await shot(page, '3-admin-dashboard')
  })
})

describe('reports, calendar and project board', () => {
  it('an administrator runs a report for a unit and downloads its CSV', async () => {
    const page = await open('admin')
    await page.goto(`${base}/admin/reports`)
    await page.locator('section[data-sheet="units"] table').waitFor()
    await page.locator('select[name="unit"]').selectOption(String(studio.id))
    await page.getByRole('button', { name: '查询' }).click()
    const row = page.locator('section[data-sheet="units"] tbody tr', { hasText: studio.name })
    await row.waitFor()
    // 4 written; 初审 a return and an approval; 复审 and 终审 one each; nothing published or taken down.
    expect(await row.locator('td').allTextContents()).toEqual([studio.name, '4', '2', '0', '1', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0'])
    await shot(page, '4-reports')

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-export="csv-units"]').click()])
    const today = beijingDay(new Date())
    expect(download.suggestedFilename()).toMatch(/^融媒报表_\d{4}-\d{2}-01_\d{4}-\d{2}-\d{2}_按单位\.csv$/)
    expect(download.suggestedFilename()).toContain(today)
    const bytes = await readFile((await download.path())!)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.toString('utf8').slice(1).split('\r\n')
    expect(lines[0].startsWith('单位,撰稿,初审（次）')).toBe(true)
    expect(lines).toContain(`${studio.name},4,2,0,1,0,1,0,0,0,0,0,0,0,0`)
    // The progress line is gone once the file is saved, and no error was shown.
    expect(await page.locator('.rm-progress').count()).toBe(0)
    expect(await page.locator('.rm-error').count()).toBe(0)
  })

  it('the editorial calendar shows the scheduled item on its Beijing day, filtered by unit', async () => {
    const page = await open('editor')
    const day = beijingDay(scheduledAt)
    await page.goto(`${base}/admin/calendar?month=${day.slice(0, 7)}&unit=${studio.id}`)
    const cell = page.locator(`td[data-date="${day}"]`)
    await cell.waitFor()
    const entry = cell.locator('li[data-kind="scheduled"]', { hasText: scheduled.title })
    expect(await entry.count()).toBe(1)
    expect(await entry.locator('a').textContent()).toBe(`${beijingTime(scheduledAt).slice(11)} ${scheduled.title}`)
    // The unit filter keeps other units' items out.
    expect(await page.locator('.rm-calendar li').count()).toBe(1)
    expect(await page.locator('#rm-calendar-summary').textContent()).toContain('已发布 0 条，待发布 1 条')
    await shot(page, '5-calendar')
  })

  it('the project board puts a project in its lifecycle column with its evaluation and showcase link', async () => {
    const page = await open('admin')
    await page.goto(`${base}/admin/projects-board?unit=${studio.id}`)
    const columns = page.locator('.rm-kanban > section h2')
    await columns.first().waitFor()
    expect((await columns.allTextContents()).map((t) => t.replace(/\s*\d+$/, ''))).toEqual(['申报', '立项', '中期', '结项'])
    const card = page.locator('section[data-stage="approval"] .rm-card', { hasText: projectName })
    await card.waitFor()
    expect(await card.textContent()).toContain('评审意见：同意立项，注意进度。')
    expect(await card.getByRole('link', { name: '成果展示页' }).getAttribute('href')).toMatch(/^\/projects\/\d+$/)
    expect(await page.locator('section[data-stage="application"] .rm-card').count()).toBe(0)
    await shot(page, '6-project-board')
  })
})
