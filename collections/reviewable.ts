import type { CollectionConfig, Field } from 'payload'

import { guardUnpublish } from '../hooks/workflow/guardUnpublish'
import { guardWorkflowFields } from '../hooks/workflow/guardWorkflowFields'
import { resetAfterEdit } from '../hooks/workflow/resetAfterEdit'
import { bulkPublishEndpoint } from '../hooks/workflow/bulkPublish'
import { workflowEndpoints } from '../hooks/workflow/endpoints'
import type { ReviewableSlug } from '../hooks/workflow/transition'

/** The review panel (admin/review), first in the sidebar: a UI field stores nothing and changes no schema. */
const reviewPanelField: Field = {
  name: 'reviewPanel',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/admin/review/ReviewPanel#ReviewPanel' } },
}

/** 渠道投递 (admin/publications), right below the review panel: each channel's state, link, error, 重新投递. */
const channelPanelField: Field = {
  name: 'channelPanel',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/admin/publications/ChannelPanel#ChannelPanel' } },
}

/** Delivered content (articles, videos): their list view gets 批量发布 above the table (admin/bulkPublish). */
const delivered = (slug: ReviewableSlug): slug is 'articles' | 'videos' => slug === 'articles' || slug === 'videos'

/** Puts a content collection under the 三审 workflow: guarded fields, edit rules, the workflow endpoints. */
export const reviewable = (config: CollectionConfig & { slug: ReviewableSlug }): CollectionConfig => ({
  ...config,
  fields: [reviewPanelField, channelPanelField, ...config.fields],
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      ...(delivered(config.slug) ? { beforeListTable: [...(config.admin?.components?.beforeListTable ?? []), '/admin/bulkPublish/BulkPublish#BulkPublish'] } : {}),
      edit: {
        ...config.admin?.components?.edit,
        // Publishing is the workflow's: Payload's own buttons are shown to administrators only.
        PublishButton: '/admin/review/AdminPublishButton#AdminPublishButton',
        UnpublishButton: '/admin/review/AdminPublishButton#AdminUnpublishButton',
      },
    },
  },
  endpoints: [...(config.endpoints || []), ...workflowEndpoints(config.slug), ...(delivered(config.slug) ? [bulkPublishEndpoint(config.slug)] : [])],
  hooks: {
    ...config.hooks,
    beforeOperation: [guardUnpublish, ...(config.hooks?.beforeOperation ?? [])],
    beforeChange: [guardWorkflowFields, resetAfterEdit, ...(config.hooks?.beforeChange ?? [])],
  },
})
