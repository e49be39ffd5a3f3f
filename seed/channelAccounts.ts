import type { ChannelAccount } from '../payload-types'
import { WECHAT_SANDBOX_URL } from '../publishers/wechat/sandbox/port'
import { DEMO_TOKEN, siteHostname } from '../publishers/weibo/sandbox/options'
import { WEIBO_SANDBOX_URL } from '../publishers/weibo/sandbox/port'

/**
 * One demo account of each channel kind, with filing (备案) data. The credentials are demo values:
 * the collection's hooks encrypt them at rest, and no real platform accepts them.
 * `name` is the natural key; `unit` a unit code; `administrators` user emails.
 */
export type DemoChannelAccount = {
  name: string
  kind: ChannelAccount['kind']
  /** University-level accounts need 宣传部's final review. */
  tier: ChannelAccount['tier']
  unit: string
  responsiblePerson: string
  responsiblePhone: string
  administrators: string[]
  filingNumber: string
  /** Relative to the day of seeding, so the demo always looks current. */
  filedMonthsAgo: number
  /** Days until the next annual review (a small number shows the "due soon" case). */
  reviewInDays: number
  settings?: Record<string, unknown>
  credentials?: NonNullable<ChannelAccount['credentials']>
}

export const DEMO_CHANNEL_ACCOUNTS: readonly DemoChannelAccount[] = [
  {
    name: '融媒网站',
    kind: 'website',
    tier: 'university',
    unit: 'xcb',
    responsiblePerson: '刘建华',
    responsiblePhone: '0551-63861234',
    administrators: ['admin@rongmei.local', 'operator@rongmei.local'],
    filingNumber: '皖ICP备05012345号-3',
    filedMonthsAgo: 32,
    reviewInDays: 105,
    settings: { siteTitle: '汤院融媒', theme: 'red', homeColumns: ['zaoniao-xingdong', 'tangqing-zhisheng', 'xiaoyi-guancha'] },
  },
  {
    name: '青春汤院微信公众号',
    kind: 'wechat',
    tier: 'university',
    unit: 'qmt',
    responsiblePerson: '孙明远',
    responsiblePhone: '18905510606',
    administrators: ['operator@rongmei.local'],
    filingNumber: '皖新媒备〔2023〕第0417号',
    filedMonthsAgo: 30,
    reviewInDays: 171,
    settings: { originalStatement: true, commentsOpen: true },
    credentials: {
      appId: 'wx5c1f0e2d9a7b3c41',
      appSecret: 'demo-appsecret-3f9c2b7e6a1d4c8e9f0a2b3c',
      token: 'rongmeiDemoToken2024',
      encodingAESKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
      // The local WeChat sandbox that `npm start` runs (publishers/wechat/sandbox); empty = api.weixin.qq.com.
      apiBaseUrl: WECHAT_SANDBOX_URL,
    },
  },
  {
    name: '汤院易班官方微博',
    kind: 'weibo',
    tier: 'university',
    unit: 'yiban',
    responsiblePerson: '周婷婷',
    responsiblePhone: '15805510707',
    administrators: ['operator@rongmei.local'],
    filingNumber: '皖新媒备〔2023〕第0418号',
    filedMonthsAgo: 30,
    reviewInDays: 171,
    // The local Weibo sandbox that `npm start` runs (publishers/weibo/sandbox): its app's 安全域名 is the demo
    // website's host, and its demo token lives as long as tokenExpiresAt says (检查授权 re-reads it).
    settings: {
      safeDomain: siteHostname(),
      tokenExpiresAt: new Date(Date.now() + DEMO_TOKEN.expiresInSec * 1000).toISOString(),
    },
    credentials: { accessToken: DEMO_TOKEN.token, apiBaseUrl: WEIBO_SANDBOX_URL },
  },
  {
    name: '校园之声广播台',
    kind: 'radio',
    tier: 'university',
    unit: 'qmt',
    responsiblePerson: '何雨桐',
    responsiblePhone: '0551-63865678',
    administrators: ['operator@rongmei.local'],
    filingNumber: '校广备字〔2022〕第01号',
    filedMonthsAgo: 50,
    reviewInDays: 21,
    settings: { frequency: 'FM 88.6（校内）', slots: ['07:00', '12:10', '17:30'] },
  },
  {
    name: '汤院校报',
    kind: 'newspaper',
    tier: 'university',
    unit: 'xcb',
    responsiblePerson: '刘建华',
    responsiblePhone: '0551-63861234',
    administrators: ['admin@rongmei.local'],
    filingNumber: '皖内资准字（2021）第0086号',
    filedMonthsAgo: 70,
    reviewInDays: 41,
    settings: { edition: '半月刊', pages: 4, dpi: 300 },
  },
]
