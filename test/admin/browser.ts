import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

import type { Fixtures, Staff } from '../setup/fixtures'

/** Debian's Chromium, headless, with the flags that make it quiet and offline-safe on these machines. */
export const launchChromium = () =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  })

/**
 * Signs a fixture user in through the admin's login form. The browser asks for English on purpose: the admin
 * must still answer in Chinese.
 */
export async function signIn(browser: Browser, base: string, fixtures: Fixtures, actor: Staff, contexts: BrowserContext[]): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 1000 }, acceptDownloads: true })
  contexts.push(context)
  const page = await context.newPage()
  await page.goto(`${base}/admin/login`)
  await page.locator('input[name="email"]').fill(fixtures.users[actor].email)
  await page.locator('input[name="password"]').fill(fixtures.users[actor].password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 30_000 })
  return page
}

/** Full-page screenshots into test-results/<folder>/ (gitignored), for a human look. */
export function screenshots(folder: string) {
  const dir = path.join(process.cwd(), 'test-results', folder)
  fs.mkdirSync(dir, { recursive: true })
  return (page: Page, name: string) => page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true })
}
