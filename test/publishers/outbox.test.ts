import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { DeliveryError } from '../../publishers/core/contract'
import { deliverPublication } from '../../publishers/core/deliverTask'
import { websitePublisher } from '../../publishers/website'
import { bootPayload } from '../setup/payload'
import { runQueueAt } from './fixtures/clock'
import { act, approveThroughAllStages, buildWorld, websiteAccount, type World } from '../workflow/reviewWorld'

/**
 * The outbox on a real database: approval creates publications and their jobs in its own transaction; the
 * queue delivers each once; failures retry or fail with a reason; takedown reaches every channel.
 */
let payload: Payload
let world: World
let website: number | string

const approved = (title: string, extra: Record<string, unknown> = {}) =>
  approveThroughAllStages(world, title, { targets: [website, world.accounts.college], ...extra })

const publicationsOf = async (id: number | string) =>
  (await payload.find({ collection: 'publications', where: { 'item.value': { equals: id } }, sort: 'channel', depth: 0, overrideAccess: true })).docs

const jobsFor = async (publicationIds: (number | string)[]) =>
  (await payload.find({ collection: 'payload-jobs', limit: 0, pagination: false, overrideAccess: true })).docs.filter((job) =>
    publicationIds.map(String).includes(String((job.input as { publication?: string })?.publication)),
  )

beforeAll(async () => {
  payload = await bootPayload('outbox')
  world = await buildWorld(payload, 'outbox.test')
  website = await websiteAccount(world)
})

afterAll(async () => {
  vi.useRealTimers()
  await payload?.destroy()
})

