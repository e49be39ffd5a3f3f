import { createRequire } from 'node:module'

import { WECHAT_SANDBOX_PORT } from '../../publishers/wechat/sandbox/port'
import { WEIBO_SANDBOX_PORT } from '../../publishers/weibo/sandbox/port'

/**
 * The long-running processes `npm start` spawns, in start order. start.ts prefixes their output with
 * `name`, waits for every `readyUrl`, and stops all of them when one dies or on Ctrl-C / SIGTERM.
 *
 * Channel sandboxes (WeChat, Weibo …) add themselves here: one entry each, on its own port, with a
 * readiness URL and a `banner` line so the start-up summary shows where they listen.
 */
export type Service = {
  name: string
  command: string
  args: string[]
  env?: Record<string, string>
  /** Answers 200 (and `{"status":"ok"}` if JSON) once the service is ready. */
  readyUrl?: string
  /** For services without HTTP: ready once a line of their output matches. */
  readyLine?: RegExp
  /** A line for the start-up summary. */
  banner?: { zh: string; en: string; url: string }
}

export type ServiceOptions = { port: number; host?: string }

const require = createRequire(import.meta.url)

/** Node flags for processes that load Payload outside Next (see shared/design/stack-notes.md, "Silent exits"). */
export const PAYLOAD_NODE_FLAGS = ['--conditions=production', '--import', 'tsx']

export function services({ port, host }: ServiceOptions): Service[] {
  const probeHost = host && host !== '0.0.0.0' && host !== '::' ? host : '127.0.0.1'
  const local = `http://${probeHost.includes(':') ? `[${probeHost}]` : probeHost}:${port}`
  return [
    {
      // Plain `next start`: the admin, the REST/GraphQL API, the website and /healthz.
      name: 'web',
      command: process.execPath,
      args: [require.resolve('next/dist/bin/next'), 'start', '--port', String(port), ...(host ? ['--hostname', host] : [])],
      readyUrl: `${local}/healthz`,
    },
    {
      // Payload's job queue (autoRun crons) in a process of its own: a crash or a long job cannot take the
      // web server down, and Next gets no second copy of Payload.
      name: 'worker',
      command: process.execPath,
      args: [...PAYLOAD_NODE_FLAGS, 'scripts/worker.ts'],
      // Deliveries and 撤稿 expire the website's cached pages through the web server (publishers/website/cache).
      env: { RONGMEI_PARENT_PID: String(process.pid), SITE_REVALIDATE_URL: process.env.SITE_REVALIDATE_URL || local },
      readyLine: /Worker ready/,
    },
    {
      // The WeChat API sandbox (publishers/wechat/sandbox): the demo 公众号 publishes to it, its pushes come back
      // to the web server's callback route, and its root is a phone-style page of what was published.
      name: 'wechat',
      command: process.execPath,
      args: ['--import', 'tsx', 'publishers/wechat/sandbox/main.ts', '--port', String(WECHAT_SANDBOX_PORT), '--callback-base', `http://127.0.0.1:${port}`],
      readyUrl: `http://127.0.0.1:${WECHAT_SANDBOX_PORT}/healthz`,
      banner: { zh: '微信沙箱', en: 'WeChat sandbox', url: `http://localhost:${WECHAT_SANDBOX_PORT}/` },
    },
    {
      // The Weibo API sandbox (publishers/weibo/sandbox): the demo Weibo account posts to it; its root is a
      // timeline page of what was posted (text, picture, time).
      name: 'weibo',
      command: process.execPath,
      args: ['--import', 'tsx', 'publishers/weibo/sandbox/main.ts'],
      env: { WEIBO_SANDBOX_PORT: String(WEIBO_SANDBOX_PORT) },
      readyUrl: `http://127.0.0.1:${WEIBO_SANDBOX_PORT}/healthz`,
      banner: { zh: '微博沙箱', en: 'Weibo sandbox', url: `http://localhost:${WEIBO_SANDBOX_PORT}/` },
    },
  ]
}
