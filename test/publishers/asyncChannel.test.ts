import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { settlePublication } from '../../publishers/core/settle'
import { websitePublisher } from '../../publishers/website'
import { bootPayload } from '../setup/payload'
import { act, approveThroughAllStages, buildWorld, requestAs, type World } from '../workflow/reviewWorld'
import { asyncPublisher, startAsyncPlatform, type AsyncPlatform } from './fixtures/asyncChannel'
import { runQueueAt as runQueueAtTime } from './fixtures/clock'

/**
 * An asynchronous channel through the core, on a real database and a real HTTP platform: submitted →
 * polled with backoff → delivered or failed; an attempt that died after a saved step resumes without
 * repeating it; a callback settles once; withdraw gets the channel's id and progress.
 */
let payload: Payload
let world: World
let platform: AsyncPlatform
const faults: { dieAfterSubmit?: boolean } = {}
const polling = { baseDelayMs: 1_000, maxDelayMs: 4_000, giveUpAfterMs: 10_000 }

// A controlled clock: jobs wait on waitUntil, so the queue runs at chosen instants. `runQueueNow` catches up
// with real time (after an approval); `runQueueAfter(ms)` runs it exactly `ms` after the previous run.
let clock = 0
async function runQueueAt(at: number) {
  clock = at
  await runQueueAtTime(payload, at)
}
const runQueueNow = () => runQueueAt(Math.max(clock, Date.now()))
const runQueueAfter = (ms: number) => runQueueAt(clock + ms)
/** Status checks come 1 s, 2 s, 4 s, 4 s … after the submission; the fourth is past the 10 s limit. */
async function waitOutTheChannel() {
  for (const step of [1_050, 2_050, 4_050, 4_050]) await runQueueAfter(step)
}

const approved = (title: string) => approveThroughAllStages(world, title, { targets: [world.accounts.college] })
const progressOf = (publication: { progress?: unknown }) => (publication.progress ?? {}) as Record<string, unknown>
const publicationOf = async (id: number | string) =>
  (await payload.find({ collection: 'publications', where: { 'item.value': { equals: id } }, depth: 0, overrideAccess: true })).docs[0]

beforeAll(async () => {
  platform = await startAsyncPlatform()
  payload = await bootPayload('async-channel', { publishers: [websitePublisher as never, asyncPublisher(platform, faults) as never], statusPolling: polling })
  world = await buildWorld(payload, 'async.test')
})

afterEach(() => {
  vi.useRealTimers()
})

afterAll(async () => {
  await payload?.destroy()
  await platform?.close()
})

