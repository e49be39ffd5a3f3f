import type { Field } from 'payload'

/**
 * 微博授权 on a Weibo account, in the sidebar: days until the access token expires (settings.tokenExpiresAt)
 * and a button that asks Weibo (oauth2/get_token_info). A UI field: it stores nothing itself.
 */
export const weiboTokenField: Field = {
  name: 'weiboToken',
  type: 'ui',
  admin: {
    position: 'sidebar',
    condition: (data) => data?.kind === 'weibo',
    components: { Field: '/admin/weibo/TokenExpiry#TokenExpiry' },
  },
}
