import { randomBytes } from 'node:crypto'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startWechatSandbox, type WechatSandbox } from '../../publishers/wechat/sandbox/server'
import { httpClients } from '../security/httpClients'
import { uniq } from '../setup/fixtures'
import { approvedArticleOverRest, runWorkerOnce } from '../setup/httpPublishing'
import { launchChromium, screenshots, signIn } from './browser'

/**
 * 渠道投递 shows the 微信组稿 an item went out in, in Chromium against the production server: two approved articles
 * become one post (头条 + 次条) through 发表组稿 over REST; a worker process delivers it to the WeChat sandbox, whose
 * PUBLISHJOBFINISH push reaches the server's callback route and records each article's link. The 次条's panel
 * then has a 微信组稿 row: 公众号, 组稿, 第 2 篇次条, 已发表 and its link. Screenshots: test-results/channel-panel-bundles/.
 */
const { rest, fixtures } = httpClients()
const base = rest.baseUrl
const shot = screenshots('channel-panel-bundles')
type Id = number | string

let browser: Browser
const contexts: BrowserContext[] = []
let wechat: WechatSandbox
const stamp = uniq()
const app = {
  appId: `wx${randomBytes(8).toString('hex')}`,
  appSecret: randomBytes(16).toString('hex'),
  token: 'bundlePanelToken',
  encodingAESKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  name: '组稿面板公众号',
}
const accountName = `组稿面板公众号 ${stamp}`
const bundleTitle = `组稿面板 ${stamp}`
let items: { id: Id; title: string }[] = []
let bundleId: Id

const panel = (page: Page) => page.locator('section.rm-channels')
const bundleNow = async () => (await rest.request('admin', 'GET', `/api/wechat-bundles/${bundleId}?depth=0`)).body as { state: string; items: { url?: string | null }[] }

beforeAll(async () => {
  browser = await launchChromium()
  wechat = await startWechatSandbox({
    publishDelayMs: 600_000,
    apps: [{ ...app, certified: true, callbackMode: 'safe', callbackUrl: `${base}/api/channel-accounts/${app.appId}/wechat-callback` }],
  })
  const account = await rest.request('admin', 'POST', '/api/channel-accounts', {
    name: accountName, kind: 'wechat', tier: 'unit', unit: fixtures.units.A, responsiblePerson: '张老师', responsiblePhone: '13900000000', status: 'filed',
    filingNumber: '皖ICP备00000001号', settings: { siteUrl: base },
    credentials: { appId: app.appId, appSecret: app.appSecret, token: app.token, encodingAESKey: app.encodingAESKey, apiBaseUrl: wechat.url },
  })
  expect(account.status, JSON.stringify(account.body)).toBe(201)
  const accountId = (account.body.doc as { id: Id }).id
  for (const label of ['组稿头条', '组稿次条']) items.push(await approvedArticleOverRest(rest, fixtures, label, [accountId], [], { cover: fixtures.media.imageA }))

  const bundle = await rest.request('admin', 'POST', '/api/wechat-bundles', { title: bundleTitle, account: accountId, items: items.map((item) => ({ item: { relationTo: 'articles', value: item.id } })) })
  expect(bundle.status, JSON.stringify(bundle.body)).toBe(201)
  bundleId = (bundle.body.doc as { id: Id }).id
  const published = await rest.request('admin', 'POST', `/api/wechat-bundles/${bundleId}/publish`, {})
  expect(published.status, JSON.stringify(published.body)).toBe(200)
  await runWorkerOnce([`bundle:${bundleId}`])
  expect((await bundleNow()).state).toBe('submitted')
}, 240_000)

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
  await wechat?.close()
})

describe('渠道投递 panel: 微信组稿', () => {
  it('the 次条 shows its bundle: 公众号, 组稿, 第 2 篇次条, 已发表 and the article link', { timeout: 120_000 }, async () => {
    // WeChat finishes publishing; its push settles the bundle on the server.
    wechat.finishPending()
    await expect.poll(async () => (await bundleNow()).state, { timeout: 45_000, interval: 500 }).toBe('delivered')
    const url = (await bundleNow()).items[1].url
    expect(url).toMatch(/^https?:\/\//)
    const page = await signIn(browser, base, fixtures, 'admin', contexts)
    await page.goto(`${base}/admin/collections/articles/${items[1].id}`)
    const row = panel(page).locator('li.rm-channels__row--extra')
    await row.first().waitFor({ timeout: 30_000 })
    expect(await row.count()).toBe(1)
    expect(await row.getAttribute('data-state')).toBe('delivered')
    expect(await row.locator('.rm-channels__head').textContent()).toBe('微信组稿已发表')
    expect(await row.locator('.rm-channels__facts').textContent()).toBe(`公众号：${accountName} · 组稿：${bundleTitle} · 位置：第 2 篇次条`)
    expect(await row.locator('.rm-channels__link a').getAttribute('href')).toBe(url)
    expect(await row.locator('.rm-channels__head a').getAttribute('href')).toBe(`/admin/collections/wechat-bundles/${bundleId}`)
    // The sidebar scrolls on its own: bring the row into the screenshot.
    await row.scrollIntoViewIfNeeded()
    await shot(page, '1-panel-bundle-row')

    await page.goto(`${base}/admin/collections/articles/${items[0].id}`)
    await panel(page).locator('li.rm-channels__row--extra').first().waitFor({ timeout: 30_000 })
    expect(await panel(page).locator('li.rm-channels__row--extra .rm-channels__facts').textContent()).toContain('位置：头条')
  })
})
