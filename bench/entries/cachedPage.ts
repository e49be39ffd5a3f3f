import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import autocannon, { type Result } from 'autocannon'

import { nginxBinary, startNginxFront, type NginxFront } from '../../scripts/lib/nginxFront'
import { emailOf, PASSWORD, USERS } from '../../test/setup/fixtures'
import { ensureBuild, freshServerDatabase, seedRootUnit, startServer, type RunningServer } from '../../test/setup/server'
import type { BenchEntry } from '../harness'

/**
 * A cached article page against the same HTML as a static file, both served by the same `next start` on
 * loopback, loaded by autocannon for a fixed time each (10 connections). Each call reports milliseconds per
 * request, so the harness's ratio is page ms/request ÷ static ms/request = static req/s ÷ page req/s: the
 * goal "page ≥ 0.5× the static file's requests/s" is a ratio ≤ 2. Any error or non-2xx answer fails the entry.
 *
 * Both sides are alike on the wire: the same 16.5 KB, no Accept-Encoding from autocannon so neither is gzipped
 * (with gzip asked, both are), keep-alive on both. A CPU profile of the page side under load (2026-11-30) shows
 * no database read, no React render, no proxy.ts (its matcher is /admin and /api) and no generateMetadata: the
 * page is a cache HIT. What it pays over `send` is Next's app-page path itself: route resolution, the tracer
 * wrappers, the cache handlers set up per request, the incremental-cache lookup, and the ETag — an FNV hash of the
 * whole HTML on every request (~11% of the server's busy time, ~30 µs; `generateEtags: false` would drop it for
 * the page and the static file alike but also every 304, so it is kept).
 *
 * The production answer is nginx in front (deploy/nginx, 1-second micro-cache): `cached-page-nginx` runs the same
 * load through nginx against the same public/ file served by nginx from disk, as a deployment serves static files.
 */
const CONNECTIONS = 10
const SECONDS = Number(process.env.BENCH_PAGE_SECONDS ?? 5)
const ROUNDS = 3
const STATIC_FILE = 'bench-cached-article.html'

const paragraph = (text: string) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
})

/** A news article of ordinary length: twelve paragraphs of Chinese text. */
const BODY = {
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: Array.from({ length: 12 }, (_, i) =>
      paragraph(`第${i + 1}段：学校全媒体中心举办融媒体作品展示活动，来自各学院的学生记者展示了一年来的新闻报道、短视频和网络文化作品，评委从选题、采写、编辑和传播效果等方面进行点评。`),
    ),
  },
}

export const cachedArticlePage = () => cachedPageEntry('direct')

/** The same pair through nginx (deploy/nginx/rongmei.conf.template); null, saying so, when nginx is not installed. */
export async function cachedArticlePageThroughNginx(): Promise<BenchEntry | null> {
  if (!nginxBinary()) {
    console.log('cached article page through nginx: nginx is not installed (Debian: apt-get install nginx); skipped')
    return null
  }
  return cachedPageEntry('nginx')
}

