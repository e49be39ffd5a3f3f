import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, screenshots, signIn } from '../../admin/browser'
import { httpClients } from '../../security/httpClients'
import { newRecordData } from '../../setup/fixtures'

/**
 * 微信预览 on the article edit view, in a real browser against the production server: the phone frame shows the
 * saved article as the WeChat renderer made it (title, image from the local media store), the notes list what
 * would stop delivery in Chinese, and picking another theme re-renders the frame.
 */
const { rest, fixtures } = httpClients()
const base = rest.baseUrl
const shot = screenshots('wechat')

let browser: Browser
const contexts: BrowserContext[] = []
let articleId: string | number
let title: string

beforeAll(async () => {
  browser = await launchChromium()
  const data = newRecordData('articles', fixtures, 'A1', '微信预览')
  title = String(data.title)
  const image = { type: 'upload', version: 3, relationTo: 'media', value: fixtures.media.imageA, fields: null }
  const body = data.body as { root: { children: unknown[] } }
  body.root.children.push(image)
  const created = await rest.request('editor', 'POST', '/api/articles?draft=true', { ...data, body, wechat: { theme: 'campus' }, _status: 'draft' })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  articleId = (created.body.doc as { id: string | number }).id
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
})

describe('微信预览 in the admin', () => {
  it('shows the rendered article in a phone frame with its notes, and re-renders in another theme', async () => {
    const page = await signIn(browser, base, fixtures, 'editor', contexts)
    await page.goto(`${base}/admin/collections/articles/${articleId}`)
    const preview = page.locator('section.rm-wx')
    await preview.scrollIntoViewIfNeeded()
    await preview.waitFor()

    const frame = page.frameLocator('iframe.rm-wx__screen')
    await expect.poll(() => frame.locator('h1').textContent(), { timeout: 20_000 }).toBe(title)
    expect(await frame.locator('body').textContent()).toContain('正文第一段。')
    // The body image is the local file in place of its upload placeholder, and it loads.
    const img = frame.locator('img').first()
    expect(await img.getAttribute('src')).toMatch(/^\/api\/media\/file\//)
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth), { timeout: 10_000 }).toBeGreaterThan(0)

    // The notes: the article has no cover, so the first body image stands in (a note, not a problem).
    const notes = preview.locator('.rm-wx__notes')
    await expect.poll(() => notes.textContent(), { timeout: 15_000 }).toContain('未设置封面，已使用正文第一张图片作为微信封面')
    expect(await notes.textContent()).toContain('符合微信公众号的限制')
    const campus = await frame.locator('section').first().getAttribute('style')
    expect(campus).toContain('#2f3b36')
    await shot(page, '1-preview-campus')

    await preview.locator('select').selectOption('red')
    await expect.poll(() => page.locator('iframe.rm-wx__screen').getAttribute('src')).toContain('theme=red')
    await expect.poll(async () => (await frame.locator('section').first().getAttribute('style')) !== campus, { timeout: 15_000 }).toBe(true)
    await shot(page, '2-preview-red')
  })
})
