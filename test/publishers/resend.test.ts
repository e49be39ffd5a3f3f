import { createLocalReq, type Endpoint, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DeliveryError } from '../../publishers/core/contract'
import { deliverPublication } from '../../publishers/core/deliverTask'
import { DEFAULT_RETRY } from '../../publishers/core/retryPolicy'
import { websitePublisher } from '../../publishers/website'
import { bootPayload } from '../setup/payload'
import { act, approveThroughAllStages, buildWorld, refusal, requestAs, websiteAccount, type World } from '../workflow/reviewWorld'

/**
 * 重新投递 through the handler the REST route runs (`POST /api/publications/:id/resend`), with real requests:
 * a failure goes back to the queue and is delivered by the next run; final states and strangers are refused.
 */
let payload: Payload
let world: World
let pendingSite: number | string

const approved = (title: string, targets: (number | string)[]) => approveThroughAllStages(world, title, { targets })

const publicationOf = async (id: number | string) =>
  (await payload.find({ collection: 'publications', where: { 'item.value': { equals: id } }, depth: 0, overrideAccess: true })).docs[0]

const resend = async (who: string | null, id: number | string) => {
  const endpoint = (payload.collections.publications.config.endpoints || []).find((e) => e.method === 'post' && e.path === '/:id/resend') as Endpoint
  const res = await endpoint.handler(await requestAs(world, who, { id: String(id) }))
  return (await res.json()) as { message: string; doc: { state: string } }
}

beforeAll(async () => {
  payload = await bootPayload('resend')
  world = await buildWorld(payload, 'resend.test')
  pendingSite = await websiteAccount(world, '学院网站', 'pending')
})

afterAll(async () => {
  await payload?.destroy()
})

describe('重新投递', () => {
  it('a failed publication is queued again, audited, and delivered by the next run', async () => {
    const doc = await approved('未备案时投递失败', [pendingSite])
    await payload.jobs.run({ limit: 50 })
    const failed = await publicationOf(doc.id)
    expect([failed.state, failed.lastError?.code]).toEqual(['failed', 'account-not-filed'])

    // An editor of another unit may not touch it; nobody signed in neither.
    expect(await refusal(resend('editorB', failed.id))).toEqual({ status: 403, message: expect.stringContaining('无权重新投递') })
    expect(await refusal(resend(null, failed.id))).toEqual({ status: 401, message: '请先登录' })
    expect((await publicationOf(doc.id)).state).toBe('failed')

    await payload.update({ collection: 'channel-accounts', id: pendingSite, data: { status: 'filed' }, overrideAccess: true })
    const answer = await resend('editor', failed.id)
    expect([answer.message, answer.doc.state]).toEqual(['已重新加入投递队列', 'queued'])
    const audit = await payload.find({
      collection: 'audit-log',
      where: { and: [{ action: { equals: 'resend' } }, { docId: { equals: String(failed.id) } }] },
      depth: 0,
      overrideAccess: true,
    })
    expect(audit.docs.map((entry) => [entry.collectionSlug, entry.fromState, entry.toState, String(entry.actor)])).toEqual([
      ['publications', 'failed', 'queued', String(world.users.editor.id)],
    ])

    await payload.jobs.run({ limit: 50 })
    const delivered = await publicationOf(doc.id)
    expect([delivered.state, delivered.url, delivered.attempts]).toEqual(['delivered', `/articles/${doc.id}`, 1])

    // Delivered is final: a second press is refused with the state in Chinese.
    expect(await refusal(resend('admin', failed.id))).toEqual({ status: 409, message: expect.stringContaining('“已送达”') })
  })

  it('a failed publication of a withdrawn item is not resent (撤稿 wins)', async () => {
    await payload.update({ collection: 'channel-accounts', id: pendingSite, data: { status: 'pending' }, overrideAccess: true })
    const doc = await approved('撤稿后不再投递', [pendingSite])
    await payload.jobs.run({ limit: 50 })
    const failed = await publicationOf(doc.id)
    expect(failed.state).toBe('failed')
    await act(world, 'r3', doc.id, 'withdraw', { opinion: '信息有误' })
    expect(await refusal(resend('admin', failed.id))).toEqual({ status: 409, message: expect.stringContaining('“已撤稿”') })
    expect((await publicationOf(doc.id)).state).toBe('failed')
  })

  it('after the retries ran out, 重新投递 gives a fresh set of them (not a single try)', async () => {
    await payload.update({ collection: 'channel-accounts', id: pendingSite, data: { status: 'filed' }, overrideAccess: true })
    const doc = await approved('重试用尽后重新投递', [pendingSite])
    const publication = await publicationOf(doc.id)
    const original = websitePublisher.deliver
    let calls = 0
    let failing = true
    websitePublisher.deliver = async (artifact, ctx) => {
      calls++
      if (failing) throw new DeliveryError('网站服务暂时不可用（503）', { code: 'http-503', transient: true })
      return original(artifact, ctx)
    }
    try {
      const req = await createLocalReq({}, payload)
      // The queue's backoff is skipped: each run is the next retry.
      for (let i = 0; i < DEFAULT_RETRY.maxAttempts; i++) await deliverPublication(req, publication.id)
      const exhausted = await publicationOf(doc.id)
      expect([exhausted.state, exhausted.attempts, calls]).toEqual(['failed', DEFAULT_RETRY.maxAttempts, DEFAULT_RETRY.maxAttempts])
      expect(exhausted.lastError?.message).toBe(`网站服务暂时不可用（503）（已重试 ${DEFAULT_RETRY.maxAttempts} 次仍失败）`)

      await resend('admin', publication.id)
      // Still failing after the resend: back to 等待重试 with the count restarted, not failed at once.
      for (let i = 1; i < DEFAULT_RETRY.maxAttempts; i++) {
        await deliverPublication(req, publication.id)
        const again = await publicationOf(doc.id)
        expect([again.state, again.attempts, again.resends]).toEqual(['retrying', i, 1])
      }
      failing = false
      await deliverPublication(req, publication.id)
      const delivered = await publicationOf(doc.id)
      expect([delivered.state, delivered.attempts, calls]).toEqual(['delivered', DEFAULT_RETRY.maxAttempts, 2 * DEFAULT_RETRY.maxAttempts])
    } finally {
      websitePublisher.deliver = original
    }
  })
})
