/**
 * `npm start` — the one command on a fresh clone (after `npm ci`):
 *   1. defaults: a generated PAYLOAD_SECRET kept in data/, NODE_ENV=production, SQLite data/rongmei.db;
 *   2. `next build` when .next/ is missing or older than the sources (under a flock when `flock` exists);
 *   3. one Local API process (scripts/seed.ts) applies the committed migrations and writes the demo data
 *      on first run (set RONGMEI_DEMO=0 to only migrate);
 *   4. the services of scripts/lib/services.ts (`next start`, the worker, later the channel sandboxes),
 *      output prefixed; waits for their readiness URLs, then prints the URLs and the demo logins.
 * Ctrl-C / SIGTERM stops every child; if a child dies, the others are stopped and this exits non-zero.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'

import type { SeedOutcome } from '../seed/demo'
import { DEMO_PASSWORD, DEMO_USERS } from '../seed/users'
import { buildStatus } from './lib/build'
import { applyDefaults, describeDatabase } from './lib/env'
import { waitUntilReady } from './lib/health'
import { pipeWithPrefix, prefixFor, say } from './lib/output'
import { PAYLOAD_NODE_FLAGS, type Service, services } from './lib/services'

const started = performance.now()
const seconds = () => ((performance.now() - started) / 1000).toFixed(1)
const require = createRequire(import.meta.url)

const defaults = applyDefaults()
const port = Number(process.env.PORT || 3000)
const host = process.env.HOST || undefined
const publicUrl = (process.env.SERVER_URL || `http://localhost:${port}`).replace(/\/$/, '')

const children = new Map<string, ChildProcess>()
let stopping = false

/** Runs a one-off step (build, migrate+seed) to completion with prefixed output; keeps its last lines. */
function runStep(name: string, command: string, args: string[], index: number, onMessage?: (message: unknown) => void) {
  return new Promise<{ code: number; lines: string[] }>((resolve, reject) => {
    const child = spawn(command, args, {
      env: process.env,
      stdio: onMessage ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
    })
    children.set(name, child)
    const lines: string[] = []
    pipeWithPrefix(child, prefixFor(name, index), (line) => {
      lines.push(line)
      if (lines.length > 200) lines.shift()
    })
    if (onMessage) child.on('message', onMessage)
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      children.delete(name)
      resolve({ code: code ?? (signal ? 128 : 1), lines })
    })
  })
}

async function build() {
  const status = buildStatus()
  if (!status.needed) return say('生产构建是最新的，跳过构建 Build is up to date')
  say(`正在构建（约 1 分钟）Building: ${status.reason}`)
  const next = require.resolve('next/dist/bin/next')
  // Engineers share one .next/ on this machine; `flock` serialises builds where it exists (Linux).
  const hasFlock = fs.existsSync('/usr/bin/flock') || fs.existsSync('/bin/flock')
  const { code } = hasFlock
    ? await runStep('build', 'flock', ['/tmp/rongmei-build.lock', process.execPath, next, 'build'], 1)
    : await runStep('build', process.execPath, [next, 'build'], 1)
  if (code !== 0) throw new Error(`构建失败 next build failed (exit ${code})`)
}

async function migrateAndSeed(): Promise<SeedOutcome> {
  const wantDemo = !['0', 'false', 'no'].includes(String(process.env.RONGMEI_DEMO ?? '').toLowerCase())
  let outcome: SeedOutcome | undefined
  const { code, lines } = await runStep('seed', process.execPath, [...PAYLOAD_NODE_FLAGS, 'scripts/seed.ts', ...(wantDemo ? [] : ['--no-demo'])], 2, (message) => {
    const m = message as { type?: string; outcome?: SeedOutcome }
    if (m?.type === 'seed-outcome') outcome = m.outcome
  })
  if (code !== 0 || !outcome) {
    // Payload's migrate asks a question nobody can answer here when the database once got a pushed dev
    // schema (`npm run dev` on the same file); the child then ends without an outcome.
    if (lines.some((line) => line.includes('run Payload in dev mode'))) {
      throw new Error(
        '该数据库曾以开发模式（npm run dev）自动推送结构，无法执行迁移。请换用新的数据库（删除 data/rongmei.db 或设置 DATABASE_URL）。' +
          ' (This database was used in dev/push mode and cannot be migrated; use a fresh database.)',
      )
    }
    throw new Error(`数据库迁移或演示数据失败 Migrations/seed failed (exit ${code})`)
  }
  return outcome
}