async function cachedPageEntry(via: 'direct' | 'nginx'): Promise<BenchEntry> {
  const publicDir = path.join(process.cwd(), 'public')
  const staticPath = path.join(publicDir, STATIC_FILE)
  await ensureBuild()
  const db = await freshServerDatabase()
  let server: RunningServer | undefined
  let front: NginxFront | undefined
  /** Where autocannon sends its requests: `next start` itself, or nginx in front of it. */
  let base = ''
  const runs: { page: Result[]; file: Result[] } = { page: [], file: [] }
  let pagePath = ''
  let bytes = 0

  const load = async (url: string, into: Result[]) => {
    const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, timeout: 10 })
    if (result.errors || result.timeouts || result.non2xx) {
      throw new Error(`${url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx answers`)
    }
    into.push(result)
    return { ms: (SECONDS * 1000) / result.requests.total }
  }
  const median = (results: Result[]) => results.map((r) => r.requests.total / SECONDS).sort((a, b) => a - b)[results.length >> 1]

  async function stopAll() {
    await front?.stop()
    await server?.stop()
    await rm(staticPath, { force: true })
    await rm(publicDir).catch(() => undefined) // only if we left it empty
    await db.drop()
  }

  /** The article over REST, its HTML copied to public/, the server restarted (it lists public/ at start), the page cached. */
  async function serveArticleAndCopy() {
    const root = await seedRootUnit(db.url)
    server = await startServer(db.url)
    const post = async (route: string, body: unknown, token?: string) => {
      const res = await fetch(`${server!.url}${route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
        body: JSON.stringify(body),
      })
      if (!res.ok) throw new Error(`${route}: HTTP ${res.status} ${await res.text()}`)
      return (await res.json()) as Record<string, any>
    }
    const { name, roles, phone } = USERS.admin
    await post('/api/users/first-register', { email: emailOf('admin'), password: PASSWORD, name, roles, phone, unit: root })
    const { token } = await post('/api/users/login', { email: emailOf('admin'), password: PASSWORD })
    const { doc } = await post('/api/articles', { title: '全媒体中心举办融媒体作品展', kicker: '校园动态', summary: '各学院学生记者展示一年来的作品。', body: BODY, unit: root, _status: 'published' }, token)
    pagePath = `/articles/${doc.id}`
    const html = await (await fetch(`${server.url}${pagePath}`)).text()
    bytes = Buffer.byteLength(html)
    // `next start` lists public/ when it starts: write the page's HTML there, then start again on the same database.
    await mkdir(publicDir, { recursive: true })
    await writeFile(staticPath, html)
    await server.stop()
    server = await startServer(db.url)
    const first = await fetch(`${server.url}${pagePath}`)
    await first.text()
    const cached = await fetch(`${server.url}${pagePath}`)
    await cached.text()
    if (cached.headers.get('x-nextjs-cache') !== 'HIT') throw new Error(`${pagePath} is not served from the cache (x-nextjs-cache: ${cached.headers.get('x-nextjs-cache')})`)
    const file = await fetch(`${server.url}/${STATIC_FILE}`)
    if (!file.ok || Buffer.byteLength(await file.text()) !== bytes) throw new Error('the static copy is not served whole')
    base = server.url
    if (via === 'nginx') await putNginxInFront()
  }

  /** nginx before the running server; the page through it is a micro-cache HIT, the file comes from disk (no Next header). */
  async function putNginxInFront() {
    front = await startNginxFront({ upstream: Number(new URL(server!.url).port), publicDir })
    base = front.url
    await (await fetch(`${base}${pagePath}`)).text()
    const page = await fetch(`${base}${pagePath}`)
    if (Buffer.byteLength(await page.text()) !== bytes) throw new Error('the page through nginx differs from the page served directly')
    if (page.headers.get('x-cache-status') !== 'HIT') throw new Error(`${pagePath} through nginx is not a micro-cache HIT (X-Cache-Status: ${page.headers.get('x-cache-status')})`)
    const file = await fetch(`${base}/${STATIC_FILE}`)
    if (!file.ok || Buffer.byteLength(await file.text()) !== bytes) throw new Error('the static copy is not served whole through nginx')
    if (file.headers.get('x-powered-by')) throw new Error('the static copy through nginx was answered by Next, not from disk')
  }

  const servedBy = via === 'nginx' ? 'nginx (1-s micro-cache) in front of next start, file from disk' : 'next start'
  return {
    name: `cached article page vs the same HTML as a static file (${servedBy}, autocannon, ${CONNECTIONS} connections, ${SECONDS} s each)`,
    ratioLabel: 'ms per request, cached page / static file (≤ 2 means ≥ 0.5× the static requests/s)',
    goal: { max: 2 },
    rounds: ROUNDS,
    async setup() {
      try {
        await serveArticleAndCopy()
      } catch (error) {
        await stopAll()
        throw error
      }
    },
    subject: () => load(`${base}${pagePath}`, runs.page),
    baseline: () => load(`${base}/${STATIC_FILE}`, runs.file),
    report() {
      // The first run of each is the harness's warm-up.
      const page = median(runs.page.slice(1))
      const file = median(runs.file.slice(1))
      return [
        `${via === 'nginx' ? 'through nginx: ' : 'next start: '}cached page ${page.toFixed(0)} req/s, static file ${file.toFixed(0)} req/s: ${(page / file).toFixed(2)}× (goal ≥ 0.5×) ${page / file >= 0.5 ? 'met' : 'NOT MET'}; ${(bytes / 1024).toFixed(1)} KB each, 0 errors`,
      ]
    },
    teardown: stopAll,
  }
}