describe('an asynchronous channel', () => {
  it('submitted → checked with backoff → delivered, each step once', async () => {
    const doc = await approved('异步渠道：轮询后送达')
    const before = { ...platform.calls }
    await runQueueNow()
    const submitted = await publicationOf(doc.id)
    expect([submitted.state, submitted.attempts]).toEqual(['submitted', 1])
    expect(submitted.progress).toEqual({ mediaId: expect.any(String), externalId: submitted.externalId })
    expect(platform.submissions.get(submitted.externalId!)?.title).toBe('异步渠道：轮询后送达')

    await runQueueAfter(500) // the first check waits baseDelayMs
    expect(platform.calls.status).toBe(before.status)
    await runQueueAfter(1_100)
    const pending = await publicationOf(doc.id)
    expect([pending.state, pending.statusChecks, platform.calls.status]).toEqual(['submitted', 1, before.status + 1])

    platform.settle(submitted.externalId!, { status: 'published', url: 'https://mp.example/s/abc' })
    await runQueueAfter(1_500) // the second check waits twice as long
    expect((await publicationOf(doc.id)).state).toBe('submitted')
    await runQueueAfter(600)
    const delivered = await publicationOf(doc.id)
    expect([delivered.state, delivered.url, delivered.externalId, delivered.statusChecks]).toEqual(['delivered', 'https://mp.example/s/abc', submitted.externalId, 2])
    expect([platform.calls.media - before.media, platform.calls.submit - before.submit]).toEqual([1, 1])
  })

  it('a failure reported by the channel fails the publication with its code, message and raw answer', async () => {
    const doc = await approved('异步渠道：平台判定失败')
    await runQueueNow()
    const { externalId } = await publicationOf(doc.id)
    platform.settle(externalId!, { status: 'failed', reason: '内容违规' })
    await runQueueAfter(1_100)
    const failed = await publicationOf(doc.id)
    expect([failed.state, failed.lastError?.code, failed.lastError?.message, failed.lastError?.raw]).toEqual([
      'failed',
      'publish-failed',
      '发布失败：内容违规',
      { status: 'failed', reason: '内容违规' },
    ])
  })

  it('a channel that never answers fails after the configured time, with the reason in Chinese', async () => {
    const doc = await approved('异步渠道：平台一直不答复')
    await runQueueNow()
    for (const step of [1_050, 2_050, 4_050]) await runQueueAfter(step)
    expect((await publicationOf(doc.id)).state).toBe('submitted')
    await runQueueAfter(4_050)
    const failed = await publicationOf(doc.id)
    expect([failed.state, failed.lastError?.code]).toEqual(['failed', 'status-timeout'])
    expect(failed.lastError?.message).toMatch(/^提交（\d{4}-\d\d-\d\d \d\d:\d\d）后 10 秒内渠道仍未确认发布结果，已停止查询/)
    // 1 s, 2 s, 4 s, 4 s: the fourth check is past the 10 s limit.
    expect([failed.statusChecks, platform.submissions.get(failed.externalId!)?.outcome]).toEqual([3, { status: 'pending' }])
  })

  it('an attempt cut off between two steps resumes after the saved step (no second upload)', async () => {
    const doc = await approved('异步渠道：断点续传')
    const before = { ...platform.calls }
    platform.dropNextSubmit = true
    await runQueueNow()
    const retrying = await publicationOf(doc.id)
    expect([retrying.state, retrying.lastError?.code, retrying.progress]).toEqual(['retrying', 'unexpected', { mediaId: expect.any(String) }])
    await runQueueAfter(31 * 60_000) // past the retry backoff
    const submitted = await publicationOf(doc.id)
    expect([submitted.state, submitted.attempts, progressOf(submitted).mediaId]).toEqual(['submitted', 2, progressOf(retrying).mediaId])
    expect([platform.calls.media - before.media, platform.calls.submit - before.submit]).toEqual([1, 1])
  })

  it('an attempt that died after submitting asks the channel first and does not submit again', async () => {
    const doc = await approved('异步渠道：提交后进程退出')
    const before = { ...platform.calls }
    faults.dieAfterSubmit = true
    await runQueueNow()
    const died = await publicationOf(doc.id)
    expect([died.state, typeof died.externalId]).toEqual(['retrying', 'string'])
    platform.settle(died.externalId!, { status: 'published', url: 'https://mp.example/s/once' })
    await runQueueAfter(31 * 60_000)
    const delivered = await publicationOf(doc.id)
    expect([delivered.state, delivered.url, delivered.attempts]).toEqual(['delivered', 'https://mp.example/s/once', 2])
    // The URL comes from the status answer: the channel was asked, and nothing was uploaded or submitted twice.
    expect([platform.calls.media - before.media, platform.calls.submit - before.submit]).toEqual([1, 1])
  })

  it('重新投递 of a timed-out submission the channel did publish: asked first, not submitted again', async () => {
    const doc = await approved('异步渠道：超时后重新投递')
    await runQueueNow()
    await waitOutTheChannel()
    const timedOut = await publicationOf(doc.id)
    expect(timedOut.state).toBe('failed')
    platform.settle(timedOut.externalId!, { status: 'published', url: 'https://mp.example/s/late' })
    const before = { ...platform.calls }
    const resend = (payload.collections.publications.config.endpoints || []).find((e) => e.path === '/:id/resend')!
    await resend.handler(await requestAs(world, 'admin', { id: String(timedOut.id) }))
    await runQueueNow()
    const delivered = await publicationOf(doc.id)
    expect([delivered.state, delivered.url]).toEqual(['delivered', 'https://mp.example/s/late'])
    expect(platform.calls.submit - before.submit).toBe(0)
  })

  it('settlePublication (the channel callback) settles a submission once; a repeat changes nothing', async () => {
    const doc = await approved('异步渠道：回调通知')
    await runQueueNow()
    const submitted = await publicationOf(doc.id)
    const callback = { kind: 'wechat', externalId: submitted.externalId!, outcome: { state: 'delivered' as const, url: 'https://mp.example/s/cb' } }
    expect(await settlePublication(payload, callback)).toEqual({ result: 'delivered', publication: submitted.id })
    expect(await settlePublication(payload, callback)).toEqual({ result: 'unchanged', publication: submitted.id, state: 'delivered' })
    expect(await settlePublication(payload, { ...callback, outcome: { state: 'failed', message: '迟到的失败通知' } })).toEqual({
      result: 'unchanged',
      publication: submitted.id,
      state: 'delivered',
    })
    expect(await settlePublication(payload, { ...callback, externalId: 'no-such-id' })).toEqual({ result: 'unknown' })
    // A callback for another account with the same external id (platform ids are per account) is not this one's.
    const account = typeof submitted.account === 'object' ? submitted.account.id : submitted.account
    expect(await settlePublication(payload, { ...callback, account: Number(account) + 10_000 })).toEqual({ result: 'unknown' })
    expect(await settlePublication(payload, { ...callback, account })).toEqual({ result: 'unchanged', publication: submitted.id, state: 'delivered' })
    // The pending status check finds it settled and leaves it alone.
    const statusCalls = platform.calls.status
    await runQueueAfter(1_100)
    const delivered = await publicationOf(doc.id)
    expect([delivered.state, delivered.url, platform.calls.status]).toEqual(['delivered', 'https://mp.example/s/cb', statusCalls])

    const other = await approved('异步渠道：回调失败')
    await runQueueNow()
    const { externalId } = await publicationOf(other.id)
    const failure = { kind: 'wechat', externalId: externalId!, outcome: { state: 'failed' as const, code: '10001', message: '审核未通过', raw: { errcode: 10001 } } }
    expect((await settlePublication(payload, failure)).result).toBe('failed')
    const failed = await publicationOf(other.id)
    expect([failed.state, failed.lastError?.code, failed.lastError?.message, failed.lastError?.raw]).toEqual(['failed', '10001', '审核未通过', { errcode: 10001 }])
  })

  it('takedown hands the channel its id and saved progress', async () => {
    const doc = await approved('异步渠道：撤稿')
    await runQueueNow()
    const submitted = await publicationOf(doc.id)
    await settlePublication(payload, { kind: 'wechat', externalId: submitted.externalId!, outcome: { state: 'delivered', url: 'https://mp.example/s/w' } })
    await act(world, 'r3', doc.id, 'withdraw', { opinion: '信息有误，撤稿' })
    await runQueueNow()
    expect((await publicationOf(doc.id)).state).toBe('withdrawn')
    expect(platform.withdrawn).toContainEqual({ publishId: submitted.externalId, mediaId: progressOf(submitted).mediaId })
  })
})
