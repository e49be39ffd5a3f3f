import { APIError, NotFound, type Endpoint, type PayloadRequest } from 'payload'

import type { Account } from '../core/contract'
import { WeiboError } from './errors'
import { clientFor, refusedTokenPatch } from './index'
import { settingsFromTokenInfo, type WeiboTokenSettings } from './token'

/**
 * `POST /api/channel-accounts/:id/weibo-token` (检查授权): asks Weibo how long the account's token has left
 * (oauth2/get_token_info) and stores the expiry in the account's settings; a refused token is stored as the
 * reason deliveries are blocked. Whoever may edit the account may press it (the collection's update access
 * decides); the token itself never leaves the server.
 */
export const weiboTokenEndpoint: Endpoint = {
  path: '/:id/weibo-token',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!req.user) throw new APIError('请先登录', 401, null, true)
    const id = String(req.routeParams?.id ?? '')
    const account = (await req.payload.findByID({ collection: 'channel-accounts', id, depth: 0, overrideAccess: true, req, disableErrors: true })) as unknown as Account | null
    if (!account || account.kind !== 'weibo') throw new NotFound(req.t)
    if (!account.credentials?.accessToken) throw new APIError('该账号未配置微博 Access Token', 400, null, true)
    const now = new Date()
    let patch: WeiboTokenSettings
    try {
      const info = await clientFor(account).tokenInfo()
      patch = settingsFromTokenInfo(info.expire_in, now)
    } catch (error) {
      if (!(error instanceof WeiboError) || error.kind !== 'auth') throw new APIError(`无法向微博查询授权：${(error as Error).message}`, 502, null, true)
      patch = refusedTokenPatch(error, now)
    }
    // The user's own update access decides whether they may record it.
    await req.payload.update({
      collection: 'channel-accounts',
      id,
      data: { settings: { ...(account.settings ?? {}), ...patch } },
      overrideAccess: false,
      user: req.user,
      req,
    })
    return Response.json(patch)
  },
}
