import { APIError, type CollectionConfig } from 'payload'

import { unitOwnedBy } from '../../../access/unitOwned'
import { unitField } from '../../../collections/fields/unit'
import { MAX_BUNDLE_ARTICLES } from '../render/limits'
import { bundleEndpoints } from './endpoints'
import { BUNDLE_STATES, bundleStateLabel, EDITABLE_BUNDLE_STATES } from './states'

const relationId = (value: unknown) => (value && typeof value === 'object' ? (value as { id?: unknown }).id : value)

/**
 * 微信组稿: up to 8 approved items sent to one 公众号 as ONE multi-article post (头条 + 次条), in the order of
 * `items`. Staff edit the list; the system writes the rest (state, progress, links) through 发表组稿
 * (endpoints.ts) and the bundle jobs (deliver.ts). Once sent, the list is frozen.
 */
export const WechatBundles: CollectionConfig = {
  slug: 'wechat-bundles',
  labels: { singular: { zh: '微信组稿', en: 'WeChat bundle' }, plural: { zh: '微信组稿', en: 'WeChat bundles' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'account', 'state', 'updatedAt'],
    group: { zh: '渠道', en: 'Channels' },
    description: { zh: '把最多 8 篇已通过审核的稿件组成一次群发（第 1 篇为头条，其余为次条）', en: 'Up to 8 approved items as one post' },
  },
  access: {
    read: unitOwnedBy('editor', 'reviewer', 'operator'),
    create: unitOwnedBy('editor', 'operator'),
    update: unitOwnedBy('editor', 'operator'),
    delete: unitOwnedBy('editor', 'operator'),
  },
  endpoints: bundleEndpoints,
  hooks: {
    beforeChange: [
      async ({ data, originalDoc, req, operation }) => {
        // The bundle belongs to its account's unit (access and 发表组稿 rights follow it).
        const accountId = relationId(data.account ?? originalDoc?.account)
        if (accountId != null) {
          const account = await req.payload.findByID({ collection: 'channel-accounts', id: accountId as number, depth: 0, overrideAccess: true, req, disableErrors: true })
          if (account) data.unit = relationId((account as { unit?: unknown }).unit) ?? null
        }
        // Only the system (overrideAccess context) moves a sent bundle; people may not change what was sent.
        if (operation === 'update' && originalDoc && !EDITABLE_BUNDLE_STATES.has(originalDoc.state) && !req.context?.bundleSystem) {
          throw new APIError(`组稿当前状态为“${bundleStateLabel(originalDoc.state)}”，已发出的组稿不能再修改`, 409, null, true)
        }
        return data
      },
    ],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { zh: '组稿名称', en: 'Title' }, admin: { description: { zh: '仅供内部识别，如：11 月 30 日推送', en: 'Internal name' } } },
    {
      name: 'account',
      type: 'relationship',
      relationTo: 'channel-accounts',
      required: true,
      label: { zh: '公众号', en: 'Account' },
      filterOptions: { kind: { equals: 'wechat' } },
    },
    {
      name: 'items',
      type: 'array',
      label: { zh: '稿件（按顺序：第 1 篇为头条）', en: 'Items (first is the lead)' },
      labels: { singular: { zh: '篇', en: 'Item' }, plural: { zh: '篇', en: 'Items' } },
      admin: { description: { zh: '拖动调整顺序；只能选择已通过审核、且投递目标含该公众号的稿件', en: 'Drag to reorder' } },
      validate: (value: unknown) => {
        const count = Array.isArray(value) ? value.length : Number(value ?? 0)
        if (count > MAX_BUNDLE_ARTICLES) return `稿件：一次群发最多 ${MAX_BUNDLE_ARTICLES} 篇（头条 + 7 篇次条），当前 ${count} 篇`
        return true
      },
      fields: [
        {
          name: 'item',
          type: 'relationship',
          relationTo: ['articles', 'videos'],
          required: true,
          label: { zh: '稿件', en: 'Item' },
          // No filterOptions on workflowState: an approved item's state lives in its latest (draft) version, which
          // the relationship check does not read. 发表组稿 checks each item's state and targets (publish.ts).
        },
        { name: 'url', type: 'text', label: { zh: '文章链接', en: 'Article link' }, admin: { readOnly: true } },
        { name: 'withdrawnAt', type: 'date', label: { zh: '撤回时间', en: 'Withdrawn at' }, admin: { readOnly: true } },
        { name: 'withdrawReason', type: 'text', label: { zh: '撤回原因', en: 'Withdraw reason' }, admin: { readOnly: true } },
      ],
    },
    {
      name: 'bundlePanel',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/admin/wechat/BundlePanel#BundlePanel' } },
    },
    unitField(),
    { name: 'state', type: 'select', options: BUNDLE_STATES.map(({ value, label }) => ({ value, label })), required: true, defaultValue: 'draft', index: true, label: { zh: '状态', en: 'State' }, admin: { readOnly: true, position: 'sidebar' } },
    // Set while the post waits for its items' 定时发布/禁发至 (hold.ts); cleared when delivery starts.
    { name: 'scheduledFor', type: 'date', label: { zh: '计划发表时间', en: 'Scheduled for' }, admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'attempts', type: 'number', defaultValue: 0, label: { zh: '尝试次数', en: 'Attempts' }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'lastError', type: 'textarea', label: { zh: '最近错误', en: 'Last error' }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'externalId', type: 'text', label: { zh: '微信发布编号', en: 'publish_id' }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'articleId', type: 'text', label: { zh: '微信文章编号', en: 'article_id' }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'submittedAt', type: 'date', label: { zh: '提交时间', en: 'Submitted at' }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'deliveredAt', type: 'date', label: { zh: '发表时间', en: 'Published at' }, admin: { readOnly: true, position: 'sidebar' } },
    // Rendered at 发表组稿 (a retry sends the same bytes) and the delivery steps done so far (deliver.ts).
    { name: 'artifact', type: 'json', admin: { hidden: true } },
    { name: 'progress', type: 'json', admin: { hidden: true } },
    { name: 'statusChecks', type: 'number', defaultValue: 0, admin: { hidden: true } },
    // Each 发表组稿 is a new round: the workers' claims are per round.
    { name: 'round', type: 'number', defaultValue: 0, admin: { hidden: true } },
  ],
}
