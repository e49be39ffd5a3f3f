import type { CollectionConfig } from 'payload'

import { anyone } from '../access/authenticated'
import { isAdmin } from '../access/isAdmin'
import { unitField } from './fields/unit'
import { columnWechatField } from './fields/wechat'

export const Columns: CollectionConfig = {
  slug: 'columns',
  labels: { singular: { zh: '栏目', en: 'Column' }, plural: { zh: '栏目', en: 'Columns' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'unit'], group: { zh: '内容', en: 'Content' } },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: { zh: '栏目名称', en: 'Name' } },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { zh: '网址别名', en: 'Slug' },
      validate: (value: unknown) =>
        typeof value === 'string' && /^[a-z0-9-]{2,64}$/.test(value) ? true : '网址别名只能包含小写字母、数字和连字符',
    },
    { ...unitField({ zh: '主办单位', en: 'Owner unit' }), required: true },
    { name: 'description', type: 'textarea', label: { zh: '简介', en: 'Description' } },
    {
      name: 'defaultAccounts',
      type: 'relationship',
      relationTo: 'channel-accounts',
      hasMany: true,
      label: { zh: '默认发布账号', en: 'Default channel accounts' },
    },
    columnWechatField,
  ],
}
