import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { hasAnyRole, unitOwnedBy } from '../../access/unitOwned'
import { unitField } from '../../collections/fields/unit'
import { enforceUnitScope } from '../../hooks/enforceUnitScope'
import { newspaperEndpoints } from './endpoints'
import { ISSUE_STATES, PAGE_SIZES, PAGE_TEMPLATES } from './model'

/** "第12期（总第345期）": the issue's title everywhere in the admin. */
const titleIssue: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const number = data.number ?? originalDoc?.number
  const total = data.totalNumber ?? originalDoc?.totalNumber
  data.title = `第${number}期${total ? `（总第${total}期）` : ''}`
  return data
}

/**
 * 期次: one issue of the school newspaper — its pages (版面), masthead (报头), the story pool that deliveries
 * fill, the editor's print overrides per story, and the last layout. Unit-scoped like content: editors and
 * operators of the newspaper's unit plan it; reviewers of the unit read it.
 */
export const NewspaperIssues: CollectionConfig = {
  slug: 'newspaper-issues',
  labels: { singular: { zh: '校报期次', en: 'Newspaper issue' }, plural: { zh: '校报期次', en: 'Newspaper issues' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'date', 'pageSize', 'status', 'unit'],
    group: { zh: '渠道', en: 'Channels' },
  },
  access: {
    read: unitOwnedBy('editor', 'reviewer', 'operator'),
    create: hasAnyRole('editor', 'operator'),
    update: unitOwnedBy('editor', 'operator'),
    delete: unitOwnedBy('editor', 'operator'),
  },
  hooks: { beforeChange: [enforceUnitScope, titleIssue] },
  endpoints: newspaperEndpoints,
  fields: [
    {
      name: 'planner',
      type: 'ui',
      admin: { components: { Field: '/admin/newspaper/IssuePlanner#IssuePlanner' } },
    },
    { name: 'title', type: 'text', admin: { hidden: true }, label: { zh: '期次', en: 'Issue' } },
    {
      type: 'row',
      fields: [
        { name: 'number', type: 'number', required: true, min: 1, label: { zh: '期号（第N期）', en: 'Issue number' } },
        { name: 'totalNumber', type: 'number', min: 1, label: { zh: '总期号（总第N期）', en: 'Running number' } },
        { name: 'date', type: 'date', required: true, index: true, label: { zh: '出版日期', en: 'Date' }, admin: { date: { pickerAppearance: 'dayOnly' } } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'pageSize', type: 'select', required: true, defaultValue: 'tabloid', options: PAGE_SIZES.map(({ value, label }) => ({ value, label })), label: { zh: '开本', en: 'Page size' } },
        { name: 'columns', type: 'number', min: 4, max: 6, label: { zh: '基本栏数（4–6）', en: 'Columns (4–6)' }, admin: { description: { zh: '留空：四开 4 栏，对开 6 栏', en: 'Empty: 4 for tabloid, 6 for broadsheet' } } },
        { name: 'status', type: 'select', required: true, defaultValue: 'planning', index: true, options: ISSUE_STATES.map(({ value, label }) => ({ value, label })), label: { zh: '状态', en: 'Status' } },
      ],
    },
    {
      name: 'account',
      type: 'relationship',
      relationTo: 'channel-accounts',
      label: { zh: '校报账号', en: 'Newspaper account' },
      filterOptions: { kind: { equals: 'newspaper' } },
      admin: { position: 'sidebar' },
    },
    { ...unitField(), required: false },
    {
      name: 'masthead',
      type: 'group',
      label: { zh: '报头', en: 'Masthead' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, defaultValue: '校报', label: { zh: '报名', en: 'Name' } },
            { name: 'sponsor', type: 'text', label: { zh: '主办', en: 'Published by' } },
            { name: 'registration', type: 'text', label: { zh: '准印证号 / 刊号', en: 'Registration' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'editorInChief', type: 'text', label: { zh: '总编辑', en: 'Editor in chief' } },
            { name: 'contact', type: 'text', label: { zh: '地址 / 电话', en: 'Contact' } },
            { name: 'website', type: 'text', label: { zh: '网址', en: 'Website' } },
          ],
        },
      ],
    },
    {
      name: 'pages',
      type: 'array',
      label: { zh: '版面', en: 'Pages' },
      labels: { singular: { zh: '版面', en: 'Page' }, plural: { zh: '版面', en: 'Pages' } },
      minRows: 1,
      maxRows: 16,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'number', type: 'number', required: true, min: 1, label: { zh: '版次', en: 'Page' } },
            { name: 'name', type: 'text', required: true, label: { zh: '版名（要闻/校园/副刊…）', en: 'Name' } },
            { name: 'template', type: 'select', required: true, defaultValue: 'news', options: PAGE_TEMPLATES.map(({ value, label }) => ({ value, label })), label: { zh: '版式', en: 'Template' } },
            { name: 'editor', type: 'text', label: { zh: '责任编辑', en: 'Page editor' } },
          ],
        },
        { name: 'needsRelayout', type: 'checkbox', label: { zh: '需重排', en: 'Needs re-layout' }, admin: { readOnly: true } },
      ],
    },
    {
      name: 'stories',
      type: 'array',
      label: { zh: '稿件池', en: 'Story pool' },
      labels: { singular: { zh: '稿件', en: 'Story' }, plural: { zh: '稿件', en: 'Stories' } },
      admin: { description: { zh: '终审通过并投递到校报的稿件；印刷改动只影响本期，不改原稿', en: 'Delivered stories; print overrides affect this issue only' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'item', type: 'relationship', relationTo: 'articles', label: { zh: '原稿', en: 'Article' }, admin: { readOnly: true } },
            { name: 'priority', type: 'number', min: 1, max: 9, defaultValue: 5, label: { zh: '优先级（1–9，大者靠前）', en: 'Priority' } },
            { name: 'page', type: 'number', min: 1, label: { zh: '指定版次（空=自动）', en: 'Page (empty: automatic)' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'kicker', type: 'text', label: { zh: '眉题（印刷）', en: 'Kicker (print)' } },
            { name: 'headline', type: 'text', label: { zh: '主题（印刷）', en: 'Headline (print)' } },
            { name: 'deck', type: 'text', label: { zh: '副题（印刷）', en: 'Deck (print)' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'cutTo', type: 'number', min: 50, label: { zh: '删至（字）', en: 'Cut to (characters)' } },
            { name: 'photo', type: 'upload', relationTo: 'media', label: { zh: '配图（空=封面）', en: 'Photo (empty: cover)' }, filterOptions: { mimeType: { contains: 'image' } } },
            { name: 'noPhoto', type: 'checkbox', label: { zh: '不配图', en: 'No photo' } },
            { name: 'asBrief', type: 'checkbox', label: { zh: '作简讯', en: 'As a brief' } },
          ],
        },
        // What was delivered: the approved version in print form (a later edit of the article never changes it).
        { name: 'copy', type: 'json', label: { zh: '印刷稿（投递时的通过版本）', en: 'Delivered copy' }, admin: { readOnly: true } },
        { name: 'versionHash', type: 'text', label: { zh: '通过版本哈希', en: 'Approved hash' }, admin: { readOnly: true } },
      ],
    },
    { name: 'layout', type: 'json', label: { zh: '最近一次排版结果', en: 'Last layout' }, admin: { readOnly: true, hidden: true } },
    { name: 'layoutAt', type: 'date', label: { zh: '排版时间', en: 'Laid out at' }, admin: { readOnly: true, position: 'sidebar' } },
  ],
}
