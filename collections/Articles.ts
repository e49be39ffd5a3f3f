import type { CollectionConfig } from 'payload'

import { wechatPreviewEndpoint } from '../publishers/wechat/preview/endpoint'
import { radioScriptPreviewField } from '../publishers/radio/previewField'
import { channelPreviewViews } from '../admin/channelPreview/tab'
import { commonContentFields } from './fields/content'
import { wechatOverridesField } from './fields/wechat'
import { weiboOverridesField } from './fields/weibo'
import { contentCollection } from './contentCollection'
import { reviewable } from './reviewable'

export const Articles: CollectionConfig = contentCollection(
  reviewable({
    slug: 'articles',
    labels: { singular: { zh: '文章', en: 'Article' }, plural: { zh: '文章', en: 'Articles' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'column', 'unit', 'workflowState', 'updatedAt'],
      group: { zh: '内容', en: 'Content' },
      // 渠道预览: every channel's preview side by side, in a tab of its own.
      components: { views: { edit: channelPreviewViews } },
    },
    endpoints: [wechatPreviewEndpoint('articles')],
    fields: [
      ...commonContentFields(),
      { name: 'body', type: 'richText', required: true, label: { zh: '正文', en: 'Body' } },
      radioScriptPreviewField,
      wechatOverridesField,
      weiboOverridesField,
    ],
  }),
)
