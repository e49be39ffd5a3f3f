import type { Publisher } from '../core/contract'

export type WebsiteArtifact = { path: string; title: string }

const PATHS: Record<string, string> = { articles: '/articles', videos: '/videos' }

/**
 * The university website: every published item lives there (the core makes the item visible before any
 * channel delivers, so Weibo's link and WeChat's "read original" resolve). Delivery to a website account
 * is therefore the item's public URL; pages render on request, so there is no cache to revalidate.
 */
export const websitePublisher: Publisher<WebsiteArtifact> = {
  kind: 'website',
  label: '网站',
  validate: () => [],
  render: (snapshot) => ({ path: `${PATHS[snapshot.collection] ?? `/${snapshot.collection}`}/${snapshot.id}`, title: String(snapshot.title ?? '') }),
  async deliver(artifact, ctx) {
    const base = (process.env.SERVER_URL || (ctx.account.settings?.baseUrl as string | undefined) || '').replace(/\/$/, '')
    return { state: 'delivered', externalId: artifact.path, url: `${base}${artifact.path}` }
  },
  // Withdrawing the item (the workflow's 撤稿) takes it off the site; nothing else to undo per account.
  async withdraw() {},
}
