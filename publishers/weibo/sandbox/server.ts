import type { AddressInfo } from 'node:net'

import express from 'express'
import sharp from 'sharp'

import { adminRouter } from './admin'
import { apiRouter } from './api'
import { Faults, TRANSIENT_FAULTS } from './faults'
import { defaultOptions, type SandboxLimits, type SandboxOptions } from './options'
import { SandboxStore } from './store'
import { timelinePage } from './timelinePage'

export type WeiboSandbox = {
  app: express.Express
  options: SandboxOptions
  store: SandboxStore
  faults: Faults
  /** Listens (port 0: a free one); resolves with the base URL. */
  listen(port?: number, host?: string): Promise<string>
  close(): Promise<void>
}

/**
 * A faithful local Weibo (shared/design/channels-api.md §2.6): share/destroy/user_timeline/comments and
 * get_token_info with Weibo's limits, rate limits, duplicate detection, safe-domain rule and token expiry;
 * ids above 2^53 returned as a bare `id` (lossy in JavaScript) and `idstr`. `/__admin/*` controls it, `/` shows
 * the timeline in Chinese, `/healthz` answers once it listens.
 */
export function createWeiboSandbox(overrides: Partial<Omit<SandboxOptions, 'limits'>> & { limits?: Partial<SandboxLimits> } = {}): WeiboSandbox {
  const options = defaultOptions(overrides)
  const store = new SandboxStore(options)
  const faults = new Faults({ rate: options.faultRate, seed: options.faultSeed, kinds: TRANSIENT_FAULTS, paths: null, holdMs: options.holdMs })
  const timers = new Set<NodeJS.Timeout>()
  const app = express()
  app.disable('x-powered-by')
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }))
  app.get('/', (_req, res) => void res.type('html').send(timelinePage(store, options.safeDomain)))
  app.get('/pics/:idstr', async (req, res) => {
    const status = store.findStatus(req.params.idstr)
    if (!status?.picture) return void res.status(404).send('没有这张图片')
    const size = req.query.size === 'thumbnail' ? 150 : req.query.size === 'bmiddle' ? 440 : null
    const data = size ? await sharp(status.picture.data).resize({ width: size, withoutEnlargement: true }).jpeg().toBuffer() : status.picture.data
    res.type(size ? 'image/jpeg' : status.picture.contentType).send(data)
  })
  app.use('/__admin', adminRouter(options, store, faults))
  app.use('/', apiRouter(options, store, faults, timers))

  let server: import('node:http').Server | null = null
  return {
    app,
    options,
    store,
    faults,
    listen(port = 0, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server = app.listen(port, host, (error?: Error) => {
          if (error) return reject(error)
          const address = server!.address() as AddressInfo
          resolve(`http://${host.includes(':') ? `[${host}]` : host}:${address.port}`)
        })
      })
    },
    close() {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      return new Promise((resolve) => {
        if (!server) return resolve()
        server.closeAllConnections()
        server.close(() => resolve())
      })
    },
  }
}
