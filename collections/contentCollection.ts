import type { CollectionConfig } from 'payload'

import { createContent, deleteContent, readContent, updateContent } from '../access/content'
import { auditChange, auditDelete } from '../hooks/auditContentChanges'
import { enforceUnitScope } from '../hooks/enforceUnitScope'

/** What every content collection shares: unit-scoped access, drafts with versions, audit entries. */
export const contentCollection = (config: CollectionConfig): CollectionConfig => ({
  ...config,
  access: { read: readContent, create: createContent, update: updateContent, delete: deleteContent, ...config.access },
  versions: { drafts: { autosave: false }, maxPerDoc: 100 },
  hooks: {
    ...config.hooks,
    beforeChange: [enforceUnitScope, ...(config.hooks?.beforeChange ?? [])],
    afterChange: [...(config.hooks?.afterChange ?? []), auditChange],
    afterDelete: [...(config.hooks?.afterDelete ?? []), auditDelete],
  },
})
