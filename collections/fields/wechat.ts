import type { Field } from 'payload'

import { WECHAT_THEMES } from '../../publishers/wechat/render/themes'

/** 留言 on a WeChat article: need_open_comment / only_fans_can_comment. */
export const WECHAT_COMMENT_OPTIONS = [
  { value: 'closed', label: { zh: '关闭留言', en: 'Comments closed' } },
  { value: 'open', label: { zh: '所有人可留言', en: 'Anyone may comment' } },
  { value: 'fans', label: { zh: '仅关注者可留言', en: 'Followers only' } },
]

const httpUrl = (value: unknown) => {
  if (value == null || value === '') return true
  if (typeof value !== 'string' || !/^https?:\/\/\S+$/i.test(value.trim())) return '阅读原文链接须以 http:// 或 https:// 开头'
  return Buffer.byteLength(value, 'utf8') <= 1024 ? true : '阅读原文链接不能超过 1 KB'
}

/**
 * 微信设置 on an article or video: what WeChat receives when it should differ from the item (title ≤ 32,
 * digest ≤ 120, author ≤ 8 — the limits the submission checks apply), the cover, the theme, comments and the
 * 阅读原文 link, and the phone-frame preview. Part of the approved content: changing it after approval sends
 * the item back to review like any other edit.
 */
export const wechatOverridesField: Field = {
  name: 'wechat',
  type: 'group',
  label: { zh: '微信设置', en: 'WeChat' },
  admin: { description: { zh: '留空则使用稿件本身的标题、摘要、署名和封面', en: 'Empty fields fall back to the item’s own' } },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'title', type: 'text', maxLength: 32, label: { zh: '微信标题（≤32 字）', en: 'WeChat title (≤32)' } },
        { name: 'author', type: 'text', maxLength: 8, label: { zh: '微信作者（≤8 字）', en: 'WeChat author (≤8)' } },
      ],
    },
    { name: 'digest', type: 'textarea', maxLength: 120, label: { zh: '微信摘要（≤120 字）', en: 'WeChat digest (≤120)' } },
    {
      name: 'cover',
      type: 'upload',
      relationTo: 'media',
      label: { zh: '微信封面', en: 'WeChat cover' },
      filterOptions: { mimeType: { contains: 'image' } },
      admin: { description: { zh: '按焦点裁出 2.35:1 和 1:1 两种封面', en: 'Cropped 2.35:1 and 1:1 around the focal point' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'theme',
          type: 'select',
          label: { zh: '排版主题', en: 'Theme' },
          options: WECHAT_THEMES.map((theme) => ({ value: theme.value, label: theme.label })),
          admin: { description: { zh: '留空使用账号的默认主题', en: 'Empty: the account’s default' } },
        },
        { name: 'comments', type: 'select', label: { zh: '留言', en: 'Comments' }, options: WECHAT_COMMENT_OPTIONS },
      ],
    },
    {
      name: 'sourceUrl',
      type: 'text',
      label: { zh: '阅读原文链接', en: '“Read original” URL' },
      validate: httpUrl,
      admin: { description: { zh: '留空则指向网站上的本文', en: 'Empty: the item’s page on the website' } },
    },
    {
      name: 'preview',
      type: 'ui',
      admin: { components: { Field: '/admin/wechat/WechatPreview#WechatPreview' } },
    },
  ],
}

/** A column's WeChat templates: plain text printed above and below every article of the column. */
export const columnWechatField: Field = {
  name: 'wechat',
  type: 'group',
  label: { zh: '微信模板', en: 'WeChat templates' },
  fields: [
    {
      name: 'header',
      type: 'textarea',
      label: { zh: '文章开头', en: 'Header' },
      admin: { description: { zh: '纯文本，每行一段，显示在每篇微信文章正文之前', en: 'Plain text, one paragraph per line' } },
    },
    {
      name: 'footer',
      type: 'textarea',
      label: { zh: '文章结尾', en: 'Footer' },
      admin: { description: { zh: '纯文本，每行一段，显示在署名之后（如投稿邮箱、关注引导）', en: 'Plain text, one paragraph per line' } },
    },
  ],
}
