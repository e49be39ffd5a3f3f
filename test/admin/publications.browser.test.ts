import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { httpClients } from '../security/httpClients'
import { UNITS } from '../setup/fixtures'
import { approvedArticleOverRest, publicationsOf, runWorkerOnce, websiteAccountOverRest } from '../setup/httpPublishing'
import { launchChromium, screenshots, signIn } from './browser'

/**
 * 渠道投递 (the item's channel panel) and 发布看板 (the publications board) in Chromium against the HTTP
 * harness's production server. One article approved for two website accounts, delivered by a worker process:
 * the filed account's delivery arrives, the unfiled one's fails. Screenshots: test-results/publications/.
 */
const { rest, fixtures } = httpClients()
const base = rest.baseUrl
const shot = screenshots('publications')

let browser: Browser
const contexts: BrowserContext[] = []
let article: { id: number | string; title: string }
let delivered: number | string
let failed: number | string

const panel = (page: Page) => page.locator('section.rm-channels')
const board = (page: Page) => page.locator('section.rm-board')
const stateOf = async (id: number | string) => (await rest.request('admin', 'GET', `/api/publications/${id}?depth=0`)).body.state

beforeAll(async () => {
  browser = await launchChromium()
  const stamp = Date.now().toString(36)
  const site = await websiteAccountOverRest(rest, fixtures, `学院网站 ${stamp}`)
  const unfiled = await websiteAccountOverRest(rest, fixtures, `未备案网站 ${stamp}`, 'pending')
  const approved = await approvedArticleOverRest(rest, fixtures, '渠道面板', [site, unfiled])
  article = approved
  const byAccount = new Map(approved.publications.map((p) => [String(p.account), p.id]))
  delivered = byAccount.get(String(site))!
  failed = byAccount.get(String(unfiled))!
  await runWorkerOnce([delivered, failed])
  expect([await stateOf(delivered), await stateOf(failed)]).toEqual(['delivered', 'failed'])
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
})

