import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'

import express from 'express'

import { adminRouter } from './admin'
import { cgiRouter } from './cgi'
import { Faults, type ScriptedFault } from './faults'
import { resolveOptions, type SandboxOptions } from './options'
import { finishJob } from './publishing'
import { phoneRouter } from './phonePage'
import { SandboxState } from './state'

export type WechatSandbox = {
  url: string
  state: SandboxState
  faults: Faults
  close(): Promise<void>
  inject(fault: Omit<ScriptedFault, 'times'> & { times?: number }): void
  /** Finishes every job still at publish_status 1 now (tests that do not want to wait). */
  finishPending(): void
  /** Finishes one job now, with the given publish_status (default 0) and fail_idx. */
  finish(publishId: string, status?: number, failIdx?: number[]): void
}

/** The Express 5 app: /cgi-bin (the contract), /__admin (sandbox controls), / (the phone page), /healthz. */
export function createSandboxApp(options: SandboxOptions) {
  const state = new SandboxState(resolveOptions(options))
  const faults = new Faults(state.options.faultRate, state.options.faultSeed, state.options.faultKinds)
  const app = express()
  app.disable('x-powered-by')
  app.get('/healthz', (_req, res) => res.json({ status: 'ok', service: 'wechat-sandbox' }))
  app.use('/cgi-bin', cgiRouter(state, faults))
  app.use('/__admin', adminRouter(state, faults))
  app.use('/', phoneRouter(state))
  return { app, state, faults }
}

/** Starts the sandbox on host:port (port 0 = a free one) and returns its URL and controls. */
export async function startWechatSandbox(options: SandboxOptions & { port?: number; host?: string }): Promise<WechatSandbox> {
  const { app, state, faults } = createSandboxApp(options)
  const host = options.host ?? '127.0.0.1'
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(options.port ?? 0, host, (error?: Error) => (error ? reject(error) : resolve(listening)))
  })
  const { port } = server.address() as AddressInfo
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  state.options.publicUrl ??= url
  return {
    url,
    state,
    faults,
    inject: (fault) => faults.scripted.push({ ...fault, times: fault.times ?? 1 }),
    finishPending: () => {
      for (const job of state.jobs.values()) if (job.status === 1) finishJob(state, job)
    },
    finish: (publishId, status = 0, failIdx) => {
      const job = state.jobs.get(publishId)
      if (!job) throw new Error(`no publish job ${publishId}`)
      state.nextPublishOutcomes.unshift({ status, failIdx })
      finishJob(state, job)
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
