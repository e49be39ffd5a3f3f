import { APIError, type CollectionConfig } from 'payload'

import { anyone } from '../access/authenticated'
import { isAdmin } from '../access/isAdmin'
import { isWithin } from '../access/unitTree'

export const UNIT_KINDS = [
  { value: 'department', label: { zh: '职能部门', en: 'Department' } },
  { value: 'college', label: { zh: '学院', en: 'College' } },
  { value: 'studio', label: { zh: '工作室', en: 'Studio' } },
  { value: 'centre', label: { zh: '中心', en: 'Centre' } },
]

export const Units: CollectionConfig = {
  slug: 'units',
  labels: { singular: { zh: '单位', en: 'Unit' }, plural: { zh: '单位', en: 'Units' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'kind', 'parent'], group: { zh: '组织', en: 'Organisation' } },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: { zh: '名称', en: 'Name' } },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      label: { zh: '代码', en: 'Code' },
      validate: (value: unknown) =>
        typeof value === 'string' && /^[a-z0-9-]{2,32}$/.test(value) ? true : '代码只能包含小写字母、数字和连字符（2–32 位）',
    },
    { name: 'kind', type: 'select', required: true, options: UNIT_KINDS, label: { zh: '类型', en: 'Kind' } },
    { name: 'parent', type: 'relationship', relationTo: 'units', label: { zh: '上级单位', en: 'Parent unit' } },
    {
      name: 'reviewAuthority',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '校级终审单位（如宣传部）', en: 'University-level final review authority' },
      admin: { description: { zh: '发往校级账号的稿件，终审须由此类单位的终审人完成', en: 'Final review of items for university-level accounts' } },
    },
    {
      name: 'requiredProofRounds',
      type: 'number',
      min: 0,
      max: 3,
      defaultValue: 1,
      label: { zh: '终审前须完成的校对轮次（三校）', en: 'Proofreading rounds required before final review' },
    },
  ],
  hooks: {
    beforeChange: [
      async ({ data, originalDoc, req }) => {
        if (data.parent == null || originalDoc?.id == null) return data
        const { docs } = await req.payload.find({ collection: 'units', limit: 0, pagination: false, depth: 0, req })
        if (isWithin(docs, originalDoc.id, typeof data.parent === 'object' ? data.parent.id : data.parent)) {
          throw new APIError('上级单位不能是本单位或其下级单位。', 400, [{ path: 'parent', message: '上级单位不能是本单位或其下级单位' }], true)
        }
        return data
      },
    ],
  },
}
