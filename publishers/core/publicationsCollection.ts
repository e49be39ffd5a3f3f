import type { CollectionConfig } from 'payload'

import { nobody } from '../../access/authenticated'
import { unitOwnedBy } from '../../access/unitOwned'
import { unitField } from '../../collections/fields/unit'
import { CHANNEL_KINDS } from '../channelKinds'
import { PUBLICATION_STATES } from './contract'

/**
 * The outbox: one row per (item, approved version, channel account). Written only by the system (the
 * approval, the delivery job, takedown); staff read the rows of their units.
 */
export const Publications: CollectionConfig = {
  slug: 'publications',
  labels: { singular: { zh: '发布记录', en: 'Publication' }, plural: { zh: '发布记录', en: 'Publications' } },
  admin: {
    useAsTitle: 'itemTitle',
    defaultColumns: ['itemTitle', 'channel', 'account', 'state', 'attempts', 'updatedAt'],
    group: { zh: '渠道', en: 'Channels' },
  },
  access: { read: unitOwnedBy('editor', 'reviewer', 'operator'), create: nobody, update: nobody, delete: nobody },
  fields: [
    // `<collection>:<id>:<versionHash>:<account>`: the same version never goes to the same account twice.
    { name: 'key', type: 'text', required: true, unique: true, label: { zh: '幂等键', en: 'Idempotency key' } },
    { name: 'item', type: 'relationship', relationTo: ['articles', 'videos'], required: true, label: { zh: '稿件', en: 'Item' } },
    { name: 'itemTitle', type: 'text', label: { zh: '稿件标题', en: 'Item title' } },
    { name: 'versionHash', type: 'text', required: true, index: true, label: { zh: '通过版本哈希', en: 'Approved hash' } },
    { name: 'account', type: 'relationship', relationTo: 'channel-accounts', required: true, label: { zh: '账号', en: 'Account' } },
    { name: 'channel', type: 'select', options: CHANNEL_KINDS, required: true, index: true, label: { zh: '渠道', en: 'Channel' } },
    unitField(),
    { name: 'state', type: 'select', options: PUBLICATION_STATES.map(({ value, label }) => ({ value, label })), required: true, defaultValue: 'queued', index: true, label: { zh: '状态', en: 'State' } },
    // Attempts of the current round: 重新投递 starts a new round (`resends`) with a fresh set of retries.
    { name: 'attempts', type: 'number', defaultValue: 0, label: { zh: '尝试次数', en: 'Attempts' } },
    { name: 'resends', type: 'number', defaultValue: 0, label: { zh: '重新投递次数', en: 'Resends' } },
    { name: 'scheduledFor', type: 'date', label: { zh: '计划发布时间', en: 'Scheduled for' } },
    { name: 'nextAttemptAt', type: 'date', label: { zh: '下次尝试', en: 'Next attempt' } },
    {
      name: 'lastError',
      type: 'group',
      label: { zh: '最近错误', en: 'Last error' },
      fields: [
        { name: 'code', type: 'text', label: { zh: '错误码', en: 'Code' } },
        { name: 'message', type: 'textarea', label: { zh: '说明', en: 'Message' } },
        { name: 'raw', type: 'json', label: { zh: '渠道原始返回', en: 'Raw answer' } },
      ],
    },
    { name: 'artifact', type: 'json', label: { zh: '渲染结果（重试时原样发送）', en: 'Rendered artifact' } },
    // What a multi-step channel has done so far (uploaded media, draft, submission id): a retry resumes here.
    { name: 'progress', type: 'json', label: { zh: '投递进度（断点）', en: 'Delivery progress' } },
    { name: 'submittedAt', type: 'date', label: { zh: '提交时间', en: 'Submitted at' } },
    { name: 'statusChecks', type: 'number', defaultValue: 0, label: { zh: '状态查询次数', en: 'Status checks' } },
    { name: 'externalId', type: 'text', label: { zh: '渠道内编号', en: 'External id' } },
    { name: 'url', type: 'text', label: { zh: '链接', en: 'URL' } },
    { name: 'deliveredAt', type: 'date', label: { zh: '送达时间', en: 'Delivered at' } },
    { name: 'withdrawnAt', type: 'date', label: { zh: '撤回时间', en: 'Withdrawn at' } },
    { name: 'withdrawReason', type: 'textarea', label: { zh: '撤稿原因', en: 'Withdraw reason' } },
    // 更正: the earlier publication this one replaces, and (on the earlier one) the correction that replaced it.
    { name: 'corrects', type: 'relationship', relationTo: 'publications', label: { zh: '更正的发布记录', en: 'Corrects' } },
    { name: 'supersededBy', type: 'relationship', relationTo: 'publications', label: { zh: '被更正版本替换', en: 'Superseded by' } },
  ],
}
