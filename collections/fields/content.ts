import type { Field } from 'payload'

import { reviewFields } from './review'
import { unitField } from './unit'

export const CREDIT_ROLES = [
  { value: 'text', label: { zh: '文', en: 'Text' } },
  { value: 'photo', label: { zh: '图', en: 'Photo' } },
  { value: 'video', label: { zh: '视频', en: 'Video' } },
  { value: 'editor', label: { zh: '编辑', en: 'Editor' } },
  { value: 'proof', label: { zh: '校对', en: 'Proofreader' } },
] as const

/** 文/图/视频/编辑 credits: a user of the system or a free-text name (students, guests). */
export const creditsField: Field = {
  name: 'credits',
  type: 'array',
  label: { zh: '署名', en: 'Credits' },
  labels: { singular: { zh: '署名', en: 'Credit' }, plural: { zh: '署名', en: 'Credits' } },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'role', type: 'select', required: true, options: [...CREDIT_ROLES], label: { zh: '类别', en: 'Role' } },
        { name: 'user', type: 'relationship', relationTo: 'users', label: { zh: '系统用户', en: 'User' } },
        { name: 'name', type: 'text', label: { zh: '姓名（非系统用户）', en: 'Name (free text)' } },
      ],
    },
  ],
  validate: (rows: unknown) => {
    for (const [i, row] of ((rows as { user?: unknown; name?: string }[] | null) ?? []).entries()) {
      if (!row.user && !row.name?.trim()) return `第 ${i + 1} 条署名需要选择用户或填写姓名`
    }
    return true
  },
}

/**
 * Fields every content item (article, video) shares, with the review workflow's own fields; the
 * per-channel overrides arrive with each channel (#5–#8).
 */
export const commonContentFields = (titleLabel = { zh: '标题', en: 'Title' }): Field[] => [
  { name: 'kicker', type: 'text', label: { zh: '眉题', en: 'Kicker' } },
  { name: 'title', type: 'text', required: true, label: titleLabel, maxLength: 200 },
  { name: 'subtitle', type: 'text', label: { zh: '副题', en: 'Subtitle' } },
  { name: 'summary', type: 'textarea', label: { zh: '摘要', en: 'Summary' }, maxLength: 500 },
  unitField(),
  {
    name: 'column',
    type: 'relationship',
    relationTo: 'columns',
    label: { zh: '栏目', en: 'Column' },
    admin: { position: 'sidebar' },
  },
  {
    name: 'cover',
    type: 'upload',
    relationTo: 'media',
    label: { zh: '封面', en: 'Cover' },
    filterOptions: { mimeType: { contains: 'image' } },
  },
  creditsField,
  {
    name: 'tags',
    type: 'text',
    hasMany: true,
    label: { zh: '标签', en: 'Tags' },
    admin: { position: 'sidebar' },
  },
  { name: 'source', type: 'text', label: { zh: '来源', en: 'Source' }, admin: { position: 'sidebar' } },
  {
    name: 'targets',
    type: 'relationship',
    relationTo: 'channel-accounts',
    hasMany: true,
    label: { zh: '发布渠道账号', en: 'Target channel accounts' },
    admin: { position: 'sidebar' },
  },
  {
    name: 'scheduledAt',
    type: 'date',
    label: { zh: '定时发布时间', en: 'Scheduled publish time' },
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    // 禁发至: no channel receives the item before this time, whatever 定时发布 says (see CONTEXT.md).
    name: 'embargoUntil',
    type: 'date',
    label: { zh: '禁发至', en: 'Embargo until' },
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayAndTime' },
      description: { zh: '在此时间（北京时间）之前任何渠道都不投递', en: 'No channel receives it before this time (Beijing time)' },
    },
  },
  {
    name: 'correctionNotice',
    type: 'textarea',
    label: { zh: '更正说明', en: 'Correction notice' },
    admin: { description: { zh: '更正已发布的稿件时填写，显示在网站正文之前', en: 'Shown on the site above a corrected item' } },
  },
  ...reviewFields,
]
