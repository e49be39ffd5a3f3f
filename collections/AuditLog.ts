import type { CollectionConfig } from 'payload'

import { nobody } from '../access/authenticated'
import { unitOwnedBy } from '../access/unitOwned'
import { refuseDelete, refuseUpdate } from '../hooks/appendOnly'
import { unitField } from './fields/unit'

/**
 * Append-only record of what happened. Only the system writes it (Local API without a user);
 * no API can change or remove an entry (see hooks/appendOnly).
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: { zh: '审计日志', en: 'Audit entry' }, plural: { zh: '审计日志', en: 'Audit log' } },
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'action', 'actor', 'collectionSlug', 'docId', 'fromState', 'toState'],
    group: { zh: '审核', en: 'Review' },
  },
  access: { read: unitOwnedBy('reviewer'), create: nobody, update: nobody, delete: nobody },
  hooks: { beforeChange: [refuseUpdate], beforeDelete: [refuseDelete] },
  fields: [
    { name: 'action', type: 'text', required: true, index: true, label: { zh: '操作', en: 'Action' } },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: { zh: '操作人', en: 'Actor' } },
    { name: 'collectionSlug', type: 'text', required: true, label: { zh: '对象类型', en: 'Collection' } },
    { name: 'docId', type: 'text', required: true, index: true, label: { zh: '对象编号', en: 'Document id' } },
    unitField(),
    { name: 'fromState', type: 'text', label: { zh: '原状态', en: 'From' } },
    { name: 'toState', type: 'text', label: { zh: '新状态', en: 'To' } },
    { name: 'versionHash', type: 'text', label: { zh: '版本哈希', en: 'Version hash' } },
    {
      // `<collection>:<id>:<seq>`: two reviewers acting on the same step of an item claim the same key,
      // and the unique index lets exactly one of them commit.
      name: 'transitionKey',
      type: 'text',
      unique: true,
      label: { zh: '流转键', en: 'Transition key' },
      admin: { hidden: true },
    },
    { name: 'note', type: 'textarea', label: { zh: '意见/说明', en: 'Note' } },
    { name: 'data', type: 'json', label: { zh: '附加数据', en: 'Details' } },
  ],
}