describe('渠道投递 panel and 发布看板', () => {
  it('the panel shows each delivery in Chinese: state, link, the failure with its reason, 重新投递 and 撤稿', async () => {
    const page = await signIn(browser, base, fixtures, 'admin', contexts)
    await page.goto(`${base}/admin/collections/articles/${article.id}`)
    await panel(page).locator('li.rm-channels__row').nth(1).waitFor()
    expect(await panel(page).locator('h3').textContent()).toBe('渠道投递')

    const ok = panel(page).locator('li.rm-channels__row[data-state="delivered"]')
    expect(await ok.locator('.rm-channels__head').textContent()).toMatch(/^网站已送达$/)
    expect(await ok.locator('.rm-channels__link a').getAttribute('href')).toMatch(new RegExp(`/articles/${article.id}$`))
    expect(await ok.getByRole('button', { name: '撤稿' }).count()).toBe(1)
    expect(await ok.getByRole('button', { name: '重新投递' }).count()).toBe(0)

    const bad = panel(page).locator('li.rm-channels__row[data-state="failed"]')
    expect(await bad.locator('.rm-channels__head').textContent()).toMatch(/^网站失败$/)
    expect(await bad.locator('.rm-channels__error').textContent()).toMatch(/状态为“待备案”，只有已备案的账号才能投递/)
    expect(await bad.getByRole('button', { name: '重新投递' }).count()).toBe(1)
    expect(await bad.getByRole('button', { name: /撤稿|撤回/ }).count()).toBe(0)
    await shot(page, '1-panel-delivered-and-failed')
  })

  it('the board lists failures first and filters by channel, state and unit; 重新投递 there requeues on the server', async () => {
    const page = await signIn(browser, base, fixtures, 'admin', contexts)
    await page.goto(`${base}/admin/collections/publications`)
    await board(page).locator('tbody tr').first().waitFor()
    expect(await board(page).locator('h2').textContent()).toBe('发布看板')
    const states = () => board(page).locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-state')))
    const column = (index: number) => board(page).locator('tbody tr').evaluateAll((rows, i) => rows.map((row) => row.children[i]?.textContent?.trim()), index)
    const bands = (list: (string | null)[]) => list.map((state) => (state === 'failed' ? 0 : state === 'retrying' ? 1 : 2))
    const all = await states()
    expect(all).toContain('failed')
    expect(all).toContain('delivered')
    expect(bands(all)).toEqual([...bands(all)].sort((a, b) => a - b))
    await shot(page, '2-board-failures-first')

    const filter = (label: string) => board(page).locator('.rm-board__filters label', { hasText: label }).locator('select')
    await filter('渠道').selectOption('website')
    await expect.poll(async () => new Set(await column(1)), { timeout: 15_000 }).toEqual(new Set(['网站']))
    await filter('状态').selectOption('failed')
    await expect.poll(async () => new Set(await states()), { timeout: 15_000 }).toEqual(new Set(['failed']))
    await filter('单位').selectOption(String(fixtures.units.A1))
    await expect.poll(async () => new Set(await column(3)), { timeout: 15_000 }).toEqual(new Set([UNITS.A1.name]))
    const ours = board(page).locator('tbody tr', { hasText: article.title })
    expect(await ours.count()).toBe(1)
    await shot(page, '3-board-filtered')

    await ours.getByRole('button', { name: '重新投递' }).click()
    await page.getByText('已重新加入投递队列').first().waitFor()
    expect(await stateOf(failed)).toBe('queued')
    // Filtered on 失败, the requeued row leaves the board.
    await expect.poll(() => ours.count(), { timeout: 15_000 }).toBe(0)
    await shot(page, '4-board-after-resend')
  })

  it('撤稿 from the website row asks for a reason, takes the item off the site at once, and the worker marks it 已撤回', async () => {
    const page = await signIn(browser, base, fixtures, 'admin', contexts)
    await page.goto(`${base}/admin/collections/articles/${article.id}`)
    const row = panel(page).locator('li.rm-channels__row[data-state="delivered"]')
    await row.waitFor()
    expect((await fetch(`${base}/articles/${article.id}`)).status).toBe(200)

    await row.getByRole('button', { name: '撤稿' }).click()
    expect(await row.locator('.rm-withdraw__note').textContent()).toContain('撤下网站即撤稿，所有渠道一并撤回')
    await row.getByRole('button', { name: '确认撤稿' }).click()
    expect(await row.locator('.rm-withdraw__invalid').textContent()).toBe('请填写撤稿原因')
    await row.locator('textarea[name="rm-withdraw-reason"]').fill('数据有误，撤稿更正。')
    await shot(page, '5-panel-withdraw-reason')
    await row.getByRole('button', { name: '确认撤稿' }).click()
    await page.getByText('已撤稿：稿件已从网站撤下').first().waitFor()

    // On the server: the item is 已撤稿 and gone from the site now; the worker then withdraws the delivery.
    const item = await rest.request('admin', 'GET', `/api/articles/${article.id}?draft=true&depth=0`)
    expect(item.body.workflowState).toBe('withdrawn')
    expect((await fetch(`${base}/articles/${article.id}`)).status).toBe(404)
    await runWorkerOnce([delivered])
    expect(await stateOf(delivered)).toBe('withdrawn')
    expect((await publicationsOf(rest, article.id)).find((p) => p.id === delivered)?.state).toBe('withdrawn')

    await panel(page).getByRole('button', { name: '刷新' }).click()
    const done = panel(page).locator(`li.rm-channels__row[data-state="withdrawn"]`)
    await done.waitFor({ timeout: 15_000 })
    expect(await done.locator('.rm-channels__head').textContent()).toMatch(/^网站已撤回$/)
    expect(await done.getByRole('button', { name: '撤稿' }).count()).toBe(0)
    await shot(page, '6-panel-withdrawn')
  })

  it('the server refuses a withdraw without a reason, and one of a delivery that never arrived', async () => {
    const noReason = await rest.request('admin', 'POST', `/api/publications/${failed}/withdraw`, {})
    expect([noReason.status, JSON.stringify(noReason.body)]).toEqual([400, expect.stringContaining('请填写撤回原因')])
    const notDelivered = await rest.request('admin', 'POST', `/api/publications/${failed}/withdraw`, { reason: '误发' })
    expect(notDelivered.status).toBe(409)
    expect(JSON.stringify(notDelivered.body)).toContain('只有已送达或已提交的记录可以撤回')
  })
})
