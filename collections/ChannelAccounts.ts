import type { CollectionConfig, Field } from 'payload'

import { authenticated } from '../access/authenticated'
import { isAdmin, isAdminField } from '../access/isAdmin'
import { unitOwnedBy } from '../access/unitOwned'
import { decryptOnRead, encryptOnWrite } from '../hooks/encryptedField'
import { CHANNEL_KINDS } from '../publishers/channelKinds'
import { weiboTokenEndpoint } from '../publishers/weibo/tokenEndpoint'
import { unitField } from './fields/unit'
import { weiboTokenField } from './fields/weiboToken'

export const FILING_STATUSES = [
  { value: 'pending', label: { zh: '待备案', en: 'Filing pending' } },
  { value: 'filed', label: { zh: '已备案', en: 'Filed' } },
  { value: 'suspended', label: { zh: '已暂停', en: 'Suspended' } },
  { value: 'cancelled', label: { zh: '已注销', en: 'Cancelled' } },
]

const secret = (name: string, label: { zh: string; en: string }): Field => ({
  name,
  type: 'text',
  label,
  hooks: { beforeChange: [encryptOnWrite], afterRead: [decryptOnRead] },
})

export const ChannelAccounts: CollectionConfig = {
  slug: 'channel-accounts',
  labels: { singular: { zh: '媒体账号', en: 'Channel account' }, plural: { zh: '媒体账号登记备案', en: 'Channel accounts' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'unit', 'status', 'nextReviewDate'],
    group: { zh: '渠道', en: 'Channels' },
  },
  access: { read: authenticated, create: isAdmin, update: unitOwnedBy('operator'), delete: isAdmin },
  endpoints: [weiboTokenEndpoint],
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '账号名称', en: 'Name' } },
    { name: 'kind', type: 'select', required: true, options: CHANNEL_KINDS, label: { zh: '类型', en: 'Kind' } },
    {
      name: 'tier',
      type: 'select',
      defaultValue: 'unit',
      options: [
        { value: 'university', label: { zh: '校级账号', en: 'University-level' } },
        { value: 'unit', label: { zh: '二级单位账号', en: 'Unit-level' } },
      ],
      label: { zh: '账号级别', en: 'Tier' },
      access: { update: isAdminField },
      admin: { description: { zh: '校级账号的稿件由宣传部终审', en: 'University-level accounts need the university’s final review' } },
    },
    { ...unitField({ zh: '主办单位', en: 'Owner unit' }), required: true, access: { update: isAdminField } },
    {
      type: 'row',
      fields: [
        { name: 'responsiblePerson', type: 'text', required: true, label: { zh: '负责人', en: 'Responsible person' } },
        {
          name: 'responsiblePhone',
          type: 'text',
          required: true,
          label: { zh: '负责人电话', en: 'Phone' },
          validate: (value: unknown) =>
            /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/.test(String(value ?? '')) ? true : '请输入有效的手机号或座机号（如 0551-12345678）',
        },
      ],
    },
    {
      name: 'administrators',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: { zh: '管理员', en: 'Administrators' },
    },
    {
      type: 'row',
      fields: [
        { name: 'filingNumber', type: 'text', label: { zh: '备案号', en: 'Filing number' }, access: { update: isAdminField } },
        { name: 'filingDate', type: 'date', label: { zh: '备案日期', en: 'Filing date' }, access: { update: isAdminField } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      options: FILING_STATUSES,
      label: { zh: '备案状态', en: 'Filing status' },
      access: { update: isAdminField },
      admin: { position: 'sidebar' },
    },
    { name: 'nextReviewDate', type: 'date', label: { zh: '下次年审日期', en: 'Next annual review' }, admin: { position: 'sidebar' } },
    weiboTokenField,
    {
      name: 'settings',
      type: 'json',
      label: { zh: '渠道设置', en: 'Channel settings' },
      admin: { description: { zh: '各渠道自己的设置（主题、安全域名、栏目模板等）', en: 'Per-channel settings' } },
    },
    {
      name: 'credentials',
      type: 'group',
      label: { zh: '接口凭据（仅管理员可见，加密存储）', en: 'Credentials (admins only, encrypted)' },
      access: { read: isAdminField, create: isAdminField, update: isAdminField },
      fields: [
        secret('appId', { zh: 'AppID', en: 'AppID' }),
        secret('appSecret', { zh: 'AppSecret', en: 'AppSecret' }),
        secret('token', { zh: '消息校验 Token', en: 'Token' }),
        secret('encodingAESKey', { zh: 'EncodingAESKey', en: 'EncodingAESKey' }),
        secret('accessToken', { zh: '微博 Access Token', en: 'Weibo access token' }),
        { name: 'apiBaseUrl', type: 'text', label: { zh: '接口地址（留空为官方地址）', en: 'API base URL' } },
      ],
    },
  ],
}
