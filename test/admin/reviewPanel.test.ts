import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { httpClients } from '../security/httpClients'
import { newRecordData, USERS, type Staff } from '../setup/fixtures'
import { launchChromium, screenshots, signIn } from './browser'

/**
 * The review workflow in the admin, in a real browser (Debian chromium) against the HTTP harness's production
 * server: an editor submits from the review panel, reviewer 1 finds it in 待我审核 and approves with an opinion.
 * Screenshots go to test-results/admin/ for a human look.
 */
const { rest, fixtures } = httpClients()
const base = rest.baseUrl
const shot = screenshots('admin')

let browser: Browser
const contexts: BrowserContext[] = []
let articleId: string | number
let title: string

const signedIn = (actor: Staff): Promise<Page> => signIn(browser, base, fixtures, actor, contexts)

const panel = (page: Page) => page.locator('section.rm-review')

beforeAll(async () => {
  browser = await launchChromium()
  // The editor's own draft (the editor is its author), so no other test file's item is touched.
  const data = newRecordData('articles', fixtures, 'A1', '审核面板')
  title = String(data.title)
  const created = await rest.request('editor', 'POST', '/api/articles?draft=true', { ...data, _status: 'draft' })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  articleId = (created.body.doc as { id: string | number }).id
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
})

describe('review panel in the admin', () => {
  it('the editor sees the draft on the dashboard, has no 发布 button, and submits it from the panel', async () => {
    const page = await signedIn('editor')
    await expect.poll(() => page.locator('html').getAttribute('lang')).toMatch(/^zh/)
    const drafts = page.locator('#rm-drafts')
    await drafts.waitFor()
    await expect.poll(() => drafts.textContent()).toContain(title)
    await shot(page, '1-editor-dashboard')

    await page.goto(`${base}/admin/collections/articles/${articleId}`)
    await panel(page).locator('button[data-action="submit"]').waitFor()
    expect(await panel(page).locator('.rm-review__state').textContent()).toBe('草稿')
    // Payload's own publish button is not offered to an editor; saving a draft still is.
    expect(await page.locator('#action-save').count()).toBe(0)
    expect(await page.getByRole('button', { name: /^(发布|紧急发布)/ }).count()).toBe(0)
    expect(await page.locator('#action-save-draft').count()).toBe(1)
    // Only the actions the server offers: an editor cannot approve.
    expect(await panel(page).locator('button[data-action="approve"]').count()).toBe(0)
    await shot(page, '2-editor-draft')

    await panel(page).locator('button[data-action="submit"]').click()
    await expect.poll(() => panel(page).locator('.rm-review__state').textContent(), { timeout: 15_000 }).toBe('待初审')
    // router.refresh() brings the form's own read-only state field up to date too.
    await expect.poll(() => page.locator('#field-workflowState').textContent(), { timeout: 15_000 }).toContain('待初审')
    // Submitted: the editor may still record a proofreading round, but neither submit nor approve.
    expect(await panel(page).locator('button[data-action]').evaluateAll((els) => els.map((el) => el.getAttribute('data-action')))).toEqual(['proofread'])
    await shot(page, '3-editor-submitted')
  })

  it('reviewer 1 finds it in 待我审核, is asked for an opinion, approves, and a stale panel shows the refusal', async () => {
    const page = await signedIn('reviewer1')
    const waiting = page.locator('#rm-waiting')
    await waiting.waitFor()
    const row = waiting.locator('li', { hasText: title })
    await row.waitFor()
    expect(await row.locator('.rm-queue__age').textContent()).toMatch(/刚刚提交|已等待 \d+ 分钟/)
    await shot(page, '4-reviewer-dashboard')

    await row.getByRole('link', { name: title }).click()
    await page.waitForURL(`**/admin/collections/articles/${articleId}`)
    await panel(page).locator('button[data-action="approve"]').waitFor()
    expect(await panel(page).locator('button[data-action]').evaluateAll((els) => els.map((el) => el.textContent))).toEqual(
      expect.arrayContaining(['通过', '退回修改', '记录校对']),
    )

    // A second tab, opened now, will be stale once the approval lands.
    const stale = await page.context().newPage()
    await stale.goto(`${base}/admin/collections/articles/${articleId}`)
    await panel(stale).locator('button[data-action="return"]').waitFor()

    await panel(page).locator('button[data-action="approve"]').click()
    expect(await panel(page).locator('.rm-review__invalid').textContent()).toBe('请填写审核意见')
    await panel(page).locator('textarea[name="rm-opinion"]').fill('导语清楚，同意进入复审。')
    await panel(page).locator('button[data-action="approve"]').click()
    await expect.poll(() => panel(page).locator('.rm-review__state').textContent(), { timeout: 15_000 }).toBe('待复审')
    const stage1 = panel(page).locator('.rm-review__chain li[data-stage="1"]')
    expect(await stage1.textContent()).toContain(`通过 · ${USERS.reviewer1.name}`)
    expect(await stage1.textContent()).toContain('导语清楚，同意进入复审。')
    await panel(page).locator('.rm-review__timeline summary').click()
    expect(await panel(page).locator('.rm-review__timeline').textContent()).toContain('待初审 → 待复审')
    await shot(page, '5-reviewer-approved')

    // The stale tab still offers 退回; the server refuses, and the panel shows its Chinese message.
    await panel(stale).locator('textarea[name="rm-opinion"]').fill('请补充图片说明。')
    await panel(stale).locator('button[data-action="return"]').click()
    const refusal = panel(stale).locator('.rm-review__refusal')
    await refusal.waitFor({ timeout: 15_000 })
    expect(await refusal.textContent()).toMatch(/复审权限|已被他人处理/)
    // After a refusal the panel shows the item as it is now.
    await expect.poll(() => panel(stale).locator('.rm-review__state').textContent(), { timeout: 15_000 }).toBe('待复审')
    await shot(stale, '6-reviewer-stale-refused')

    const state = await rest.request('reviewer1', 'GET', `/api/articles/${articleId}/workflow`)
    expect(state.body.state).toBe('review2')
  })

  it('after reviewer 2 returns it, the editor finds it under 退回给我 with the opinion and sees it in the panel', async () => {
    const returned = await rest.request('reviewer2', 'POST', `/api/articles/${articleId}/workflow`, { action: 'return', opinion: '标题过长，请精简到 20 字以内。' })
    expect(returned.status, JSON.stringify(returned.body)).toBe(200)

    const page = await signedIn('editor')
    const row = page.locator('#rm-returned li', { hasText: title })
    await row.waitFor()
    expect(await row.locator('.rm-queue__opinion').textContent()).toBe('退回意见：标题过长，请精简到 20 字以内。')
    expect(await row.locator('.rm-queue__age').textContent()).toMatch(/刚刚退回|\d+ 分钟前退回/)
    expect(await page.locator('#rm-drafts').textContent()).not.toContain(title)
    await shot(page, '7-editor-returned-dashboard')

    await row.getByRole('link', { name: title }).click()
    await panel(page).locator('.rm-review__returned').waitFor()
    expect(await panel(page).locator('.rm-review__returned').textContent()).toContain('标题过长，请精简到 20 字以内。')
    expect(await panel(page).locator('.rm-review__state').textContent()).toBe('草稿')
    await panel(page).locator('button[data-action="submit"]').waitFor()
  })

  it('at 终审 the reviewer must tick the acknowledgement of the checks\' warnings before approving', async () => {
    // A second item brought to 终审 over REST: submitted, 初审 and 复审 approved, one proofreading round.
    const data = newRecordData('articles', fixtures, 'A1', '终审面板')
    const created = await rest.request('editor', 'POST', '/api/articles?draft=true', { ...data, _status: 'draft' })
    const id = (created.body.doc as { id: string | number }).id
    const steps: [Staff, Record<string, unknown>][] = [
      ['editor', { action: 'submit' }],
      ['reviewer1', { action: 'approve', opinion: '同意。' }],
      ['reviewer2', { action: 'approve', opinion: '同意。' }],
      ['editor', { action: 'proofread', corrections: 2 }],
    ]
    for (const [actor, body] of steps) {
      const res = await rest.request(actor, 'POST', `/api/articles/${id}/workflow`, body)
      expect(res.status, `${actor} ${JSON.stringify(body)}: ${JSON.stringify(res.body)}`).toBe(200)
    }

    const page = await signedIn('reviewer3')
    await page.goto(`${base}/admin/collections/articles/${id}`)
    await panel(page).locator('button[data-action="approve"]').waitFor()
    expect(await panel(page).locator('.rm-review__checks').textContent()).toContain('提示')
    expect(await panel(page).locator('.rm-review__proofs').textContent()).toContain('一校：改正 2 处')
    await panel(page).locator('textarea[name="rm-opinion"]').fill('终审同意发布。')
    await panel(page).locator('button[data-action="approve"]').click()
    const refusal = panel(page).locator('.rm-review__refusal')
    await refusal.waitFor({ timeout: 15_000 })
    expect(await refusal.textContent()).toMatch(/处提示，终审须确认后才能通过/)

    await panel(page).locator('input[name="rm-acknowledge"]').check()
    await panel(page).locator('button[data-action="approve"]').click()
    await expect.poll(() => panel(page).locator('.rm-review__state').textContent(), { timeout: 15_000 }).toBe('已通过')
    expect(await panel(page).locator('.rm-review__chain li.is-done').count()).toBe(3)
    await shot(page, '8-final-approved')

    // The panel's link to the printable 审核登记表 serves a PDF to the signed-in reviewer.
    const href = await panel(page).getByRole('link', { name: /审核登记表/ }).getAttribute('href')
    const pdf = await page.request.get(new URL(href!, base).toString())
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toContain('application/pdf')
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')
  })
})
