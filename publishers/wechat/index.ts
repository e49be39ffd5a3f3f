import type { Publisher } from '../core/contract'
import { credentialProblems } from './accountClient'
import { withdrawItemFromBundles } from './bundles/deliver'
import { deliverWechat, statusWechat, withdrawWechat } from './deliver'
import { renderWechat, validateWechat, type WechatArtifact } from './render'
import { defaultSiteUrl } from './siteUrl'

/**
 * 微信公众号: render (pure, render.ts) → deliver (uploads, draft, 发表 as resumable steps; the outcome is
 * asynchronous) → status (freepublish/get, or the PUBLISHJOBFINISH callback through settlePublication) →
 * withdraw (freepublish/delete). The client (client.ts) is the only code that talks to WeChat.
 */
export const wechatPublisher: Publisher<WechatArtifact> = {
  kind: 'wechat',
  label: '微信公众号',
  validate: (snapshot, account) => [...credentialProblems(account), ...validateWechat(snapshot, account, { siteUrl: defaultSiteUrl() })],
  render: (snapshot, account) => renderWechat(snapshot, account, { siteUrl: defaultSiteUrl() }),
  deliver: deliverWechat,
  status: statusWechat,
  withdraw: withdrawWechat,
  // 撤稿 also takes the item's article out of every published 微信组稿 (bundles/).
  withdrawItem: withdrawItemFromBundles,
}
