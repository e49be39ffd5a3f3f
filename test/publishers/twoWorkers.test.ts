import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { deliverPublication } from '../../publishers/core/deliverTask'
import { websitePublisher } from '../../publishers/website'
import { bootPayload } from '../setup/payload'
import { act, buildWorld, draftArticle, type World } from '../workflow/reviewWorld'

/** Two workers picking up the same publication at the same moment: the channel sees one delivery. */
let payload: Payload
let world: World

beforeAll(async () => {
  payload = await bootPayload('two-workers')
  world = await buildWorld(payload, 'workers.test')
})

afterAll(async () => {
  await payload?.destroy()
})

describe('two workers, one delivery', () => {
  it('claims each attempt once', async () => {
    const site = await payload.create({
      collection: 'channel-accounts',
      data: { name: '网站', kind: 'website', unit: world.units.A, responsiblePerson: '负责人', responsiblePhone: '13800000000', status: 'filed' } as never,
    })
    const article = await draftArticle(world, 'editor', '并发投递', { credits: [{ role: 'text', name: '沈佳怡' }], targets: [site.id] })
    await act(world, 'editor', article.id, 'submit')
    await act(world, 'r1', article.id, 'approve', { opinion: '同意' })
    await act(world, 'r2', article.id, 'approve', { opinion: '同意' })
    await act(world, 'r2', article.id, 'proofread', { corrections: 0 })
    await act(world, 'r3', article.id, 'approve', { opinion: '同意', acknowledgeWarnings: true })
    const [publication] = (await payload.find({ collection: 'publications', where: { 'item.value': { equals: article.id } }, overrideAccess: true })).docs

    const original = websitePublisher.deliver
    let deliveries = 0
    websitePublisher.deliver = async (artifact, ctx) => {
      deliveries++
      return original(artifact, ctx)
    }
    try {
      const [a, b] = await Promise.all([createLocalReq({}, payload), createLocalReq({}, payload)])
      await Promise.all([deliverPublication(a, publication.id), deliverPublication(b, publication.id)])
    } finally {
      websitePublisher.deliver = original
    }
    expect(deliveries).toBe(1)
    const done = await payload.findByID({ collection: 'publications', id: publication.id, overrideAccess: true })
    expect([done.state, done.attempts]).toEqual(['delivered', 1])
  })
})
