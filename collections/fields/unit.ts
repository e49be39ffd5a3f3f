import type { RelationshipField } from 'payload'

/** The owning unit; access rules and hooks/enforceUnitScope key on this field name. */
export const unitField = (label = { zh: '所属单位', en: 'Unit' }): RelationshipField => ({
  name: 'unit',
  type: 'relationship',
  relationTo: 'units',
  label,
  index: true,
  admin: { position: 'sidebar', description: { zh: '留空则为当前用户所在单位', en: 'Defaults to your own unit' } },
})
