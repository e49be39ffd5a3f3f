import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

/**
 * Runs deploy/nginx/rongmei.conf.template in the foreground in front of a `next start`, with its pid, logs, temp
 * files and cache in a private temp dir (no root paths): for tests, the bench and trying it locally.
 */
const TEMPLATE = path.join(process.cwd(), 'deploy', 'nginx', 'rongmei.conf.template')

export type NginxFrontOptions = {
  /** Where `next start` listens: a port on 127.0.0.1, or host:port. */
  upstream: number | string
  /** Port nginx listens on (a free one if omitted), on `listenHost` (127.0.0.1 unless given). */
  listenPort?: number
  listenHost?: string
  /** Served from disk before Next is asked (default: ./public). */
  publicDir?: string
  workers?: number | 'auto'
}

export type NginxFront = { url: string; port: number; runDir: string; stop: () => Promise<void>; output: () => string }

/** The nginx binary (Debian installs it in /usr/sbin, often not on a user's PATH), or null. */
export function nginxBinary(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim()
  if (found) return found
  return ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'].find((p) => existsSync(p)) ?? null
}

export async function renderNginxConfig(values: { upstream: string; listen: string; publicDir: string; runDir: string; workers: string }): Promise<string> {
  const template = await readFile(TEMPLATE, 'utf8')
  const map: Record<string, string> = { UPSTREAM: values.upstream, LISTEN: values.listen, PUBLIC_DIR: values.publicDir, RUN_DIR: values.runDir, WORKERS: values.workers }
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    if (!(name in map)) throw new Error(`deploy/nginx template: unknown placeholder ${whole}`)
    return map[name]
  })
}

async function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, host, () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export async function startNginxFront(options: NginxFrontOptions): Promise<NginxFront> {
  const binary = nginxBinary()
  if (!binary) throw new Error('nginx is not installed (Debian: apt-get install nginx)')
  const listenHost = options.listenHost ?? '127.0.0.1'
  const port = options.listenPort ?? (await freePort(listenHost))
  const upstream = typeof options.upstream === 'number' ? `127.0.0.1:${options.upstream}` : options.upstream
  const runDir = await mkdtemp(path.join(os.tmpdir(), 'rongmei-nginx-'))
  // Started as root, nginx's workers run as nobody: they must reach the cache and temp dirs below.
  await chmod(runDir, 0o755)
  for (const dir of ['logs', 'temp', 'cache']) await mkdir(path.join(runDir, dir))
  const hostPart = listenHost.includes(':') ? `[${listenHost}]` : listenHost
  const config = await renderNginxConfig({
    upstream,
    listen: `${hostPart}:${port}`,
    publicDir: path.resolve(options.publicDir ?? 'public'),
    runDir,
    workers: String(options.workers ?? 'auto'),
  })
  const configPath = path.join(runDir, 'nginx.conf')
  await writeFile(configPath, config)

  // -e: errors before the config is read go to stderr, not to Debian's /var/log/nginx.
  const child = spawn(binary, ['-p', runDir, '-c', configPath, '-e', 'stderr', '-g', 'daemon off;'], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  child.stdout?.on('data', (chunk) => (log += chunk))
  child.stderr?.on('data', (chunk) => (log += chunk))
  const errorLog = async () => log + (await readFile(path.join(runDir, 'logs', 'error.log'), 'utf8').catch(() => ''))
  const url = `http://${hostPart}:${port}`

  const killGroup = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      /* already gone */
    }
  }
  const stop = async () => {
    if (child.exitCode == null && child.signalCode == null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM') // the master stops its workers; a master stuck for 5 s goes with them
      const late = setTimeout(killGroup, 5000)
      await exited
      clearTimeout(late)
    }
    await rm(runDir, { recursive: true, force: true })
  }

  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    if (child.exitCode != null) {
      const output = await errorLog()
      await stop()
      throw new Error(`nginx exited with ${child.exitCode}:\n${output}`)
    }
    const listening = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, listenHost, () => {
        socket.end()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (listening) return { url, port, runDir, stop, output: () => log }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const output = await errorLog()
  await stop()
  throw new Error(`nginx did not listen on ${url} within 20 s:\n${output}`)
}
