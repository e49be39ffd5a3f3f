import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'

import { handleWechatCallback } from '../../../publishers/wechat/callback'

/**
 * Serves `/api/channel-accounts/:id/wechat-callback` with the same handler the Next route calls, on the test's
 * Payload (an in-memory database the `next start` server cannot see): a few lines of Node → Web Request
 * translation, as Next does. The sandbox POSTs its PUBLISHJOBFINISH pushes here over real HTTP.
 */
export async function startCallbackServer(payload: Payload) {
  const server = http.createServer(async (req, res) => {
    const match = /^\/api\/channel-accounts\/([^/]+)\/wechat-callback(?:\?|$)/.exec(req.url ?? '')
    if (!match) return void res.writeHead(404).end()
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const request = new Request(`http://127.0.0.1${req.url}`, {
      method: req.method,
      headers: req.headers as Record<string, string>,
      body: req.method === 'POST' ? Buffer.concat(chunks) : undefined,
    })
    try {
      const response = await handleWechatCallback(payload, request, decodeURIComponent(match[1]))
      res.writeHead(response.status, Object.fromEntries(response.headers)).end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      res.writeHead(500).end(String((error as Error)?.message ?? error))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    callbackUrl: (accountId: number | string) => `${url}/api/channel-accounts/${accountId}/wechat-callback`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
