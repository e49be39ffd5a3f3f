import type { Payload } from 'payload'

import type { Running } from './sandboxClient'

/** A filed Weibo account whose API is the sandbox, with its own token there (one uid per account). */
export async function weiboAccount(payload: Payload, unit: number | string, run: Running, name: string, settings: Record<string, unknown> = {}) {
  const token = `token-${name}-${Math.random().toString(36).slice(2, 8)}`
  const uid = String(7_311_200_000_000_000n + BigInt(Math.floor(Math.random() * 1e9)))
  await run.admin('/tokens', { token, uid, screenName: name, expiresInSec: 30 * 86_400 })
  const account = await payload.create({
    collection: 'channel-accounts',
    data: {
      name,
      kind: 'weibo',
      tier: 'unit',
      unit,
      responsiblePerson: '负责人',
      responsiblePhone: '13800000000',
      status: 'filed',
      settings: { safeDomain: 'news.example.edu.cn', siteUrl: 'https://news.example.edu.cn', ...settings },
      credentials: { accessToken: token, apiBaseUrl: run.url },
    } as never,
  })
  return { id: account.id, token, uid }
}
