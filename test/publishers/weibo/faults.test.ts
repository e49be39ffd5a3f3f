import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { deliverPublication } from '../../../publishers/core/deliverTask'
import { publicationKey } from '../../../publishers/core/outbox'
import { contentHash } from '../../../workflow/contentHash'
import { bootPayload } from '../../setup/payload'
import { body, buildWorld, type World } from '../../workflow/reviewWorld'
import { weiboAccount } from './accounts'
import { startSandbox, type Running } from './sandboxClient'

// Before the core reads them: retries are driven here at once (not after the backoff), and a sandbox
// "timeout" holds a request longer than the client waits.
vi.hoisted(() => {
  process.env.PUBLISH_MAX_ATTEMPTS = '60'
  process.env.WEIBO_TIMEOUT_MS = '120'
})

/**
 * The fault figure: 1,000 deliveries (50 items × 20 Weibo accounts) through the real core and publisher
 * against the sandbox, with 30% of all API requests failing at random (seeded): 502s, system errors, timeouts
 * before and after the post is made, connection resets, answers lost after posting, rate limits, 20032. The
 * sandbox only catches a repeat of the account's latest text (the strictest reading of Weibo's duplicate
 * rule), and deliveries are interleaved across items, so a retry after a lost answer must find its post on
 * the timeline. Result: every publication delivered, exactly one post each, each recording its own post.
 */
const ITEMS = 50
const ACCOUNTS = 20
const FINAL = new Set(['delivered', 'failed', 'withdrawn', 'canceled'])

let payload: Payload
let world: World
let run: Running

beforeAll(async () => {
  run = await startSandbox({
    holdMs: 250,
    limits: { postsPerWindow: 1e9, callsPerWindow: 1e9, ipCallsPerWindow: 1e9, duplicateMode: 'last' },
  })
  payload = await bootPayload('weibo-faults')
  world = await buildWorld(payload, 'weibo-faults.test')
})
afterAll(async () => {
  await payload?.destroy()
  await run?.sandbox.close()
})

async function setUp() {
  const accounts = []
  for (let a = 0; a < ACCOUNTS; a++) accounts.push(await weiboAccount(payload, world.units.A!, run, `压测微博${a + 1}`))
  const publications: (number | string)[] = []
  for (let i = 0; i < ITEMS; i++) {
    // Published by the system (no user): the figure is about delivery, not the review that precedes it.
    const created = await payload.create({
      collection: 'articles',
      data: { title: `故障演练稿件${i + 1}`, summary: `第${i + 1}篇演练稿件。用于验证投递不重不漏。`, body: body('正文。'), unit: world.units.A1, workflowState: 'published', _status: 'published' } as never,
      depth: 0,
    })
    const item = (await payload.findByID({ collection: 'articles', id: created.id, draft: true, depth: 1, overrideAccess: true })) as unknown as Record<string, unknown>
    const versionHash = contentHash(item)
    for (const account of accounts) {
      const publication = await payload.create({
        collection: 'publications',
        data: { key: publicationKey('articles', created.id, versionHash, account.id), item: { relationTo: 'articles', value: created.id }, itemTitle: String(item.title), versionHash, account: account.id, channel: 'weibo', unit: world.units.A1, state: 'queued' } as never,
        overrideAccess: true,
        depth: 0,
      })
      publications.push(publication.id)
    }
  }
  return { accounts, publications }
}

describe('weibo fault figure', () => {
  it('1,000 deliveries with 30% injected faults: 0 duplicates, 0 lost', async () => {
    const t0 = Date.now()
    const { accounts, publications } = await setUp()
    const t1 = Date.now()
    expect(publications).toHaveLength(ITEMS * ACCOUNTS)
    await run.admin('/faults', { rate: 0.3, seed: 20261130 })

    // Rounds over every unfinished publication, item-major so each account's posts interleave across items.
    let pending = publications
    for (let round = 0; pending.length && round < 60; round++) {
      for (const id of pending) await deliverPublication(await createLocalReq({}, payload), id)
      const { docs } = await payload.find({ collection: 'publications', where: { id: { in: pending } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })
      pending = docs.filter((doc) => !FINAL.has(doc.state)).map((doc) => doc.id)
      if (process.env.WEIBO_FIGURE_TRACE) console.log(`round ${round + 1}: ${pending.length} pending after ${Date.now() - t1} ms`)
    }
    await run.admin('/faults', { clear: true })
    console.log(`setup ${t1 - t0} ms, deliveries ${Date.now() - t1} ms`)

    const { docs } = await payload.find({ collection: 'publications', where: { channel: { equals: 'weibo' } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })
    const states = docs.reduce<Record<string, number>>((acc, doc) => ({ ...acc, [doc.state]: (acc[doc.state] ?? 0) + 1 }), {})
    // 0 lost: every one delivered.
    expect(states).toEqual({ delivered: ITEMS * ACCOUNTS })

    const stats = await run.admin('/stats')
    const statuses = (await run.admin('/statuses')).statuses as { idstr: string; uid: string; text: string }[]
    // 0 duplicates: one post per publication, no text twice on an account.
    expect([stats.posts, stats.duplicates]).toEqual([ITEMS * ACCOUNTS, 0])
    // Each publication records its own post: the right account, the right item.
    const byId = new Map(statuses.map((s) => [s.idstr, s]))
    const uidOf = new Map(accounts.map((a) => [String(a.id), a.uid]))
    const mismatched = docs.filter((doc) => {
      const post = byId.get(String(doc.externalId))
      const itemId = typeof doc.item.value === 'object' ? doc.item.value.id : doc.item.value
      return !post || post.uid !== uidOf.get(String(doc.account)) || !post.text.endsWith(`/articles/${itemId}`)
    })
    expect(mismatched).toEqual([])
    expect(new Set(docs.map((doc) => doc.externalId)).size).toBe(ITEMS * ACCOUNTS)

    // The faults really happened, the dangerous ones included (posted, but the answer never arrived).
    const requests = Object.values(stats.requests as Record<string, number>).reduce((a, b) => a + b, 0)
    const injected = stats.faultsInjected as Record<string, number>
    const faults = Object.values(injected).reduce((a, b) => a + b, 0)
    expect(faults / requests).toBeGreaterThan(0.25)
    expect(faults / requests).toBeLessThan(0.35)
    for (const kind of ['lost-response', 'timeout-after', 'slow', 'timeout', 'rate-limit']) expect(injected[kind]).toBeGreaterThan(10)
    const retried = docs.filter((doc) => (doc.attempts ?? 0) > 1).length
    console.log(`weibo fault figure: ${docs.length} delivered, ${requests} requests, ${faults} faults (${JSON.stringify(injected)}), ${retried} publications retried`)
  }, 600_000)
})
