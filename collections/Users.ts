import type { CollectionConfig, FieldAccess, Where } from 'payload'

import { isAdmin, isAdminField } from '../access/isAdmin'
import { ROLES, isAdminUser } from '../access/roles'
import { unitScope } from '../access/unitScope'

const adminOrSelf: FieldAccess = ({ req, id }) => isAdminUser(req.user as never) || (req.user != null && req.user.id === id)

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { zh: '用户', en: 'User' }, plural: { zh: '用户', en: 'Users' } },
  auth: {
    // 5 wrong passwords lock the account for 10 minutes (an admin can unlock it sooner).
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'unit', 'roles'], group: { zh: '组织', en: 'Organisation' } },
  access: {
    read: async ({ req }) => {
      if (isAdminUser(req.user as never)) return true
      if (!req.user) return false
      const scope = await unitScope(req)
      const mine: Where[] = [{ id: { equals: req.user.id } }]
      if (scope.length) mine.push({ unit: { in: scope } })
      return { or: mine }
    },
    create: isAdmin,
    update: ({ req, id }) => isAdminUser(req.user as never) || (req.user != null && req.user.id === id),
    delete: isAdmin,
    unlock: isAdmin,
    admin: ({ req }) => Boolean(req.user),
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '姓名', en: 'Name' } },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      required: true,
      label: { zh: '所属单位', en: 'Unit' },
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      options: ROLES.map(({ value, label }) => ({ value, label })),
      label: { zh: '角色', en: 'Roles' },
      access: { create: isAdminField, update: isAdminField },
      saveToJWT: true,
    },
    {
      name: 'reviewStages',
      type: 'select',
      hasMany: true,
      options: [
        { value: '1', label: { zh: '初审', en: 'Stage 1' } },
        { value: '2', label: { zh: '复审', en: 'Stage 2' } },
        { value: '3', label: { zh: '终审', en: 'Stage 3' } },
      ],
      label: { zh: '审核级别', en: 'Review stages' },
      access: { create: isAdminField, update: isAdminField },
      admin: { condition: (data) => Boolean(data?.roles?.includes('reviewer')) },
    },
    {
      name: 'reviewScope',
      type: 'relationship',
      relationTo: 'units',
      hasMany: true,
      label: { zh: '审核范围（另含本单位）', en: 'Review scope (besides own unit)' },
      access: { create: isAdminField, update: isAdminField },
      admin: { condition: (data) => Boolean(data?.roles?.includes('reviewer')) },
    },
    {
      name: 'phone',
      type: 'text',
      label: { zh: '手机号', en: 'Phone' },
      access: { read: adminOrSelf },
      validate: (value: unknown) =>
        value == null || value === '' || /^1[3-9]\d{9}$/.test(String(value)) ? true : '请输入 11 位手机号码',
    },
  ],
}