/** Starts a service; resolves once it is ready (its readiness URL answers ok, or its ready line appeared). */
function startService(service: Service, index: number): Promise<void> {
  const child = spawn(service.command, service.args, {
    env: { ...process.env, ...service.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.set(service.name, child)
  let sawReadyLine = false
  pipeWithPrefix(child, prefixFor(service.name, index), (line) => {
    if (service.readyLine?.test(line)) sawReadyLine = true
  })
  child.on('error', (error) => void fail(`${service.name} 无法启动 could not start: ${error.message}`))
  child.on('exit', (code, signal) => {
    children.delete(service.name)
    if (!stopping) void fail(`${service.name} 意外退出 exited unexpectedly (${signal ?? `code ${code}`})`)
  })
  const gone = () => stopping || !children.has(service.name)
  if (service.readyUrl) return waitUntilReady(service.readyUrl, { stop: gone })
  if (service.readyLine) return waitUntilReady('', { stop: gone, probe: async () => sawReadyLine })
  return Promise.resolve()
}

/** Stops every child: SIGTERM, then SIGKILL for any still running after 10 s. */
async function stopAll() {
  stopping = true
  const running = [...children.values()]
  await Promise.all(
    running.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve()
          const kill = setTimeout(() => child.kill('SIGKILL'), 10_000)
          child.once('exit', () => {
            clearTimeout(kill)
            resolve()
          })
          child.kill('SIGTERM')
        }),
    ),
  )
}

async function fail(message: string): Promise<never> {
  if (!stopping) say(`错误 Error: ${message}`)
  await stopAll()
  process.exit(1)
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (stopping) return
    say(`收到 ${signal}，正在停止所有进程 Stopping…`)
    void stopAll().then(() => process.exit(0))
  })
}
// Last resort if this process ends any other way: no orphans.
process.on('exit', () => {
  for (const child of children.values()) child.kill('SIGKILL')
})

function banner(outcome: SeedOutcome, list: Service[]) {
  const line = '─'.repeat(64)
  const rows = [
    '',
    line,
    `  融媒 Rongmei 已就绪 is ready  (${seconds()} s)`,
    line,
    `  管理后台 Admin:    ${publicUrl}/admin`,
    `  网站     Website:  ${publicUrl}/`,
    `  健康检查 Health:   ${publicUrl}/healthz`,
    ...list.filter((s) => s.banner).map((s) => `  ${s.banner!.zh} ${s.banner!.en}: ${s.banner!.url}`),
    `  数据库   Database: ${describeDatabase()}`,
  ]
  if (outcome.status === 'skipped') {
    rows.push('', `  未写入演示数据 No demo data: ${outcome.reason ?? ''}`)
  } else {
    rows.push('', `  演示账号 Demo logins — 密码 password: ${DEMO_PASSWORD}`)
    const width = Math.max(...DEMO_USERS.map((u) => u.email.length))
    for (const user of DEMO_USERS) {
      rows.push(`    ${user.email.padEnd(width)}  ${user.name}  ${user.roleLabel.zh} / ${user.roleLabel.en}`)
    }
  }
  if (defaults.secretDefaulted) {
    rows.push('', '  提示：PAYLOAD_SECRET 未设置，已使用 data/.payload-secret 中生成的演示密钥；生产环境请自行设置。')
    rows.push('  Note: PAYLOAD_SECRET is unset; using the generated demo secret in data/.payload-secret.')
  }
  rows.push('', '  按 Ctrl-C 停止 Press Ctrl-C to stop', line, '')
  process.stdout.write(rows.join('\n') + '\n')
}

try {
  say(`融媒 Rongmei 启动中 starting — ${describeDatabase()}, port ${port}`)
  await build()
  const outcome = await migrateAndSeed()
  const list = services({ port, host })
  await Promise.all(list.map((service, i) => startService(service, i + 3)))
  banner(outcome, list)
} catch (error) {
  if (!stopping) await fail((error as Error).message)
}
