import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'

const run = promisify(execFile)
const root = process.cwd()
const BUILD_LOCK = '/tmp/rongmei-build.lock'

/** What a fresh `next build` depends on; a build older than any of these is rebuilt. */
const BUILD_INPUTS = [
  'app',
  'access',
  'admin',
  'collections',
  'db',
  'hooks',
  'media',
  'publishers',
  'workflow',
  'payload.config.ts',
  'next.config.mjs',
  'package-lock.json',
  'tsconfig.json',
]

/**
 * Builds under the shared lock when .next/BUILD_ID is missing or older than a source. The check runs again
 * inside the lock, so a build another engineer just finished is reused instead of repeated.
 */
export async function ensureBuild(): Promise<void> {
  const inputs = BUILD_INPUTS.map((p) => `'${p}'`).join(' ')
  const script = `
    stale=$( [ -f .next/BUILD_ID ] || echo missing )
    [ -z "$stale" ] && stale=$(find ${inputs} -newer .next/BUILD_ID -not -path '*/node_modules/*' -print -quit 2>/dev/null)
    if [ -n "$stale" ]; then echo "next build (stale: $stale)" >&2; exec npx next build; fi`
  try {
    await run('flock', [BUILD_LOCK, 'bash', '-c', script], { cwd: root, maxBuffer: 64 * 1024 * 1024 })
  } catch (error) {
    // Parallel work in progress can break `next build` (its type check covers the whole tree). With an earlier
    // build present we test that one rather than nothing, and say so loudly.
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
    if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) throw error
    console.warn(`[http harness] next build failed; testing the previous build.\n${stderr}${stdout.slice(-2000)}`)
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export type TestDatabase = { url: string; kind: 'sqlite' | 'postgres'; drop: () => Promise<void> }

/** A fresh database for the server: a SQLite file in a temp dir, or a new PostgreSQL database beside TEST_DATABASE_URL's. */
export async function freshServerDatabase(): Promise<TestDatabase> {
  const base = process.env.TEST_DATABASE_URL
  if (base && /^postgres/.test(base)) {
    const { freshPostgresDatabase } = await import('./postgres')
    const url = await freshPostgresDatabase(base, 'http')
    const name = new URL(url).pathname.slice(1)
    return {
      url,
      kind: 'postgres',
      // Only this run's database: others may be running their own suites on the same cluster.
      drop: async () => {
        const client = new pg.Client({ connectionString: base })
        await client.connect()
        try {
          await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
        } finally {
          await client.end()
        }
      },
    }
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rongmei-http-'))
  return { url: `file:${path.join(dir, 'test.db')}`, kind: 'sqlite', drop: () => rm(dir, { recursive: true, force: true }) }
}

export const serverEnv = (databaseUrl: string): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'production',
  PAYLOAD_SECRET: 'rongmei-test-secret',
  DATABASE_URL: databaseUrl,
  // Payload is a server-external package, loaded by plain Node inside `next start` (see stack notes).
  NODE_OPTIONS: '--conditions=production',
  NEXT_TELEMETRY_DISABLED: '1',
})

/**
 * Runs the root-unit seed (test/setup/seedRootUnit.ts) as its own Node process against the database. With
 * NODE_ENV=production this also applies the committed migrations, exactly as the server would.
 */
export async function seedRootUnit(databaseUrl: string): Promise<number | string> {
  const { stdout } = await run(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', path.join('test', 'setup', 'seedRootUnit.ts')],
    { cwd: root, env: serverEnv(databaseUrl), maxBuffer: 16 * 1024 * 1024, timeout: 120_000 },
  )
  // Payload logs (migrations) share stdout; the script marks its one result line.
  const line = stdout.split('\n').find((l) => l.startsWith('ROOT_UNIT '))
  if (!line) throw new Error(`seedRootUnit printed no result:\n${stdout}`)
  return (JSON.parse(line.slice('ROOT_UNIT '.length)) as { rootUnit: number | string }).rootUnit
}

export type RunningServer = { url: string; stop: () => Promise<void>; output: () => string }

/**
 * Starts the real production server. It holds a shared lock on the build lock for its lifetime, so nobody's
 * `flock … next build` rewrites .next/ under a running test server (and our build waits for theirs).
 */
export async function startServer(databaseUrl: string): Promise<RunningServer> {
  const port = await freePort()
  const child: ChildProcess = spawn('flock', ['-s', BUILD_LOCK, 'node_modules/.bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: serverEnv(databaseUrl),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout?.on('data', (chunk) => (log += chunk))
  child.stderr?.on('data', (chunk) => (log += chunk))
  const url = `http://127.0.0.1:${port}`

  const stop = async () => {
    if (child.exitCode != null || child.pid == null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      return
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        /* already gone */
      }
    }, 5000)
    await exited
    clearTimeout(timer)
  }

  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode != null) throw new Error(`next start exited with ${child.exitCode}:\n${log}`)
    try {
      const res = await fetch(`${url}/healthz`)
      if (res.ok && ((await res.json()) as { status?: string }).status === 'ok') return { url, stop, output: () => log }
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await stop()
  throw new Error(`server did not report /healthz ok within 120 s:\n${log}`)
}
