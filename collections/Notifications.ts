import type { Access, CollectionConfig, FieldAccess } from 'payload'

import { nobody } from '../access/authenticated'
import { isAdminUser } from '../access/roles'

export const NOTIFICATION_KINDS = [
  { value: 'review-requested', label: { zh: '待审核', en: 'Review requested' } },
  { value: 'returned', label: { zh: '被退回', en: 'Returned' } },
  { value: 'approved', label: { zh: '已通过', en: 'Approved' } },
  { value: 'withdrawn', label: { zh: '已撤稿', en: 'Withdrawn' } },
] as const

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]['value']

/** Admins see every notice; everyone else only their own. */
const ownOrAdmin: Access = ({ req }) => {
  if (isAdminUser(req.user as never)) return true
  if (!req.user) return false
  return { recipient: { equals: req.user.id } }
}

/** A recipient may mark their notice read; nothing else about it changes once written. */
const ownOnly: Access = ({ req }) => (req.user ? { recipient: { equals: req.user.id } } : false)

/** Fields only the system writes (Local API with overrideAccess, inside the transition's transaction). */
const systemOnly: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }

/**
 * In-app notices of the review workflow (hooks/workflow/notify): a reviewer is told an item waits at their
 * stage, an author that it was returned (with the opinion), approved or withdrawn. Nobody creates or deletes
 * them over the API; a recipient can only mark theirs read.
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: { singular: { zh: '通知', en: 'Notification' }, plural: { zh: '通知', en: 'Notifications' } },
  admin: {
    useAsTitle: 'message',
    defaultColumns: ['createdAt', 'kind', 'message', 'read', 'recipient'],
    group: { zh: '审核', en: 'Review' },
  },
  defaultSort: '-createdAt',
  access: { read: ownOrAdmin, update: ownOnly, create: nobody, delete: nobody },
  fields: [
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: { zh: '接收人', en: 'Recipient' },
      access: systemOnly,
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [...NOTIFICATION_KINDS],
      label: { zh: '类型', en: 'Kind' },
      access: systemOnly,
    },
    { name: 'message', type: 'textarea', required: true, label: { zh: '内容', en: 'Message' }, access: systemOnly },
    {
      name: 'item',
      type: 'group',
      label: { zh: '相关稿件', en: 'Item' },
      access: systemOnly,
      fields: [
        { name: 'collectionSlug', type: 'text', required: true, label: { zh: '稿件类型', en: 'Collection' } },
        { name: 'docId', type: 'text', required: true, index: true, label: { zh: '稿件编号', en: 'Document id' } },
        { name: 'title', type: 'text', label: { zh: '稿件标题', en: 'Title' } },
      ],
    },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: { zh: '操作人', en: 'By' }, access: systemOnly },
    { name: 'read', type: 'checkbox', defaultValue: false, index: true, label: { zh: '已读', en: 'Read' } },
  ],
}
