import { randomBytes } from 'node:crypto'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startWechatSandbox, type WechatSandbox } from '../../publishers/wechat/sandbox/server'
import { startSandbox as startWeiboSandbox, type Running } from '../publishers/weibo/sandboxClient'
import { httpClients } from '../security/httpClients'
import { uniq, USERS, type Staff } from '../setup/fixtures'
import { publicationsOf, runWorkerOnce } from '../setup/httpPublishing'
import { launchChromium, screenshots, signIn } from './browser'

/**
 * 三审 to every channel and back, end to end in Chromium against the production server (`next start`): an
 * editor signs in to the Chinese admin, writes an article (body, targets, cover) and submits it; 初审, 复审 and
 * 终审 approve it in the review panel (the editor records the 校对 round); a worker process delivers it — the
 * website shows it, the WeChat sandbox publishes it (its PUBLISHJOBFINISH push reaches the server's callback
 * route, which records the article_url) and the Weibo sandbox posts it; 撤稿 in the admin then takes it off the
 * site and reaches WeChat's freepublish/delete and Weibo's statuses/destroy. Both sandboxes are real HTTP
 * servers on 127.0.0.1. Every wait is on a state, never a fixed sleep. Screenshots: test-results/end-to-end/.
 */
const { rest, fixtures } = httpClients()
const base = rest.baseUrl
const shot = screenshots('end-to-end')
type Id = number | string

let browser: Browser
const contexts: BrowserContext[] = []
let wechat: WechatSandbox
let weibo: Running
const stamp = uniq()
const title = `端到端测试：校园开放日 ${stamp}`
const app = {
  appId: `wx${randomBytes(8).toString('hex')}`,
  appSecret: randomBytes(16).toString('hex'),
  token: 'endToEndToken',
  encodingAESKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  name: '端到端公众号',
}
const accounts = { website: `端到端网站 ${stamp}`, wechat: `端到端公众号 ${stamp}`, weibo: `端到端微博 ${stamp}` }
let coverFilename: string
let articleId: Id

const written = () => {
  if (articleId == null) throw new Error('前一步没有写成稿件')
}
/**
 * Closes the browsers before a worker process runs. On SQLite the web server and the worker share one file;
 * before they waited for each other's lock (db/sqliteLockWait.ts), a request the server handled while the
 * worker wrote failed one of them with "database is locked". Kept so that no write of the server's overlaps
 * the worker's steps, whatever the lock wait allows on a loaded machine.
 */
async function closeBrowsers() {
  for (const context of contexts.splice(0)) await context.close()
}
const open = (actor: Staff) => signIn(browser, base, fixtures, actor, contexts)
const review = (page: Page) => page.locator('section.rm-review[aria-label="审核面板"]')
/** How many calls the Weibo sandbox has answered on paths containing `path`. */
const weiboCalls = (path: string) => Object.entries(weibo.sandbox.store.requests).reduce((sum, [key, n]) => (key.includes(path) ? sum + n : sum), 0)
const stateOf = async () => (await rest.request('admin', 'GET', `/api/articles/${articleId}?draft=true&depth=0`)).body as { workflowState: string; review?: { proofreading?: unknown[] } }

