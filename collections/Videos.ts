import type { CollectionConfig } from 'payload'

import { wechatPreviewEndpoint } from '../publishers/wechat/preview/endpoint'
import { radioScriptPreviewField } from '../publishers/radio/previewField'
import { channelPreviewViews } from '../admin/channelPreview/tab'
import { commonContentFields } from './fields/content'
import { wechatOverridesField } from './fields/wechat'
import { weiboOverridesField } from './fields/weibo'
import { contentCollection } from './contentCollection'
import { reviewable } from './reviewable'

export const Videos: CollectionConfig = contentCollection(
  reviewable({
    slug: 'videos',
    labels: { singular: { zh: '视频', en: 'Video' }, plural: { zh: '视频', en: 'Videos' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'column', 'unit', 'duration', 'workflowState'],
      group: { zh: '内容', en: 'Content' },
      // 渠道预览: every channel's preview side by side, in a tab of its own.
      components: { views: { edit: channelPreviewViews } },
    },
    endpoints: [wechatPreviewEndpoint('videos')],
    fields: [
      ...commonContentFields(),
      {
        name: 'video',
        type: 'upload',
        relationTo: 'media',
        required: true,
        label: { zh: '视频文件', en: 'Video file' },
        filterOptions: { mimeType: { contains: 'video' } },
      },
      {
        name: 'poster',
        type: 'upload',
        relationTo: 'media',
        label: { zh: '海报帧', en: 'Poster' },
        filterOptions: { mimeType: { contains: 'image' } },
      },
      { name: 'duration', type: 'number', min: 0, label: { zh: '时长（秒）', en: 'Duration (s)' } },
      {
        name: 'subtitles',
        type: 'upload',
        relationTo: 'media',
        label: { zh: '字幕（VTT/SRT）', en: 'Subtitles (VTT/SRT)' },
        filterOptions: { mimeType: { in: ['text/vtt', 'application/x-subrip'] } },
      },
      { name: 'transcript', type: 'textarea', label: { zh: '文字稿', en: 'Transcript' } },
      radioScriptPreviewField,
      { name: 'body', type: 'richText', label: { zh: '简介正文', en: 'Description' } },
      wechatOverridesField,
      weiboOverridesField,
    ],
  }),
)
