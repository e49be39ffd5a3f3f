import type { EditConfig } from 'payload'

/**
 * The 渠道预览 tab of an article or video (/admin/collections/<slug>/:id/channel-preview): every channel's
 * preview side by side (admin/channelPreview/ChannelPreviewView).
 */
export const channelPreviewViews: EditConfig = {
  channelPreview: {
    Component: '/admin/channelPreview/ChannelPreviewView#ChannelPreviewView',
    path: '/channel-preview',
    tab: { label: '渠道预览', href: '/channel-preview', order: 150 },
  },
}
