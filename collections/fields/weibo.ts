import type { Field } from 'payload'

/**
 * 微博设置 on an article or video: the post's own text when 【标题】+摘要 will not do, and the picture to send
 * instead of the cover. The item's link is always appended (Weibo requires a link on the safe domain). Part of
 * the approved content, like every override: an edit after approval sends the item back to review.
 */
export const weiboOverridesField: Field = {
  name: 'weibo',
  type: 'group',
  label: { zh: '微博设置', en: 'Weibo' },
  admin: {
    description: {
      zh: '留空则发“【标题】+ 摘要（在句末截断）+ 稿件链接”；稿件链接总会自动附上',
      en: 'Empty: 【title】 + the summary cut at a sentence + the link; the link is always appended',
    },
  },
  fields: [
    {
      name: 'text',
      type: 'textarea',
      label: { zh: '微博文字', en: 'Weibo text' },
      admin: { description: { zh: '连同自动附上的链接不超过 140 字（汉字 1，英文半角 ½，链接按固定长度计）；不能含 #话题#', en: '≤140 with the link, Weibo counting' } },
    },
    {
      name: 'picture',
      type: 'upload',
      relationTo: 'media',
      label: { zh: '微博配图', en: 'Weibo picture' },
      filterOptions: { mimeType: { contains: 'image' } },
      admin: { description: { zh: '留空使用封面（视频用海报帧）；只发一张，自动压缩到 5 MB 以内', en: 'Empty: the cover; one picture, under 5 MB' } },
    },
    { name: 'preview', type: 'ui', admin: { components: { Field: '/admin/weibo/WeiboPreview#WeiboPreview' } } },
  ],
}
