import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { deliverPublication } from '../../publishers/core/deliverTask'
import { websitePublisher } from '../../publishers/website'
import { bootPayload } from '../setup/payload'
import { approveThroughAllStages, buildWorld, websiteAccount, type World } from '../workflow/reviewWorld'

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
    const article = await approveThroughAllStages(world, '并发投递', { targets: [await websiteAccount(world)] })
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
