import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, screenshots, signIn } from '../../admin/browser'
import { httpClients } from '../../security/httpClients'
import { newspaperIssueOverRest, printCopy } from './issueOverRest'

/**
 * 版面编排 in the admin, in a real browser against the production server: an editor of the unit lays the issue
 * out, sees where each story landed and the warnings in Chinese, the page previews load, and moving a story to
 * another page lays it out again.
 */
const { rest, fixtures } = httpClients()
const base = rest.baseUrl
const shot = screenshots('newspaper')

let browser: Browser
const contexts: BrowserContext[] = []
let issueId: string | number

beforeAll(async () => {
  browser = await launchChromium()
  issueId = await newspaperIssueOverRest(rest, fixtures, {
    number: 21,
    totalNumber: 421,
    date: '2026-12-07T00:00:00.000Z',
    pages: [
      { number: 1, name: '要闻', template: 'front' },
      { number: 2, name: '校园', template: 'news' },
    ],
    stories: [
      { item: fixtures.content.articles.pubA, priority: 8, copy: printCopy('新学期工作部署会召开', 6) },
      { item: fixtures.content.articles.pubDraftA, priority: 5, copy: printCopy('图书馆延长开放时间', 3) },
    ],
  })
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
})

describe('版面编排 in the admin', () => {
  it('lays the issue out, shows warnings and previews, and moves a story to another page', async () => {
    const page = await signIn(browser, base, fixtures, 'editor', contexts)
    await page.goto(`${base}/admin/collections/newspaper-issues/${issueId}`)
    const planner = page.locator('section.rm-planner')
    await planner.waitFor({ timeout: 30_000 })
    await expect.poll(() => planner.textContent(), { timeout: 20_000 }).toContain('尚未排版')

    // The progress bar lives until the page reloads with the layout: what it said is kept in sessionStorage (the reload keeps it).
    await page.evaluate(() => {
      const seen: string[] = []
      new MutationObserver(() => {
        const text = document.querySelector('.rm-planner__progress')?.textContent
        if (!text || seen.at(-1) === text) return
        seen.push(text)
        sessionStorage.setItem('rm-layout-progress', JSON.stringify(seen))
      }).observe(document.body, { subtree: true, childList: true, characterData: true })
    })
    await planner.getByRole('button', { name: '自动排版' }).click()
    const rows = planner.locator('tbody tr')
    await expect.poll(() => rows.first().textContent(), { timeout: 60_000 }).toContain('第1版')
    // Two short stories on two pages: the planner reports the empty space, in Chinese.
    await expect.poll(() => planner.locator('.rm-planner__warnings').textContent(), { timeout: 60_000 }).toMatch(/底部空 \d+ 行，可补约 \d+ 字稿件/)
    // Laid out and reloaded: the bar had shown each page in turn.
    const progress = JSON.parse((await page.evaluate(() => sessionStorage.getItem('rm-layout-progress'))) ?? '[]') as string[]
    for (const step of ['第 1/2 版（第1版 要闻）：生成版面', '第 2/2 版（第2版 校园）：生成版面']) expect(progress.some((text) => text.includes(step)), step).toBe(true)
    const previews = planner.locator('.rm-planner__pages img')
    expect(await previews.count()).toBe(2)
    for (let i = 0; i < 2; i++) {
      await expect.poll(() => previews.nth(i).evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: 60_000 }).toBeGreaterThan(300)
    }
    const before = await previews.first().getAttribute('src')
    await shot(page, '1-laid-out')

    await planner.getByLabel('《图书馆延长开放时间》的版面').selectOption('2')
    await expect.poll(() => rows.nth(1).textContent(), { timeout: 60_000 }).toContain('第2版')
    // The previews follow the new layout (new URLs, loaded again).
    await expect.poll(() => previews.first().getAttribute('src'), { timeout: 30_000 }).not.toBe(before)
    await expect.poll(() => previews.nth(1).evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: 60_000 }).toBeGreaterThan(300)
    // The form below was reloaded with the server's change, so a later 保存 keeps it.
    await expect.poll(() => page.locator('input[name="stories.1.page"]').inputValue(), { timeout: 30_000 }).toBe('2')
    await shot(page, '2-moved')

    // An unsaved edit in the form: the planner asks to save first instead of laying out the old version.
    await page.locator('input[name="stories.0.priority"]').fill('7')
    await expect.poll(() => planner.textContent()).toContain('有未保存的修改：请先保存期次')
    expect(await planner.getByRole('button', { name: '自动排版' }).isDisabled()).toBe(true)
  })
})
