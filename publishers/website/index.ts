import { DeliveryError, type DeliveryContext, type Publisher } from '../core/contract'
import { revalidateSiteNow } from './cache/revalidateClient'
import { affectedTags, type SiteDoc } from './cache/tags'

export type WebsiteArtifact = { path: string; title: string }

const PATHS: Record<string, string> = {
  articles: '/articles',
  videos: '/videos',
}

/** Expires the item's page, its lists and feeds; a web server that does not confirm makes the attempt retry. */
async function revalidateItem(ctx: DeliveryContext, doc: SiteDoc) {
  try {
    await revalidateSiteNow(ctx.req, affectedTags(ctx.snapshot.collection, { ...doc, _status: 'published' }))
  } catch (error) {
    throw new DeliveryError(`稿件已上线，但网站缓存未能刷新：${(error as Error).message}`, { code: 'revalidate-failed', transient: true })
  }
}

/**
 * The university website: every published item lives there (the core makes the item visible before any
 * channel delivers, so Weibo's link and WeChat's "read original" resolve). Delivery to a website account
 * is the item's public URL, and expires the cached pages and feeds that show the item (publishers/website/cache).
 */
export const websitePublisher: Publisher<WebsiteArtifact> = {
  kind: 'website',
  label: '网站',
  validate: () => [],
  render: (snapshot) => ({
    path: `${PATHS[snapshot.collection] ?? `/${snapshot.collection}`}/${snapshot.id}`,
    title: String(snapshot.title ?? ''),
  }),
  async deliver(artifact, ctx) {
    await revalidateItem(ctx, ctx.snapshot as SiteDoc)
    const base = (process.env.SERVER_URL || (ctx.account.settings?.baseUrl as string | undefined) || '').replace(/\/$/, '')
    return {
      state: 'delivered',
      externalId: artifact.path,
      url: `${base}${artifact.path}`,
    }
  },
  // 更正: the page is the item's own URL, so the corrected version replaces the earlier one in place.
  update: (_externalId, artifact, ctx) => websitePublisher.deliver(artifact, ctx),
  // The item's 撤稿 takes it off the site (its save expires the cache in the web server); this expires the same
  // pages again from the worker, once the takedown is committed, in case that request's revalidation was lost.
  async withdraw(_externalId, ctx) {
    const { collection, id } = ctx.snapshot
    const doc = await ctx.payload.findByID({
      collection: collection as 'articles',
      id,
      draft: true,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    await revalidateItem(ctx, (doc ?? { id }) as SiteDoc)
  },
}
