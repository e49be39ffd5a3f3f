/** The kinds of channel an account can be; each has (or will have) a folder under publishers/. */
export const CHANNEL_KINDS = [
  { value: 'website', label: { zh: '网站', en: 'Website' } },
  { value: 'wechat', label: { zh: '微信公众号', en: 'WeChat Official Account' } },
  { value: 'weibo', label: { zh: '微博', en: 'Weibo' } },
  { value: 'radio', label: { zh: '校园广播', en: 'Campus radio' } },
  { value: 'newspaper', label: { zh: '校报', en: 'School newspaper' } },
]

export type ChannelKind = 'website' | 'wechat' | 'weibo' | 'radio' | 'newspaper'
