import { APIError, NotFound, type Endpoint, type PayloadRequest } from 'payload'

import { mayResend } from '../../core/resendEndpoint'
import { loadBundle, type BundleDoc } from './load'
import { publishBundle } from './publish'

/** The bundle, for admins and the operators/editors of its unit (the same people who may 重新投递). */
async function permitted(req: PayloadRequest, what: string): Promise<BundleDoc> {
  if (!req.user) throw new APIError('请先登录', 401, null, true)
  const bundle = await loadBundle(req, String(req.routeParams?.id))
  if (!bundle) throw new NotFound(req.t)
  if (!(await mayResend(req, bundle.unit))) throw new APIError(`无权${what}：仅管理员或本单位的渠道运营、编辑可以操作`, 403, null, true)
  return bundle
}

/** `POST /api/wechat-bundles/:id/publish`: 发表组稿 (publish.ts). */
const publish: Endpoint = {
  path: '/:id/publish',
  method: 'post',
  handler: async (req) => Response.json(await publishBundle(req, await permitted(req, '发表组稿'))),
}

/**
 * `POST /api/wechat-bundles/:id/withdraw-article` `{ index, reason }`: takes the article at `index` (1-based,
 * 1 is the 头条) down from the published post; the other articles stay. Queued for the worker.
 */
const withdrawArticle: Endpoint = {
  path: '/:id/withdraw-article',
  method: 'post',
  handler: async (req) => {
    const bundle = await permitted(req, '撤回组稿文章')
    const body = (await req.json?.().catch(() => null)) as { index?: unknown; reason?: unknown } | null
    const reason = typeof body?.reason === 'string' ? body.reason.trim() : ''
    if (!reason) throw new APIError('请填写撤回原因', 400, [{ path: 'reason', message: '请填写撤回原因' }], true)
    const index = Number(body?.index)
    const row = Number.isInteger(index) ? bundle.items?.[index - 1] : undefined
    if (!row) throw new APIError(`组稿中没有第 ${String(body?.index)} 篇`, 400, [{ path: 'index', message: '篇序无效' }], true)
    if (bundle.state !== 'delivered' || !bundle.articleId) throw new APIError('组稿尚未发表成功，没有可撤回的文章', 409, null, true)
    if (row.withdrawnAt) throw new APIError(`第 ${index} 篇已撤回`, 409, null, true)
    await req.payload.jobs.queue({ task: 'withdrawWechatBundleArticle', input: { bundle: String(bundle.id), index, reason }, req })
    return Response.json({ message: `已加入撤回队列：第 ${index} 篇将从已发表的图文中删除，其余文章保留` })
  },
}

export const bundleEndpoints: Endpoint[] = [publish, withdrawArticle]
