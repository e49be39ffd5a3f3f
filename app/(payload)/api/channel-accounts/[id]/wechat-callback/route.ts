import config from '@payload-config'
import { getPayload } from 'payload'

import { handleWechatCallback } from '../../../../../../publishers/wechat/callback'

/**
 * WeChat's 服务器配置 URL of one 公众号: `/api/channel-accounts/<id or AppID>/wechat-callback`. A Next route
 * handler (the app runs plain `next start`, there is no Express in front); more specific than Payload's
 * `api/[...slug]` catch-all, so it wins. It reads the raw body itself, which signature checks need.
 */
export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ id: string }> }

const handle = async (request: Request, { params }: Context) => handleWechatCallback(await getPayload({ config }), request, (await params).id)

export const GET = handle
export const POST = handle
