import type { CollectionConfig } from 'payload'

import { authenticated } from '../access/authenticated'
import { isAdmin } from '../access/isAdmin'

/** Admins' additions to the shipped list of common typos (workflow/checks/typoList). */
export const TypoCorrections: CollectionConfig = {
  slug: 'typo-corrections',
  labels: { singular: { zh: '错别字', en: 'Typo' }, plural: { zh: '错别字表', en: 'Typos' } },
  admin: { useAsTitle: 'wrong', defaultColumns: ['wrong', 'right', 'note'], group: { zh: '审核', en: 'Review' } },
  access: { read: authenticated, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'wrong', type: 'text', required: true, unique: true, label: { zh: '错误写法', en: 'Wrong' } },
    { name: 'right', type: 'text', required: true, label: { zh: '正确写法', en: 'Right' } },
    { name: 'note', type: 'text', label: { zh: '说明', en: 'Note' } },
  ],
}
