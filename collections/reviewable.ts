import type { CollectionConfig } from 'payload'

import { guardWorkflowFields } from '../hooks/workflow/guardWorkflowFields'
import { resetAfterEdit } from '../hooks/workflow/resetAfterEdit'
import { workflowEndpoints } from '../hooks/workflow/endpoints'
import type { ReviewableSlug } from '../hooks/workflow/transition'

/** Puts a content collection under the 三审 workflow: guarded fields, edit rules, the workflow endpoints. */
export const reviewable = (config: CollectionConfig & { slug: ReviewableSlug }): CollectionConfig => ({
  ...config,
  endpoints: [...(config.endpoints || []), ...workflowEndpoints(config.slug)],
  hooks: {
    ...config.hooks,
    beforeChange: [guardWorkflowFields, resetAfterEdit, ...(config.hooks?.beforeChange ?? [])],
  },
})
