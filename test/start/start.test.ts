import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD, DEMO_USERS } from '../../seed/users'

/**
 * The one-command start, for real: `scripts/start.ts` (what `npm start` runs) on a free port with a fresh
 * SQLite file in a temporary directory. Builds first only if .next/ is stale (under the shared flock).
 */
const root = process.cwd()
const mediaDir = process.env.MEDIA_DIR || path.join(root, 'data', 'media')
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rongmei-start-'))
const mediaBefore = new Set(fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir) : [])

type Run = { child: ChildProcess; output: () => string; exited: Promise<number | null>; port: number }
const runs: Run[] = []

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

async function start(): Promise<Run> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
    // Vitest's NODE_ENV=test would make the adapter push a dev schema; start runs in production mode.
    env: {
      ...process.env,
      NODE_ENV: '',
      PAYLOAD_SECRET: '',
      DATABASE_URL: `file:${path.join(tmp, 'rongmei.db')}`,
      PORT: String(port),
      // The WeChat sandbox's fixed demo port may be taken (another run, a developer's npm start).
      WECHAT_SANDBOX_PORT: String(await freePort()),
      NO_COLOR: '1',
    } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const run = { child, output: () => output, exited, port }
  runs.push(run)
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('已就绪 is ready')) {
        clearInterval(timer)
        resolve()
      }
    }, 200)
    void exited.then((code) => {
      clearInterval(timer)
      reject(new Error(`start.ts exited with ${code} before it was ready:\n${output.slice(-4000)}`))
    })
  })
  return run
}

/** The pid of a direct child of `parent` whose command line contains `needle`. */
function childPid(parent: number, needle: string): number | undefined {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      if (ppid === parent && fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(needle)) return Number(entry)
    } catch {
      // the process ended meanwhile
    }
  }
  return undefined
}

let first: Run

beforeAll(async () => {
  first = await start()
}, 175_000)

afterAll(async () => {
  for (const run of runs) if (run.child.exitCode === null) run.child.kill('SIGKILL')
  fs.rmSync(tmp, { recursive: true, force: true })
  // Uploads of this run's seed went to data/media; keep only what was there before.
  for (const file of fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir) : []) {
    if (file.startsWith('demo-') && !mediaBefore.has(file)) fs.rmSync(path.join(mediaDir, file), { force: true })
  }
})

describe('npm start', () => {
  it('prints the admin URL, the website URL and every demo login', () => {
    const output = first.output()
    expect(output).toContain(`http://localhost:${first.port}/admin`)
    expect(output).toContain(`http://localhost:${first.port}/`)
    expect(output).toContain(DEMO_PASSWORD)
    for (const user of DEMO_USERS) expect(output).toContain(user.email)
    // Children's output is prefixed with their name.
    expect(output).toMatch(/^\[seed\]\s+/m)
    expect(output).toMatch(/^\[web\]\s+/m)
    expect(output).toMatch(/^\[worker\]\s+/m)
  })

  it('serves /healthz and the Chinese admin, and the demo users can sign in', async () => {
    const base = `http://127.0.0.1:${first.port}`
    const health = await fetch(`${base}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toMatchObject({ status: 'ok', database: { status: 'ok' } })

    const admin = await fetch(`${base}/admin`, { headers: { 'accept-language': 'en-US,en;q=0.9' } })
    expect(admin.status).toBe(200)
    const html = await admin.text()
    expect(html).toMatch(/<html[^>]*lang="zh/)

    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: DEMO_USERS[1]!.email, password: DEMO_PASSWORD }),
    })
    expect(login.status).toBe(200)

    const articles = (await (await fetch(`${base}/api/articles?limit=0`)).json()) as { totalDocs: number }
    expect(articles.totalDocs).toBeGreaterThanOrEqual(4) // anonymous readers see the published demo articles
  })

  it('stops every child on SIGTERM and exits 0', async () => {
    const worker = childPid(first.child.pid!, 'scripts/worker.ts')
    expect(worker).toBeDefined()
    first.child.kill('SIGTERM')
    expect(await first.exited).toBe(0)
    await expect(fetch(`http://127.0.0.1:${first.port}/healthz`)).rejects.toThrow()
    expect(fs.existsSync(`/proc/${worker}`)).toBe(false)
  }, 30_000)

  it('exits non-zero when a child dies, and the second start seeds nothing', async () => {
    const second = await start()
    expect(second.output()).toContain('演示数据已存在')
    const worker = childPid(second.child.pid!, 'scripts/worker.ts')
    process.kill(worker!, 'SIGKILL')
    expect(await second.exited).toBe(1)
    expect(second.output()).toContain('worker 意外退出')
    await expect(fetch(`http://127.0.0.1:${second.port}/healthz`)).rejects.toThrow()
  }, 90_000)
})
