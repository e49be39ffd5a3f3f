import { WeiboClient } from '../../../publishers/weibo/client'
import { WeiboError } from '../../../publishers/weibo/errors'
import { createWeiboSandbox, type WeiboSandbox } from '../../../publishers/weibo/sandbox/server'

/** A Weibo sandbox on 127.0.0.1 (a free port) for one test file, and helpers to drive its admin endpoint. */
export type Running = { sandbox: WeiboSandbox; url: string; admin: (path: string, body?: unknown) => Promise<any> }

export async function startSandbox(options: Parameters<typeof createWeiboSandbox>[0] = {}): Promise<Running> {
  const sandbox = createWeiboSandbox({ safeDomain: 'news.example.edu.cn', ...options })
  const url = await sandbox.listen(0)
  const admin = async (path: string, body?: unknown): Promise<any> => {
    const init = body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
    try {
      return await (await fetch(`${url}/__admin${path}`, init)).json()
    } catch (error) {
      // A pooled keep-alive connection the server closed at that very moment: the request never arrived.
      if ((error as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw error
      return (await fetch(`${url}/__admin${path}`, init)).json()
    }
  }
  return { sandbox, url, admin }
}

export const clientOf = (url: string, accessToken: string, timeoutMs = 2_000) => new WeiboClient({ accessToken, baseUrl: url, timeoutMs })

/** The WeiboError a call ends with (fails the test if it succeeds). */
export async function refusal(promise: Promise<unknown>): Promise<WeiboError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof WeiboError) return error
    throw error
  }
  throw new Error('expected a WeiboError, the call succeeded')
}
