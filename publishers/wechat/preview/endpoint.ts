import { APIError, NotFound, type Endpoint, type PayloadRequest } from 'payload'

import { lexicalToText } from '../../../workflow/text/lexicalText'
import { formatShanghaiTime } from '../../../workflow/reviewRecord/formatTime'
import type { Account, Snapshot } from '../../core/contract'
import { renderWechat, validateWechat, type WechatThemeId } from '../render'
import { defaultSiteUrl } from '../siteUrl'
import { isThemeId } from '../render/themes'
import { previewPage } from './page'

type MediaRef = { id?: number | string; url?: string | null; mimeType?: string | null; renditions?: { card?: { url?: string | null } | null } | null }

/** The first WeChat account among the item's targets (populated at depth 1), or a stand-in for drafts without one. */
function previewAccount(doc: Record<string, unknown>): Account {
  const targets = Array.isArray(doc.targets) ? doc.targets : []
  const found = targets.find((t): t is Account => typeof t === 'object' && t !== null && (t as Account).kind === 'wechat')
  return found ? { id: found.id, name: found.name, kind: 'wechat', settings: found.settings ?? {} } : { id: 0, name: '公众号名称', kind: 'wechat', settings: {} }
}

/** Local URLs of every image the preview may show: body uploads and covers, as the site serves them. */
function localImageUrls(doc: Record<string, unknown>): Map<string, string> {
  const urls = new Map<string, string>()
  const add = (value: unknown) => {
    const media = value as MediaRef | null
    if (!media || typeof media !== 'object' || media.id == null) return
    const url = media.renditions?.card?.url || media.url
    if (url) urls.set(String(media.id), url)
  }
  for (const upload of lexicalToText(doc.body).uploads) add(upload.value)
  return urls
}

/**
 * `GET /api/<articles|videos>/:id/wechat-preview[?theme=red][&format=json]`: the item's latest saved version
 * rendered for WeChat, as the phone-frame page (HTML, no scripts allowed by its CSP) or as JSON with the
 * warnings and what would stop delivery. Signed-in users only, with the collection's own read access (an
 * editor sees only items of their unit scope).
 */
export const wechatPreviewEndpoint = (collection: 'articles' | 'videos'): Endpoint => ({
  path: '/:id/wechat-preview',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) throw new APIError('请先登录', 401, null, true)
    const id = String(req.routeParams?.id ?? '')
    const doc = (await req.payload
      .findByID({ collection, id, draft: true, depth: 1, overrideAccess: false, user: req.user, req })
      .catch((error: { status?: number }) => {
        if (error?.status === 403 || error?.status === 404) return null
        throw error
      })) as Record<string, unknown> | null
    if (!doc) throw new NotFound(req.t)
    const theme = req.searchParams?.get('theme')
    const options = { siteUrl: defaultSiteUrl(), ...(isThemeId(theme) ? { theme: theme as WechatThemeId } : {}) }
    const account = previewAccount(doc)
    const snapshot = { ...doc, id: doc.id as number | string, collection, versionHash: 'preview' } as Snapshot
    const artifact = renderWechat(snapshot, account, options)
    if (req.searchParams?.get('format') === 'json') {
      const article = artifact.articles[0]
      return Response.json({
        account: account.name,
        title: article.title,
        author: article.author,
        digest: article.digest,
        contentSourceUrl: article.contentSourceUrl,
        contentLength: article.content.length,
        cover: article.cover,
        images: artifact.images.length,
        warnings: artifact.warnings,
        problems: validateWechat(snapshot, account, options),
      })
    }
    const html = previewPage({
      artifact,
      accountName: account.name,
      imageUrls: localImageUrls(doc),
      dateText: formatShanghaiTime(String(doc.updatedAt ?? new Date().toISOString())),
    })
    return new Response(html, {
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        // The preview is markup only: nothing in it may run, load from elsewhere, or be framed by other sites.
        'Content-Security-Policy': "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'self'",
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
})
