import type { PayloadRequest } from 'payload'

import type { Account, Publisher, Snapshot } from '../../publishers/core/contract'
import { PUBLISHERS } from '../../publishers/registry'
import { loadAccount } from '../../publishers/core/publicationRecord'
import type { WechatArtifact } from '../../publishers/wechat/render'
import type { DeliveredCopy } from '../../publishers/newspaper/model'
import type { RadioArtifact } from '../../publishers/radio'
import { renderArticlePage, type ArticlePage } from '../../publishers/website/render'
import type { WebsiteArtifact } from '../../publishers/website'
import type { WeiboArtifact } from '../../publishers/weibo/render'

export type PreviewCollection = 'articles' | 'videos'

/** One channel's preview: the account it is drawn for, what would stop delivery, and the channel's own artifact. */
type Part<T> = { account: string; targeted: boolean; problems: string[]; artifact: T | null }

export type ChannelPreviews = {
  title: string
  website: Part<WebsiteArtifact> & { page: ArticlePage }
  wechat: Part<WechatArtifact>
  weibo: Part<WeiboArtifact>
  radio: Part<RadioArtifact>
  newspaper: Part<DeliveredCopy>
}

const publisherOf = <T,>(kind: string) => PUBLISHERS.find((p) => p.kind === kind) as unknown as Publisher<T>

const idOf = (ref: unknown) => (ref && typeof ref === 'object' ? (ref as { id: number | string }).id : (ref as number | string))

/**
 * The item's target accounts as delivery loads them (publishers/core: settings and credentials), so the
 * preview uses the same settings and reports the same blockers; only names and problems reach the page.
 */
async function targetAccounts(req: PayloadRequest, doc: Record<string, unknown>): Promise<Account[]> {
  const ids = (Array.isArray(doc.targets) ? doc.targets : []).map(idOf).filter((id) => id != null)
  const loaded = await Promise.all(ids.map((id) => loadAccount(req, id).catch(() => null)))
  return loaded.filter((account): account is NonNullable<typeof account> => account != null)
}

/** The first target account of a kind, else a stand-in so a draft without one still previews. */
function accountFor(accounts: Account[], kind: Account['kind']): { account: Account; targeted: boolean } {
  const found = accounts.find((account) => account.kind === kind)
  return found ? { account: found, targeted: true } : { account: { id: 0, name: '（未选择该渠道账号）', kind, settings: {} }, targeted: false }
}

/**
 * Each channel's own `validate` and `render` (publishers/registry.ts — the functions delivery calls) on the
 * last saved version. A renderer that throws is reported as a problem rather than taking the page down.
 */
function part<T>(kind: Account['kind'], accounts: Account[], snapshot: Snapshot): Part<T> {
  const { account, targeted } = accountFor(accounts, kind)
  const publisher = publisherOf<T>(kind)
  try {
    return { account: account.name, targeted, problems: publisher.validate(snapshot, account), artifact: publisher.render(snapshot, account) }
  } catch (error) {
    return { account: account.name, targeted, problems: [`渲染失败：${(error as Error).message}`], artifact: null }
  }
}

/**
 * The 渠道预览 of one item, read with the signed-in user's own access (an editor sees only items of their unit
 * scope; null when the item is not theirs to read). The website page comes from the site's renderer
 * (renderArticlePage, shown by the site's ArticleView); WeChat's phone frame is its own endpoint, beside the
 * WeChat renderer's notes.
 */
export async function loadChannelPreviews(req: PayloadRequest, collection: PreviewCollection, id: number | string): Promise<ChannelPreviews | null> {
  if (!req.user) return null
  const doc = (await req.payload
    .findByID({ collection, id, draft: true, depth: 1, overrideAccess: false, user: req.user, req })
    .catch(() => null)) as Record<string, unknown> | null
  if (!doc) return null
  // What delivery renders: the saved item at depth 1 (deliverTask.ts), as a snapshot of this version.
  const snapshot = { ...doc, id: doc.id as number | string, collection, versionHash: 'preview' } as Snapshot
  const accounts = await targetAccounts(req, doc)
  const website = part<WebsiteArtifact>('website', accounts, snapshot)
  return {
    title: String(doc.title ?? ''),
    website: { ...website, page: renderArticlePage({ ...doc, id: doc.id as number | string } as never) },
    wechat: part<WechatArtifact>('wechat', accounts, snapshot),
    weibo: part<WeiboArtifact>('weibo', accounts, snapshot),
    radio: part<RadioArtifact>('radio', accounts, snapshot),
    newspaper: part<DeliveredCopy>('newspaper', accounts, snapshot),
  }
}