async function account(kind: 'website' | 'wechat' | 'weibo', extra: Record<string, unknown>) {
  const res = await rest.request('admin', 'POST', '/api/channel-accounts', {
    name: accounts[kind],
    kind,
    tier: 'unit',
    unit: fixtures.units.A,
    responsiblePerson: '张老师',
    responsiblePhone: '13900000000',
    status: 'filed',
    filingNumber: '皖ICP备00000001号',
    ...extra,
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
}

/** Adds an option to a Payload relationship field (react-select) by typing part of its label. */
async function pickRelation(page: Page, field: string, label: string) {
  // The search input, not the control's middle, which may be a chosen value's remove button.
  await page.locator(`#field-${field} input`).first().click()
  await page.keyboard.type(label.slice(0, 8))
  await page.locator('.rs__option', { hasText: label }).click()
  await expect.poll(() => page.locator(`#field-${field}`).textContent()).toContain(label)
}

/** A reviewer opens the article, writes an opinion and approves; waits for the panel to show the next state. */
async function approveAs(actor: Staff, opinion: string, next: string, final = false) {
  const page = await open(actor)
  await page.goto(`${base}/admin/collections/articles/${articleId}`)
  await review(page).locator('button[data-action="approve"]').waitFor({ timeout: 30_000 })
  await review(page).locator('textarea[name="rm-opinion"]').fill(opinion)
  if (final) await review(page).locator('input[name="rm-acknowledge"]').check()
  await review(page).locator('button[data-action="approve"]').click()
  await expect.poll(() => review(page).locator('.rm-review__state').textContent(), { timeout: 30_000 }).toBe(next)
  expect(await review(page).textContent()).toContain(USERS[actor].name)
  return page
}

/** Polls a publication until it reaches `state` (a WeChat 发表 settles when the sandbox's push arrives). */
async function publicationIn(channel: string, state: string) {
  let found: Awaited<ReturnType<typeof publicationsOf>>[number] | undefined
  await expect
    .poll(
      async () => {
        found = (await publicationsOf(rest, articleId)).find((p) => p.channel === channel)
        return found?.state
      },
      { timeout: 45_000, interval: 500 },
    )
    .toBe(state)
  return found!
}

beforeAll(async () => {
  browser = await launchChromium()
  // The channels' platforms: the WeChat sandbox pushes PUBLISHJOBFINISH to the real server's callback route.
  wechat = await startWechatSandbox({
    // 发表 stays "publishing" until the test finishes it (finishPending), after the worker is done.
    publishDelayMs: 600_000,
    apps: [{ ...app, certified: true, callbackMode: 'safe', callbackUrl: `${base}/api/channel-accounts/${app.appId}/wechat-callback` }],
  })
  const site = new URL(base)
  weibo = await startWeiboSandbox({ safeDomain: site.hostname, tokens: [{ token: 'end-to-end-token', uid: '7311200000000777', screenName: '端到端微博', expiresInSec: 30 * 86_400 }] })
  // The administrator's registration of the three accounts (媒体账号登记备案), pointing at the sandboxes.
  await account('website', {})
  await account('wechat', { settings: { siteUrl: base }, credentials: { appId: app.appId, appSecret: app.appSecret, token: app.token, encodingAESKey: app.encodingAESKey, apiBaseUrl: wechat.url } })
  await account('weibo', { settings: { safeDomain: site.hostname, siteUrl: base }, credentials: { accessToken: 'end-to-end-token', apiBaseUrl: weibo.url } })
  const media = await rest.request('editor', 'GET', `/api/media/${fixtures.media.imageA}?depth=0`)
  expect(media.status).toBe(200)
  coverFilename = String(media.body.filename)
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
  await wechat?.close()
  await weibo?.sandbox.close()
})

describe('end to end: write, 三审, every channel, 撤稿', () => {
  it('the editor signs in to the Chinese admin, writes the article and submits it; the 渠道预览 tab shows every channel', { timeout: 120_000 }, async () => {
    const page = await open('editor')
    await expect.poll(() => page.locator('html').getAttribute('lang')).toMatch(/^zh/)
    await shot(page, '01-editor-dashboard')

    await page.goto(`${base}/admin/collections/articles/create`)
    await page.locator('#field-title').fill(title)
    await page.locator('#field-summary').fill('学校举办校园开放日，欢迎考生和家长来校参观。')
    const body = page.locator('.rich-text-lexical [data-lexical-editor="true"]').first()
    await body.click()
    await page.keyboard.type('九月十六日上午，学校举办校园开放日活动。各学院在图书馆广场设置咨询台，为考生和家长答疑。')
    for (const name of Object.values(accounts)) await pickRelation(page, 'targets', name)
    for (const name of Object.values(accounts)) expect(await page.locator('#field-targets').textContent()).toContain(name)
    await page.locator('#field-cover').getByRole('button', { name: '从现有中选择' }).click()
    const drawer = page.locator('.list-drawer').last()
    // Other test files upload media to the same server: the editor searches, as one would in a full library.
    await drawer.locator('input.search-filter__input').fill(coverFilename)
    await drawer.getByRole('button', { name: coverFilename }).first().click({ timeout: 30_000 })
    await expect.poll(() => page.locator('#field-cover').textContent()).toContain(coverFilename)
    await shot(page, '02-editor-writing')
    await page.locator('#action-save-draft').click()
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/, { timeout: 30_000 })
    articleId = /\/articles\/(\d+)/.exec(page.url())![1]

    // 渠道预览: five channels side by side, each drawn by its own renderer from the saved version.
    await page.getByRole('link', { name: '渠道预览' }).click()
    await page.waitForURL(`**/admin/collections/articles/${articleId}/channel-preview`)
    const card = (channel: string) => page.locator(`section.rm-cp__card[data-channel="${channel}"]`)
    await card('newspaper').waitFor({ timeout: 30_000 })
    expect(await page.locator('section.rm-cp__card h3').allTextContents()).toEqual(['网站', '微信公众号', '微博', '校园广播', '校报'])
    expect(await card('website').locator('h1').textContent()).toBe(title)
    expect(await card('weibo').locator('.rm-wb__text').textContent()).toBe(`【${title}】学校举办校园开放日，欢迎考生和家长来校参观。 ${base}/articles/${articleId}`)
    expect(await card('weibo').locator('.rm-cp__account').textContent()).toBe(`账号：${accounts.weibo}`)
    expect(await card('radio').locator('.rm-cp__readtime').textContent()).toMatch(/^约 \d+ 个音节，按 220 字\/分钟朗读约 \d+秒$/)
    expect(await card('radio').locator('.rm-cp__script').textContent()).toContain('九月十六日上午')
    expect(await card('newspaper').locator('.rm-cp__headline').textContent()).toBe(title)
    await expect.poll(() => page.frameLocator('iframe[title="微信文章预览"]').locator('body').textContent(), { timeout: 20_000 }).toContain('图书馆广场')
    await shot(page, '03-channel-preview')

    await page.goto(`${base}/admin/collections/articles/${articleId}`)
    await review(page).locator('button[data-action="submit"]').click()
    await expect.poll(() => review(page).locator('.rm-review__state').textContent(), { timeout: 30_000 }).toBe('待初审')
    // The 校对 round (三校) the unit records before 终审.
    await review(page).locator('input[name="rm-corrections"]').fill('0')
    await review(page).locator('button[data-action="proofread"]').click()
    await expect.poll(async () => (await stateOf()).review?.proofreading?.length ?? 0, { timeout: 30_000 }).toBe(1)
    await shot(page, '04-editor-submitted')
  })

  it('another unit’s editor is refused the 渠道预览 on the server', { timeout: 60_000 }, async () => {
    written()
    const page = await open('editorB')
    await page.goto(`${base}/admin/collections/articles/${articleId}/channel-preview`)
    await expect.poll(() => page.locator('body').textContent(), { timeout: 30_000 }).toMatch(/找不到该稿件，或无权查看|未找到|Not Found|404/)
    expect(await page.locator('section.rm-cp__card').count()).toBe(0)
  })

  it('a video has the same tab; the 校报 card says why a video cannot go to the paper', { timeout: 60_000 }, async () => {
    const video = await rest.request('editor', 'GET', `/api/videos/${fixtures.content.videos.draftA}?draft=true&depth=0`)
    expect(video.status).toBe(200)
    const page = await open('editor')
    await page.goto(`${base}/admin/collections/videos/${fixtures.content.videos.draftA}/channel-preview`)
    const card = (channel: string) => page.locator(`section.rm-cp__card[data-channel="${channel}"]`)
    await card('newspaper').waitFor({ timeout: 30_000 })
    expect(await page.locator('section.rm-cp__card').count()).toBe(5)
    expect(await card('website').locator('h1').textContent()).toBe(video.body.title)
    expect(await card('newspaper').locator('.rm-cp__problems').textContent()).toContain('校报只刊登文章，视频不能投递到校报')
    await shot(page, '05-video-channel-preview')
  })

  it('初审, 复审 and 终审 approve it in the review panel', { timeout: 150_000 }, async () => {
    written()
    await shot(await approveAs('reviewer1', '导语清楚，同意进入复审。', '待复审'), '06-reviewer1-approved')
    await shot(await approveAs('reviewer2', '内容属实，同意进入终审。', '待终审'), '07-reviewer2-approved')
    await shot(await approveAs('reviewer3', '终审同意发布。', '已通过', true), '08-reviewer3-approved')
    expect((await stateOf()).workflowState).toBe('approved')
  })

  it('the worker delivers it: on the website, published by WeChat with its article_url, posted on Weibo', { timeout: 120_000 }, async () => {
    written()
    const publications = await publicationsOf(rest, articleId)
    expect(publications.map((p) => p.channel).sort()).toEqual(['website', 'wechat', 'weibo'])
    await closeBrowsers()
    await runWorkerOnce(publications.map((p) => p.id))

    const site = await publicationIn('website', 'delivered')
    const page = await fetch(`${base}/articles/${articleId}`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain(title)
    expect(site.url).toMatch(new RegExp(`/articles/${articleId}$`))

    const posted = await publicationIn('weibo', 'delivered')
    const status = weibo.sandbox.store.statuses.find((s) => s.submitted.includes(title))
    expect(status?.deletedAt).toBeNull()
    expect(status?.submitted).toContain(`${base}/articles/${articleId}`)
    expect(posted.url).toContain(String(status?.id))

    // 发表 is asynchronous: the publication waits as 已提交 until WeChat's push reaches the server and settles it.
    await publicationIn('wechat', 'submitted')
    wechat.finishPending()
    const published = await publicationIn('wechat', 'delivered')
    const post = [...wechat.state.published.values()].find((p) => p.appId === app.appId)
    expect(post?.articles[0].title).toBe(title)
    expect(published.url).toBe(post?.articles[0].url)
    // The push settled it: the sandbox records its push once the server has answered, just after the commit.
    await expect.poll(() => wechat.state.callbacks.filter((c) => c.ok).length, { timeout: 15_000 }).toBeGreaterThan(0)
    expect((await stateOf()).workflowState).toBe('published')

    const admin = await open('admin')
    await admin.goto(`${base}/admin/collections/articles/${articleId}`)
    const panel = admin.locator('section.rm-channels')
    await expect.poll(() => panel.locator('li.rm-channels__row[data-state="delivered"]').count(), { timeout: 30_000 }).toBe(3)
    await shot(admin, '09-delivered-everywhere')
    const phone = await admin.context().newPage()
    await phone.goto(published.url!)
    await shot(phone, '10-wechat-sandbox-article')
    await phone.goto(`${weibo.url}/`)
    await shot(phone, '11-weibo-sandbox-timeline')
    await phone.goto(`${base}/articles/${articleId}`)
    await shot(phone, '12-website-article')
  })

  it('撤稿 in the admin removes it everywhere: website 404, WeChat freepublish/delete, Weibo statuses/destroy', { timeout: 120_000 }, async () => {
    written()
    const page = await open('admin')
    await page.goto(`${base}/admin/collections/articles/${articleId}`)
    await review(page).locator('button[data-action="withdraw"]').waitFor({ timeout: 30_000 })
    await review(page).locator('textarea[name="rm-opinion"]').fill('信息有误，撤稿。')
    await review(page).locator('button[data-action="withdraw"]').click()
    await expect.poll(() => review(page).locator('.rm-review__state').textContent(), { timeout: 30_000 }).toBe('已撤稿')
    expect((await fetch(`${base}/articles/${articleId}`)).status).toBe(404)

    const deletes = wechat.state.requests.get('/cgi-bin/freepublish/delete') ?? 0
    const destroys = weiboCalls('statuses/destroy')
    const publications = await publicationsOf(rest, articleId)
    await closeBrowsers()
    await runWorkerOnce(publications.map((p) => p.id))
    for (const channel of ['website', 'wechat', 'weibo']) await publicationIn(channel, 'withdrawn')
    expect(wechat.state.requests.get('/cgi-bin/freepublish/delete') ?? 0).toBeGreaterThan(deletes)
    const post = [...wechat.state.published.values()].find((p) => p.appId === app.appId)
    expect(post?.articles.every((a) => a.is_deleted)).toBe(true)
    expect(weiboCalls('statuses/destroy')).toBeGreaterThan(destroys)
    expect(weibo.sandbox.store.statuses.find((s) => s.submitted.includes(title))?.deletedAt).not.toBeNull()
    expect((await fetch(`${base}/articles/${articleId}`)).status).toBe(404)

    const after = await open('admin')
    await after.goto(`${base}/admin/collections/articles/${articleId}`)
    const panel = after.locator('section.rm-channels')
    await expect.poll(() => panel.locator('li.rm-channels__row[data-state="withdrawn"]').count(), { timeout: 30_000 }).toBe(3)
    await shot(after, '13-withdrawn-everywhere')
  })
})
