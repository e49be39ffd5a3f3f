import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { whereParams } from '../../admin/publications/format'
import { editorArticle, freshStudio, throughReview } from '../reports/world'
import { httpClients } from '../security/httpClients'
import { runWorkerOnce, websiteAccountOverRest } from '../setup/httpPublishing'
import { launchChromium, screenshots, signIn } from './browser'

/**
 * 批量发布 in the articles list, in Chromium against the production server: an editor ticks two items (one
 * 已通过, one 已排期 for the day after tomorrow), runs 批量发布, sees the bar reach 2/2 with each item's result,
 * then the delivery counts of the released publications once a worker has delivered them.
 * Screenshots: test-results/bulk-publish/.
 */
const { rest, fixtures } = httpClients()
const base = rest.baseUrl
const shot = screenshots('bulk-publish')

let browser: Browser
const contexts: BrowserContext[] = []
const stamp = `批量${Date.now().toString(36)}`
let approved: { id: number | string; title: string }
let scheduled: { id: number | string; title: string }
let untouched: { id: number | string; title: string }

beforeAll(async () => {
  browser = await launchChromium()
  const site = await websiteAccountOverRest(rest, fixtures, `批量发布网站 ${stamp}`)
  const studio = await freshStudio(rest, fixtures, '批量发布界面工作室')
  approved = await editorArticle(rest, fixtures, studio.id, `${stamp} 运动会开幕`, { targets: [site] })
  await throughReview(rest, approved.id)
  scheduled = await editorArticle(rest, fixtures, studio.id, `${stamp} 讲座预告`, { targets: [site], scheduledAt: new Date(Date.now() + 2 * 86_400_000).toISOString() })
  await throughReview(rest, scheduled.id)
  untouched = await editorArticle(rest, fixtures, studio.id, `另一篇 ${Date.now().toString(36)}`, { targets: [site] })
  await throughReview(rest, untouched.id)
})

afterAll(() => Promise.all(contexts.map((context) => context.close())).then(() => browser?.close()))

describe('批量发布 in the list view', () => {
  it('publishes two selected items with a progress bar to 2/2, the results, then the delivery counts', async () => {
    const page = await signIn(browser, base, fixtures, 'editor', contexts)
    await page.goto(`${base}/admin/collections/articles?search=${encodeURIComponent(stamp)}`)
    const panel = page.locator('section.rm-bulk')
    await panel.waitFor({ timeout: 30_000 })
    const rows = page.locator('table tbody tr', { hasText: stamp })
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(2)
    expect(await panel.getByRole('button', { name: '批量发布' }).isDisabled()).toBe(true)

    for (const title of [approved.title, scheduled.title]) await page.locator('table tbody tr', { hasText: title }).locator('input[type="checkbox"]').check()
    await expect.poll(() => panel.locator('.rm-bulk__hint').textContent()).toBe('已选 2 篇')
    await shot(page, '1-two-selected')

    await panel.getByRole('button', { name: '批量发布' }).click()
    expect(await panel.textContent()).toContain('确认立即发布选中的 2 篇稿件？')
    await panel.getByRole('button', { name: '确认发布' }).click()

    const status = panel.locator('[role="status"]')
    await expect.poll(() => status.locator('.rm-bulk__count').textContent(), { timeout: 60_000 }).toBe('批量发布完成：已处理 2/2，发布 2 篇，跳过 0 篇')
    expect(await status.locator('progress').evaluate((bar) => [(bar as HTMLProgressElement).value, (bar as HTMLProgressElement).max])).toEqual([2, 2])
    const results = await status.locator('.rm-bulk__results li').allTextContents()
    expect(results).toEqual(
      expect.arrayContaining([`已发布《${approved.title}》：已发布，1 个渠道开始投递`, `已发布《${scheduled.title}》：已发布（提前于定时发布时间），1 个渠道开始投递`]),
    )
    await expect.poll(() => status.locator('.rm-bulk__deliveries').textContent(), { timeout: 20_000 }).toBe('渠道投递：已送达 0 · 失败 0 · 进行中 2（共 2）')
    await shot(page, '2-published-deliveries-pending')

    // The list shows the new state; the worker delivers; the counts follow from the REST API.
    await expect.poll(() => rows.first().textContent(), { timeout: 20_000 }).toContain('已发布')
    const query = whereParams([{ 'item.value': { in: [approved.id, scheduled.id] } }, { 'item.relationTo': { equals: 'articles' } }])
    const released = (await rest.request('admin', 'GET', `/api/publications?${query}&depth=0`)).body.docs as { id: number | string }[]
    expect(released).toHaveLength(2)
    await runWorkerOnce(released.map((p) => p.id))
    await expect.poll(() => status.locator('.rm-bulk__deliveries').textContent(), { timeout: 30_000 }).toBe('渠道投递：已送达 2 · 失败 0 · 进行中 0（共 2）')
    await shot(page, '3-delivered')
  })

  it('an editor of another unit sees their selection refused per item by the server', async () => {
    const page = await signIn(browser, base, fixtures, 'editorB', contexts)
    // editorB cannot list unit A's unpublished items; the request is what a forged selection would send.
    await page.goto(`${base}/admin/collections/articles`)
    await page.locator('section.rm-bulk').waitFor({ timeout: 30_000 })
    const answer = await page.evaluate(async (id) => {
      const res = await fetch('/api/articles/bulk-publish', { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ids: [id] }) })
      return res.text()
    }, String(untouched.id))
    expect(answer).toContain('"result":"skipped"')
    expect(answer).toContain('稿件不存在，或不在您的单位范围内')
    expect((await rest.request('admin', 'GET', `/api/articles/${untouched.id}?draft=true&depth=0`)).body.workflowState).toBe('approved')
  })
})
