import type { CollectionConfig } from 'payload'

import { authenticated } from '../access/authenticated'
import { isAdmin } from '../access/isAdmin'

export const SensitiveWords: CollectionConfig = {
  slug: 'sensitive-words',
  labels: { singular: { zh: '敏感词', en: 'Sensitive word' }, plural: { zh: '敏感词', en: 'Sensitive words' } },
  admin: { useAsTitle: 'word', defaultColumns: ['word', 'level', 'category'], group: { zh: '审核', en: 'Review' } },
  access: { read: authenticated, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'word', type: 'text', required: true, unique: true, label: { zh: '词语', en: 'Word' } },
    {
      name: 'level',
      type: 'select',
      required: true,
      defaultValue: 'warn',
      options: [
        { value: 'block', label: { zh: '禁止（阻止提交）', en: 'Block' } },
        { value: 'warn', label: { zh: '提示（审核确认）', en: 'Warn' } },
      ],
      label: { zh: '级别', en: 'Level' },
    },
    { name: 'category', type: 'text', label: { zh: '类别', en: 'Category' } },
    { name: 'note', type: 'textarea', label: { zh: '备注', en: 'Note' } },
  ],
}
