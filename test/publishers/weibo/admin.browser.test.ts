import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, screenshots, signIn } from '../../admin/browser'
import { httpClients } from '../../security/httpClients'
import { newRecordData } from '../../setup/fixtures'
import { startSandbox, type Running } from './sandboxClient'

/**
 * The Weibo parts of the admin in a real browser against the production server: the card preview under
 * 微博设置 shows the renderer's own text and count as the editor types, with the over-limit message; a Weibo
 * account's 微博授权 asks the sandbox (a separate process on 127.0.0.1) and shows the days left.
 */
const { rest, fixtures } = httpClients()
const base = rest.baseUrl
const shot = screenshots('weibo')

let browser: Browser
let run: Running
const contexts: BrowserContext[] = []
let articleId: string | number
let accountId: string | number
let title: string

beforeAll(async () => {
  browser = await launchChromium()
  run = await startSandbox({ tokens: [{ token: 'browser-test-token', uid: '7311200000000909', screenName: '浏览器测试微博', expiresInSec: 12 * 86_400 + 3_600 }] })
  const data = newRecordData('articles', fixtures, 'A1', '微博预览')
  title = String(data.title)
  const created = await rest.request('editor', 'POST', '/api/articles?draft=true', { ...data, summary: '第一句摘要。第二句摘要。', _status: 'draft' })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  articleId = (created.body.doc as { id: string | number }).id
  const account = await rest.request('admin', 'POST', '/api/channel-accounts', {
    ...newRecordData('channel-accounts', fixtures, 'A', '微博授权'),
    kind: 'weibo',
    settings: { safeDomain: 'news.example.edu.cn' },
    credentials: { accessToken: 'browser-test-token', apiBaseUrl: run.url },
  })
  expect(account.status, JSON.stringify(account.body)).toBe(201)
  accountId = (account.body.doc as { id: string | number }).id
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
  await run?.sandbox.close()
})

describe('微博 in the admin', () => {
  it('previews the Weibo card from the form as it is typed, with the count and the over-limit message', async () => {
    const page = await signIn(browser, base, fixtures, 'editor', contexts)
    await page.goto(`${base}/admin/collections/articles/${articleId}`)
    const preview = page.locator('section.rm-wb')
    await preview.scrollIntoViewIfNeeded()
    await expect.poll(() => preview.locator('.rm-wb__text').textContent(), { timeout: 20_000 }).toBe(
      `【${title}】第一句摘要。第二句摘要。 ${new URL(base).origin}/articles/${articleId}`,
    )
    expect(await preview.locator('.rm-wb__count').textContent()).toMatch(/^\d+ \/ 140 字（【标题】\+ 摘要，自动截断）$/)
    await shot(page, '1-composed')

    const text = page.locator('textarea[name="weibo.text"], #field-weibo__text').first()
    await text.fill('汉'.repeat(125))
    await expect.poll(() => preview.locator('.rm-wb__count').getAttribute('data-over')).toBe('true')
    // 125 + ½ (space) + 20 (link) = 145.5 → 146
    expect(await preview.locator('.rm-wb__count').textContent()).toBe('146 / 140 字（使用“微博文字”）')
    expect(await preview.locator('.rm-wb__problem').textContent()).toBe(
      '微博正文 146 字，超过上限 140 字（按微博方式计数：汉字 1，英文半角 ½，每个链接 20，含自动附上的稿件链接）。请删减“微博文字”',
    )
    await shot(page, '2-over-limit')
  })

  it('shows 微博授权 on a Weibo account: 检查授权 asks Weibo and shows the days left', async () => {
    const page = await signIn(browser, base, fixtures, 'admin', contexts)
    await page.goto(`${base}/admin/collections/channel-accounts/${accountId}`)
    const field = page.locator('.rm-wb-token')
    await field.waitFor({ timeout: 20_000 })
    expect(await field.textContent()).toContain('尚未查询授权有效期')
    await field.locator('button', { hasText: '检查授权' }).click()
    await expect.poll(() => field.textContent(), { timeout: 15_000 }).toContain('还有 12 天到期')
    expect(await field.textContent()).toContain('已向微博查询并记录。')
    await shot(page, '3-token')
    // It was recorded on the account, not only shown.
    const saved = await rest.request('admin', 'GET', `/api/channel-accounts/${accountId}`)
    expect(typeof (saved.body as { settings?: { tokenExpiresAt?: unknown } }).settings?.tokenExpiresAt).toBe('string')
  })
})
