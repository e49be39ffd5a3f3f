import type { Endpoint } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ChannelPanelRow } from '../../../publishers/core/panelRows'
import { refusal, requestAs } from '../../workflow/reviewWorld'
import { loadBundle } from '../../../publishers/wechat/bundles/load'
import { publishBundle } from '../../../publishers/wechat/bundles/publish'
import { approvedFor, localReq, publishedBundle, wechatTestWorld } from './wechatWorld'

/**
 * What the item's 渠道投递 panel reads about 微信组稿 (GET /api/publications/panel-rows, the rows the WeChat plugin
 * registers): a row per bundle the item is in, with 公众号, 组稿, 头条/第 n 篇次条, the state in Chinese and the
 * article link once published — read with the signed-in user's access (another unit sees none).
 */
let t: Awaited<ReturnType<typeof wechatTestWorld>>

beforeAll(async () => {
  t = await wechatTestWorld('wechat-bundle-panel')
})

afterAll(async () => {
  await t?.close()
})

const endpoint = () => (t.payload.collections.publications.config.endpoints || []).find((e) => e.method === 'get' && e.path === '/panel-rows') as Endpoint
async function panelRows(who: string | null, params: Record<string, string>) {
  const req = await requestAs(t.world, who, {})
  Object.assign(req, { searchParams: new URLSearchParams(params) })
  const res = await endpoint().handler(req)
  return { status: res.status, body: (await res.json()) as { rows: ChannelPanelRow[] } }
}
const rowsOf = async (id: number | string, who = 'editor') => (await panelRows(who, { collection: 'articles', id: String(id) })).body.rows

describe('渠道投递 panel: the 微信组稿 an item went out in', () => {
  it('shows each bundle of the item with its position, state and link; another unit sees none', async () => {
    const bundle = await publishedBundle(t.world, t.account, t.cover, '面板组稿', ['面板组稿头条', '面板组稿次条甲', '面板组稿次条乙'])
    const third = (await bundle.load()).items![2].item.value as number
    const queued = await rowsOf(third)
    expect(queued).toEqual([
      {
        key: `wechat-bundles:${bundle.id}`,
        kind: '微信组稿',
        state: 'queued',
        stateLabel: '排队中',
        tone: 'light-gray',
        facts: [
          { label: '公众号', value: '测试公众号' },
          { label: '组稿', value: '面板组稿' },
          { label: '位置', value: '第 3 篇次条' },
        ],
        url: null,
        adminPath: `/collections/wechat-bundles/${bundle.id}`,
        note: null,
      },
    ])

    await t.runQueue(0)
    t.sandbox.finishPending()
    for (let i = 0; i < 5 && (await bundle.load()).state !== 'delivered'; i++) await t.runQueue(5_000)
    const delivered = await bundle.load()
    expect(delivered.state).toBe('delivered')
    const [row] = await rowsOf(third)
    expect([row.state, row.stateLabel, row.tone, row.url]).toEqual(['delivered', '已发表', 'success', delivered.items![2].url])
    expect(row.url).toMatch(/^https?:\/\//)
    const lead = (await rowsOf(delivered.items![0].item.value as number))[0]
    expect(lead.facts.find((fact) => fact.label === '位置')?.value).toBe('头条')

    // Unit-owned: an editor of another unit may not read the bundle, so the panel shows nothing of it.
    expect(await rowsOf(third, 'editorB')).toEqual([])
    expect(await refusal(panelRows(null, { collection: 'articles', id: String(third) }))).toEqual({ status: 401, message: '请先登录' })
    expect(await refusal(panelRows('editor', { collection: 'users', id: String(third) }))).toEqual({ status: 400, message: 'collection：只能是 articles 或 videos' })
  })

  it('an item in two bundles has two rows; a held bundle shows its 计划发表时间; a taken-down article 已撤回', async () => {
    const doc = await approvedFor(t.world, '两次组稿的稿件', [t.account], t.cover)
    const first = await t.payload.create({ collection: 'wechat-bundles', data: { title: '第一次组稿', account: t.account, items: [{ item: { relationTo: 'articles', value: doc.id } }] } as never, overrideAccess: true })
    const until = new Date(Math.max(Date.now(), t.runQueue.clock()) + 3_600_000)
    await t.payload.update({ collection: 'articles', id: doc.id, data: { embargoUntil: until.toISOString() } as never, draft: true, overrideAccess: true })
    const held = await t.payload.create({ collection: 'wechat-bundles', data: { title: '第二次组稿', account: t.account, items: [{ item: { relationTo: 'articles', value: doc.id } }] } as never, overrideAccess: true })
    await publishBundle(await localReq(t.payload), (await loadBundle(await localReq(t.payload), held.id))!)
    const rows = await rowsOf(doc.id)
    expect(rows.map((row) => [row.key, row.stateLabel])).toEqual([
      [`wechat-bundles:${held.id}`, '排队中'],
      [`wechat-bundles:${first.id}`, '编辑中'],
    ])
    expect(rows[0].note).toMatch(/^计划发表时间 \d{4}-\d\d-\d\d \d\d:\d\d（北京时间）$/)

    // The first test's bundle: its 2nd article taken down.
    const bundles = await t.payload.find({ collection: 'wechat-bundles', where: { title: { equals: '面板组稿' } }, depth: 0, overrideAccess: true })
    const bundleId = bundles.docs[0].id
    const second = (bundles.docs[0] as { items: { item: { value: number } }[] }).items[1].item.value
    const withdraw = (t.payload.collections['wechat-bundles'].config.endpoints || []).find((e) => e.path === '/:id/withdraw-article') as Endpoint
    await withdraw.handler(await requestAs(t.world, 'editor', { id: String(bundleId) }, { index: 2, reason: '信息有误' }))
    await t.runQueue(0)
    const [row] = await rowsOf(second)
    expect([row.state, row.stateLabel, row.tone, row.url, row.note]).toEqual(['withdrawn', '已撤回', 'dark', null, '撤回原因：信息有误'])
  })
})
