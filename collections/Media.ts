import type { CollectionConfig } from 'payload'

import { anyone } from '../access/authenticated'
import { hasAnyRole, unitOwnedBy } from '../access/unitOwned'
import { enforceUnitScope } from '../hooks/enforceUnitScope'
import { ACCEPTED_MIME_TYPES, MAX_UPLOAD_BYTES } from '../media/limits'
import { refuseHostileUpload } from '../media/refuseHostileUpload'
import { prepareRenditions, removeRenditions, writeRenditions } from '../media/renditionHooks'
import { unitField } from './fields/unit'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { zh: '媒体文件', en: 'Media' }, plural: { zh: '媒体库', en: 'Media' } },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'alt', 'credit', 'unit'], group: { zh: '内容', en: 'Content' } },
  access: {
    read: anyone,
    create: hasAnyRole('editor', 'reviewer', 'operator'),
    update: unitOwnedBy('editor', 'reviewer'),
    delete: unitOwnedBy('editor'),
  },
  upload: {
    // MEDIA_DIR moves uploads elsewhere (tests use a temporary folder, production a mounted volume).
    staticDir: process.env.MEDIA_DIR || 'data/media',
    // media/refuseHostileUpload checks type and content first. Payload's own later check maps files it
    // cannot sniff (SRT subtitles) to a type by extension, and .srt maps to text/plain.
    mimeTypes: [...ACCEPTED_MIME_TYPES, 'text/plain'],
    focalPoint: true,
    crop: false,
    // Payload keeps the original; every derivative is made by media/renditions without metadata.
    withMetadata: false,
    // SVGs get no renditions (they scale by themselves): they are their own thumbnail.
    adminThumbnail: ({ doc }) => {
      const media = doc as { renditions?: { thumbnail?: { url?: string } } | null; mimeType?: string; url?: string }
      return media.renditions?.thumbnail?.url ?? (media.mimeType === 'image/svg+xml' ? (media.url ?? null) : null)
    },
    filesRequiredOnCreate: true,
  },
  hooks: {
    beforeOperation: [refuseHostileUpload],
    beforeChange: [enforceUnitScope, prepareRenditions],
    afterChange: [writeRenditions],
    afterDelete: [removeRenditions],
  },
  fields: [
    { name: 'alt', type: 'text', label: { zh: '替代文字（无障碍）', en: 'Alt text' } },
    { name: 'caption', type: 'textarea', label: { zh: '图片说明', en: 'Caption' } },
    { name: 'credit', type: 'text', label: { zh: '来源/摄影', en: 'Credit' } },
    unitField(),
    {
      name: 'renditions',
      type: 'json',
      label: { zh: '渠道尺寸', en: 'Renditions' },
      admin: { readOnly: true, description: { zh: '由系统生成：缩略图、卡片、微信封面、微博、印刷', en: 'Generated' } },
    },
  ],
}
