import type { Payload } from 'payload'
import React from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ArticleView } from '../../app/(frontend)/_components/ArticleView'
import { settlePublication } from '../../publishers/core/settle'
import { websitePublisher } from '../../publishers/website'
import { renderArticlePage } from '../../publishers/website/render'
import { bootPayload } from '../setup/payload'
import { act, approveThroughAllStages, body, buildWorld, websiteAccount, type World } from '../workflow/reviewWorld'
import { asyncPublisher, startAsyncPlatform, type AsyncPlatform } from './fixtures/asyncChannel'

/**
 * 更正: a delivered item is edited, reviewed again and approved; the new publications replace the earlier
 * deliveries — in place where the channel can (the website), as a new delivery where it cannot (the async
 * test channel has no `update`) — and the earlier ones become 已被更正版本替换. The site shows the new version
 * with its 更正说明; 撤稿 afterwards reaches whatever is still out there.
 */
let payload: Payload
let world: World
let platform: AsyncPlatform
let site: number | string

const publicationsOf = async (id: number | string) =>
  (await payload.find({ collection: 'publications', where: { 'item.value': { equals: id } }, sort: 'createdAt', depth: 0, overrideAccess: true })).docs
const run = () => payload.jobs.run({ limit: 50, silent: true })
async function settleSubmitted(id: number | string) {
  for (const publication of await publicationsOf(id)) {
    if (publication.state === 'submitted') {
      await settlePublication(payload, { kind: 'wechat', externalId: publication.externalId!, outcome: { state: 'delivered', url: `https://mp.example/${publication.externalId}` } })
    }
  }
}
const live = async (id: number | string) => (await payload.find({ collection: 'articles', where: { id: { equals: id } }, depth: 0, overrideAccess: false })).docs[0]

beforeAll(async () => {
  platform = await startAsyncPlatform()
  payload = await bootPayload('correction', { publishers: [websitePublisher as never, asyncPublisher(platform) as never] })
  world = await buildWorld(payload, 'correction.test')
  site = await websiteAccount(world)
})

afterAll(async () => {
  await payload?.destroy()
  await platform?.close()
})

describe('更正', () => {
  it('replaces the earlier deliveries, shows the notice, and marks the earlier publications as superseded', async () => {
    const doc = await approveThroughAllStages(world, '新生报到人数突破八千', { targets: [site, world.accounts.college] })
    await run()
    await settleSubmitted(doc.id)
    const first = await publicationsOf(doc.id)
    expect(first.map((p) => [p.channel, p.state])).toEqual([
      ['website', 'delivered'],
      ['wechat', 'delivered'],
    ])

    // The edit is a new draft: the published version stays live until the correction is approved.
    await payload.update({
      collection: 'articles',
      id: doc.id,
      data: { title: '新生报到人数突破七千', body: body('三千余名新生清晨相约图书馆广场。', '今年报到新生七千余人。'), correctionNotice: '原标题中的报到人数有误，已更正为七千余人。' } as never,
      draft: true,
      user: world.users.editor,
      overrideAccess: false,
    })
    expect((await live(doc.id)).title).toBe('新生报到人数突破八千')
    const submittedBefore = platform.calls.submit

    await act(world, 'editor', doc.id, 'submit')
    await act(world, 'r1', doc.id, 'approve', { opinion: '同意更正' })
    await act(world, 'r2', doc.id, 'approve', { opinion: '同意更正' })
    await act(world, 'r3', doc.id, 'approve', { opinion: '同意更正发布', acknowledgeWarnings: true })
    await run()
    await settleSubmitted(doc.id)

    const all = await publicationsOf(doc.id)
    const [oldSite, oldWechat, newSite, newWechat] = [
      all.find((p) => p.channel === 'website' && p.id === first[0].id)!,
      all.find((p) => p.channel === 'wechat' && p.id === first[1].id)!,
      all.find((p) => p.channel === 'website' && p.id !== first[0].id)!,
      all.find((p) => p.channel === 'wechat' && p.id !== first[1].id)!,
    ]
    expect([newSite.state, newSite.corrects, newSite.url, newSite.externalId]).toEqual(['delivered', oldSite.id, oldSite.url, oldSite.externalId])
    expect([oldSite.state, oldSite.supersededBy]).toEqual(['superseded', newSite.id])
    // The test channel cannot update: the correction went out as a new submission, the earlier one is superseded.
    expect(newWechat.lastError?.message ?? null).toBe(null)
    expect([newWechat.state, newWechat.corrects, platform.calls.submit - submittedBefore]).toEqual(['delivered', oldWechat.id, 1])
    expect(newWechat.externalId).not.toBe(oldWechat.externalId)
    expect([oldWechat.state, oldWechat.supersededBy]).toEqual(['superseded', newWechat.id])

    // The site shows the new version with the notice.
    const current = await live(doc.id)
    expect([current.title, current.workflowState]).toEqual(['新生报到人数突破七千', 'published'])
    const html = renderToStaticMarkup(React.createElement(ArticleView, { page: renderArticlePage(current as never) }))
    expect(html).toContain('<aside class="correction-notice" role="note"><strong>更正说明：</strong>原标题中的报到人数有误，已更正为七千余人。</aside>')
    expect(html).toContain('<h1>新生报到人数突破七千</h1>')

    // 撤稿 after a correction: the new deliveries, and the earlier WeChat one the channel could not replace.
    await act(world, 'r3', doc.id, 'withdraw', { opinion: '撤稿核实' })
    await run()
    const after = await publicationsOf(doc.id)
    expect(Object.fromEntries(after.map((p) => [p.id, p.state]))).toEqual({
      [oldSite.id]: 'superseded',
      [oldWechat.id]: 'withdrawn',
      [newSite.id]: 'withdrawn',
      [newWechat.id]: 'withdrawn',
    })
    expect(platform.withdrawn.map((w) => w.publishId).sort()).toEqual([oldWechat.externalId, newWechat.externalId].sort())
  })
})
