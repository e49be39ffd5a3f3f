import type { ChannelPanelRow, ChannelPanelSource } from '../../core/panelRows'
import { beijingLabel } from './hold'
import { idOf, type BundleDoc } from './load'
import { bundleStateLabel } from './states'

const TONE: Record<string, ChannelPanelRow['tone']> = { draft: 'light-gray', queued: 'light-gray', retrying: 'warning', submitted: 'warning', delivered: 'success', failed: 'error' }

/** 头条 for the first article of a post, 第 n 篇次条 for the others (n counts from the 头条). */
export const bundlePosition = (index: number) => (index === 0 ? '头条' : `第 ${index + 1} 篇次条`)

const nameOf = (ref: unknown) => (ref && typeof ref === 'object' ? String((ref as { name?: string }).name ?? (ref as { id: unknown }).id) : ref != null ? String(ref) : '—')

/** The item's row of one bundle: 公众号, 组稿, its position, the state (已撤回 once its article was taken down), the link. */
function rowOf(bundle: BundleDoc, index: number): ChannelPanelRow {
  const row = bundle.items![index]
  const withdrawn = Boolean(row.withdrawnAt)
  const state = withdrawn ? 'withdrawn' : bundle.state
  const waiting = bundle.state === 'queued' && bundle.scheduledFor ? `计划发表时间 ${beijingLabel(bundle.scheduledFor)}` : null
  return {
    key: `wechat-bundles:${bundle.id}`,
    kind: '微信组稿',
    state,
    stateLabel: withdrawn ? '已撤回' : bundleStateLabel(bundle.state),
    tone: withdrawn ? 'dark' : (TONE[bundle.state] ?? 'light-gray'),
    facts: [
      { label: '公众号', value: nameOf(bundle.account) },
      { label: '组稿', value: String(bundle.title ?? '') },
      { label: '位置', value: bundlePosition(index) },
    ],
    url: bundle.state === 'delivered' && !withdrawn ? (row.url ?? null) : null,
    adminPath: `/collections/wechat-bundles/${bundle.id}`,
    note: withdrawn ? (row.withdrawReason ? `撤回原因：${row.withdrawReason}` : null) : bundle.state === 'failed' || bundle.state === 'retrying' ? (bundle.lastError ?? null) : waiting,
  }
}

/** The 微信组稿 an item is in, newest first, as the signed-in user may read them (unit-owned, collection.ts). */
export const bundlePanelSource: ChannelPanelSource = {
  name: 'wechatBundles',
  async rows(req, item) {
    const { docs } = await req.payload.find({
      collection: 'wechat-bundles',
      where: { 'items.item.value': { equals: item.id } },
      sort: '-updatedAt',
      depth: 0,
      limit: 50,
      overrideAccess: false,
      user: req.user,
      req,
    })
    const rows: ChannelPanelRow[] = []
    for (const bundle of docs as BundleDoc[]) {
      // Articles and videos number their ids separately: the collection must match too.
      const index = (bundle.items ?? []).findIndex((row) => row.item.relationTo === item.collection && String(idOf(row.item.value)) === item.id)
      if (index < 0) continue
      const account = await req.payload.findByID({ collection: 'channel-accounts', id: idOf(bundle.account), depth: 0, select: { name: true }, overrideAccess: false, user: req.user, req, disableErrors: true })
      rows.push(rowOf({ ...bundle, account: account ?? bundle.account }, index))
    }
    return rows
  },
}
