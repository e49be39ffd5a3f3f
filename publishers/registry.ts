import type { Publisher } from './core/contract'
import { newspaperPublisher } from './newspaper'
import { radioPublisher } from './radio'
import { websitePublisher } from './website'
import { wechatPublisher } from './wechat'
import { weiboPublisher } from './weibo'

/**
 * The channels that can deliver, listed explicitly: adding a channel adds one line here and its folder. The core
 * looks a channel up in its plugin options (publishers/core/channels.ts), which default to this list.
 */
export const PUBLISHERS: readonly Publisher<never>[] = [websitePublisher as Publisher<never>, wechatPublisher as Publisher<never>, radioPublisher as Publisher<never>, weiboPublisher as Publisher<never>, newspaperPublisher as Publisher<never>]