describe('publisher core', () => {
  it('approval creates one queued publication per target account, with its job, in the approving transaction', async () => {
    const doc = await approved('志愿服务进社区')
    expect(doc.workflowState).toBe('approved')
    const publications = await publicationsOf(doc.id)
    expect(publications.map((p) => [p.channel, p.state, p.versionHash])).toEqual([
      ['website', 'queued', doc.review?.approvedHash],
      ['wechat', 'queued', doc.review?.approvedHash],
    ])
    expect(await jobsFor(publications.map((p) => p.id))).toHaveLength(2)
  })

  it('the queue delivers: the item goes live on the website, each publication is delivered once', async () => {
    const doc = await approved('图书馆延长开放时间')
    await payload.jobs.run({ limit: 50 })
    const [site, wechat] = await publicationsOf(doc.id)
    expect([site.state, site.url, site.attempts]).toEqual(['delivered', `/articles/${doc.id}`, 1])
    // WeChat refuses an item without what it needs (its validate): failed with the reason instead of hanging.
    expect([wechat.state, wechat.lastError?.code]).toEqual(['failed', 'invalid'])
    const live = await payload.find({ collection: 'articles', where: { id: { equals: doc.id } }, overrideAccess: false })
    expect(live.docs.map((d) => [d.workflowState, d._status])).toEqual([['published', 'published']])
    // The same job again (a worker that died after delivering): nothing more happens.
    const req = await createLocalReq({}, payload)
    await deliverPublication(req, site.id)
    expect((await payload.findByID({ collection: 'publications', id: site.id, overrideAccess: true })).attempts).toBe(1)
  })

  it('a transient failure retries with backoff and then succeeds; a permanent one fails with the reason', async () => {
    const doc = await approved('重试测试', { targets: [website] })
    const [publication] = await publicationsOf(doc.id)
    const original = websitePublisher.deliver
    let calls = 0
    websitePublisher.deliver = async (artifact, ctx) => {
      calls++
      if (calls === 1) throw new DeliveryError('网站服务暂时不可用（502）', { code: 'http-502', transient: true })
      return original(artifact, ctx)
    }
    try {
      const req = await createLocalReq({}, payload)
      await deliverPublication(req, publication.id)
      const retrying = await payload.findByID({ collection: 'publications', id: publication.id, overrideAccess: true })
      expect([retrying.state, retrying.lastError?.code, retrying.lastError?.message]).toEqual(['retrying', 'http-502', '网站服务暂时不可用（502）'])
      expect(new Date(retrying.nextAttemptAt!).getTime()).toBeGreaterThan(Date.now())
      await deliverPublication(req, publication.id)
      const done = await payload.findByID({ collection: 'publications', id: publication.id, overrideAccess: true })
      expect([done.state, done.attempts]).toEqual(['delivered', 2])

      const other = await approved('永久失败测试', { targets: [website] })
      const [failing] = await publicationsOf(other.id)
      websitePublisher.deliver = async () => {
        throw new DeliveryError('凭据无效（40001）', { code: '40001', transient: false, authFailure: true })
      }
      await deliverPublication(req, failing.id)
      const failed = await payload.findByID({ collection: 'publications', id: failing.id, overrideAccess: true })
      expect([failed.state, failed.lastError?.message]).toEqual(['failed', '凭据无效（40001）'])
      // The circuit breaker: the third authentication failure in a row pauses the account (已暂停).
      for (const title of ['凭据失败二', '凭据失败三']) {
        const next = await approved(title, { targets: [website] })
        await deliverPublication(req, (await publicationsOf(next.id))[0].id)
      }
      const paused = await payload.findByID({ collection: 'channel-accounts', id: website, overrideAccess: true })
      expect(paused.status).toBe('suspended')
      await payload.update({ collection: 'channel-accounts', id: website, data: { status: 'filed', settings: {} }, overrideAccess: true })
    } finally {
      websitePublisher.deliver = original
    }
  })

  it('a success clears authentication failures counted while it ran (deliveries to one account run concurrently)', async () => {
    const doc = await approved('并发计数测试', { targets: [website] })
    const [publication] = await publicationsOf(doc.id)
    const original = websitePublisher.deliver
    // Two other deliveries to the account fail authentication while this one is on its way.
    websitePublisher.deliver = async (artifact, ctx) => {
      await payload.update({ collection: 'channel-accounts', id: website, data: { settings: { authFailures: 2 } }, overrideAccess: true })
      return original(artifact, ctx)
    }
    try {
      await deliverPublication(await createLocalReq({}, payload), publication.id)
      const account = await payload.findByID({ collection: 'channel-accounts', id: website, overrideAccess: true })
      expect([account.status, (account.settings as { authFailures?: number }).authFailures]).toEqual(['filed', 0])
    } finally {
      websitePublisher.deliver = original
      await payload.update({ collection: 'channel-accounts', id: website, data: { settings: {} }, overrideAccess: true })
    }
  })

  it('an account that is not 已备案 gets no delivery, with the reason', async () => {
    const pending = await websiteAccount(world, '未备案网站', 'pending')
    const doc = await approved('未备案账号测试', { targets: [pending] })
    await payload.jobs.run({ limit: 50 })
    const [publication] = await publicationsOf(doc.id)
    expect([publication.state, publication.lastError?.code, publication.lastError?.message]).toEqual([
      'failed',
      'account-not-filed',
      '账号“未备案网站”状态为“待备案”，只有已备案的账号才能投递',
    ])
  })

  it('a scheduled item waits for its time (controlled clock) and then publishes', async () => {
    const at = new Date(Date.now() + 2 * 60 * 60 * 1000)
    const doc = await approved('定时发布测试', { targets: [website], scheduledAt: at.toISOString() })
    expect(doc.workflowState).toBe('scheduled')
    await payload.jobs.run({ limit: 50 })
    expect((await publicationsOf(doc.id))[0].state).toBe('queued')
    await runQueueAt(payload, at.getTime() + 1000)
    expect((await publicationsOf(doc.id))[0].state).toBe('delivered')
    expect((await payload.findByID({ collection: 'articles', id: doc.id })).workflowState).toBe('published')
  })

  it('禁发至 holds delivery on every channel until the embargo ends, even past its 定时发布 time (controlled clock)', async () => {
    const start = Date.now()
    const scheduledAt = new Date(start + 60 * 60 * 1000)
    const embargoUntil = new Date(start + 3 * 60 * 60 * 1000)
    const doc = await approved('禁发测试', { targets: [website], scheduledAt: scheduledAt.toISOString(), embargoUntil: embargoUntil.toISOString() })
    await runQueueAt(payload, start + 2 * 60 * 60 * 1000) // past 定时发布, before 禁发至
    const held = (await publicationsOf(doc.id))[0]
    expect([held.state, held.attempts, held.scheduledFor]).toEqual(['queued', 0, embargoUntil.toISOString()])
    const hidden = await payload.find({ collection: 'articles', where: { id: { equals: doc.id } }, overrideAccess: false })
    expect(hidden.docs).toEqual([])

    // A delivery asked for earlier (重新投递, a sweeper's job) is held too, and rescheduled for the end.
    await deliverPublication(await createLocalReq({}, payload), held.id)
    const stillHeld = (await publicationsOf(doc.id))[0]
    expect([stillHeld.state, stillHeld.nextAttemptAt]).toEqual(['queued', embargoUntil.toISOString()])

    await runQueueAt(payload, embargoUntil.getTime() + 1000)
    expect((await publicationsOf(doc.id))[0].state).toBe('delivered')
    expect((await payload.findByID({ collection: 'articles', id: doc.id })).workflowState).toBe('published')
  })

  it('takedown withdraws the item from every channel it reached and cancels what had not gone out', async () => {
    const doc = await approved('撤稿测试')
    await payload.jobs.run({ limit: 50 })
    await act(world, 'r3', doc.id, 'withdraw', { opinion: '数据有误，撤稿核实' })
    await payload.jobs.run({ limit: 50 })
    const publications = await publicationsOf(doc.id)
    expect(publications.map((p) => [p.channel, p.state])).toEqual([
      ['website', 'withdrawn'],
      ['wechat', 'failed'],
    ])
    expect(publications[0].withdrawReason).toBe('数据有误，撤稿核实')
    const anonymous = await payload.find({ collection: 'articles', where: { id: { equals: doc.id } }, overrideAccess: false })
    expect(anonymous.docs).toEqual([])
  })
})
