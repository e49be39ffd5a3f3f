import { strFromU8, unzipSync } from 'fflate'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, screenshots, signIn } from '../../admin/browser'
import { freshStudio } from '../../reports/world'
import { httpClients } from '../../security/httpClients'
import { uniq } from '../../setup/fixtures'

/**
 * The rundown editor in a real browser against the harness's production server: the live timing table
 * (前计时/后计时, 超时/欠时) follows the form before anything is saved; the download links serve the saved
 * programme to its unit and to nobody else. Screenshots go to test-results/radio/.
 */
const { rest, fixtures } = httpClients()
const base = rest.baseUrl
const shot = screenshots('radio')

let browser: Browser
const contexts: BrowserContext[] = []
let programmeId: number | string
let title: string

beforeAll(async () => {
  browser = await launchChromium()
  const studio = await freshStudio(rest, fixtures, '广播台测试工作室')
  const column = await rest.request('admin', 'POST', '/api/columns', { name: `广播栏目 ${uniq()}`, slug: `radio-${uniq()}`.toLowerCase().replace(/[^a-z0-9-]/g, ''), unit: studio.id })
  expect(column.status, JSON.stringify(column.body)).toBe(201)
  title = `汤青之声 浏览器测试 ${uniq()}`
  const created = await rest.request('editor', 'POST', '/api/radio-programmes?draft=true', {
    title,
    column: (column.body.doc as { id: number }).id,
    unit: studio.id,
    airAt: '2026-12-02T04:00:00.000Z',
    slotMinutes: 5,
    announcers: [{ name: '林晓', label: '女', rate: 220 }],
    items: [
      { blockType: 'music', title: '片头曲', seconds: 15 },
      { blockType: 'host', hostRole: 'open', announcer: '林晓', text: '各'.repeat(44) },
      { blockType: 'float', title: '背景垫乐', seconds: 60, minSeconds: 30, maxSeconds: 120 },
      { blockType: 'host', hostRole: 'close', announcer: '林晓', text: '谢'.repeat(22) },
    ],
    _status: 'draft',
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  programmeId = (created.body.doc as { id: number }).id
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
})

describe('rundown editor (串联单)', () => {
  it('shows front- and back-timing and the balance, and recomputes them as the form changes', async () => {
    const page = await signIn(browser, base, fixtures, 'editor', contexts)
    await page.goto(`${base}/admin/collections/radio-programmes/${programmeId}`)
    const panel = page.locator('section[aria-label="串联单计时"]')
    await panel.waitFor({ timeout: 60_000 })
    // The air time is shown in Beijing time although this browser runs in UTC.
    expect(await page.locator('#field-airAt [class*="input-wrapper"] input').inputValue()).toBe('2026-12-02 12:00')
    const rows = panel.locator('tbody tr')
    await expect.poll(() => rows.count()).toBe(4)
    // 15 + 12 + 60 + 6 = 93 s in a 5-minute slot, on air at 12:00 Beijing time.
    expect(await rows.nth(0).innerText()).toMatch(/^1\s+12:00:00\s+12:03:27/)
    expect(await rows.nth(3).innerText()).toMatch(/^4\s+12:01:27\s+12:04:54/)
    const balance = panel.locator('.rm-radio__balance')
    expect(await balance.innerText()).toBe('合计 1分33秒 / 时段 5分00秒：欠时 3分27秒：加长垫乐第 3 项《背景垫乐》 1分00秒后仍差 2分27秒；补稿约 2分27秒（约 539 字）')
    await shot(page, 'rundown-under')

    // Live: a one-minute slot, not saved.
    const slot = page.locator('input[name="slotMinutes"]')
    await slot.fill('1')
    await expect.poll(() => balance.innerText()).toBe('合计 1分33秒 / 时段 1分00秒：超时 33秒：压缩垫乐第 3 项《背景垫乐》 30秒后仍超 3秒；删去第 1 项《片头曲》（15秒）或删减稿件约 11 字')
    expect(await balance.getAttribute('data-status')).toBe('over')
    await shot(page, 'rundown-over')
    expect(await panel.locator('a', { hasText: '下载 Word（DOCX）' }).getAttribute('href')).toMatch(new RegExp(`/api/radio-programmes/${programmeId}/rundown\\.docx$`))
  })

  it('serves the saved rundown as DOCX to the unit’s editor over HTTP, and not to another unit', async () => {
    const get = (actor: 'editor' | 'editorB' | 'anonymous') => fetch(`${base}/api/radio-programmes/${programmeId}/rundown.docx`, { headers: rest.headers(actor) })
    const mine = await get('editor')
    expect(mine.status).toBe(200)
    expect(mine.headers.get('content-type')).toContain('wordprocessingml')
    const xml = strFromU8(unzipSync(new Uint8Array(await mine.arrayBuffer()))['word/document.xml'])
    expect(xml).toContain('背景垫乐')
    expect(xml).toContain(title)
    expect((await get('editorB')).status).toBe(404)
    expect((await get('anonymous')).status).toBe(401)
  })
})
