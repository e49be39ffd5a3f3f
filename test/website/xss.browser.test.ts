import { chromium, type Browser } from 'playwright-core'
import React from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ArticleView } from '../../app/(frontend)/_components/ArticleView'
import { renderArticlePage } from '../../publishers/website/render'
import { hostileArticle } from './documents'
import { HTML_VECTORS, URL_VECTORS } from './xssVectors'

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']

let browser: Browser

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS })
})
afterAll(async () => {
  await browser?.close()
})

/** Every vector as text with a safe URL, as URL with safe text, and as both, through the real article view. */
function pages(): string {
  const cases = [...HTML_VECTORS.map((v) => [v, 'https://example.edu.cn/']), ...URL_VECTORS.map((v) => ['标题', v]), ...[...HTML_VECTORS, ...URL_VECTORS].map((v) => [v, v])]
  return cases.map(([payload, url]) => renderToStaticMarkup(React.createElement(ArticleView, { page: renderArticlePage(hostileArticle(payload, url)) }))).join('\n')
}

describe('XSS vectors in a real browser (Chromium)', () => {
  it('no vector runs script: no dialog, no injected global, no javascript: link, no event handler', async () => {
    const html = pages()
    const page = await browser.newPage()
    const dialogs: string[] = []
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message())
      await dialog.dismiss()
    })
    // Any request to the vectors' hosts would mean a script or stylesheet was loaded.
    const requests: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith('data:') && !request.url().startsWith('about:')) requests.push(request.url())
    })
    await page.route('**/*', (route) => route.abort())
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`, { waitUntil: 'load' })
    // Give onerror/onload/ontoggle/animation handlers a chance to fire; focus and hover everything.
    await page.evaluate(async () => {
      for (const el of Array.from(document.querySelectorAll<HTMLElement>('a, img, video, li'))) {
        el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))
        el.focus?.()
      }
      await new Promise((resolve) => setTimeout(resolve, 500))
    })
    const state = await page.evaluate(() => ({
      injected: (window as unknown as { __xss?: unknown }).__xss ?? null,
      // React 19 adds <link rel=preload as=image> for each <img>; the page's own charset <meta> is ours.
      scripts: Array.from(document.querySelectorAll('script, iframe, object, embed, svg, math, style, link, meta, base, form, input'))
        .filter((el) => !(el.matches('link[rel=preload][as=image]') || el.matches('meta[charset]')))
        .map((el) => el.outerHTML.slice(0, 120)),
      handlers: Array.from(document.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
      // Resolved against a site URL, as on the real site: every link and source must be http(s), mailto or tel.
      badUrls: Array.from(document.querySelectorAll('a[href], img[src], video[src], audio[src], track[src]'))
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
        .filter((raw) => !['https:', 'http:', 'mailto:', 'tel:'].includes(new URL(raw, 'https://site.example/').protocol)),
      articles: document.querySelectorAll('article').length,
    }))
    await page.close()
    expect(state.articles).toBe(HTML_VECTORS.length * 2 + URL_VECTORS.length * 2)
    expect(dialogs).toEqual([])
    expect(state.injected).toBeNull()
    expect(state.scripts).toEqual([])
    expect(state.handlers).toEqual([])
    expect(state.badUrls).toEqual([])
    // A vector that made the browser fetch a script or stylesheet from elsewhere would show up here.
    expect(requests.filter((url) => /xss\.example|evil\.example/.test(url))).toEqual([])
  })

  it('the detector works: the same vectors unescaped do fire', async () => {
    const page = await browser.newPage()
    let dialogs = 0
    page.on('dialog', async (dialog) => {
      dialogs++
      await dialog.dismiss()
    })
    await page.route('**/*', (route) => route.abort())
    await page.setContent(`<!doctype html><body>${HTML_VECTORS.slice(0, 15).join('\n')}</body>`, { waitUntil: 'load' })
    await page.waitForTimeout(300)
    const injected = await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss ?? null)
    await page.close()
    expect(injected === 1 || dialogs > 0).toBe(true)
  })
})
