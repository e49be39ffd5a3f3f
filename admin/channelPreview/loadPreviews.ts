import type { PayloadRequest } from 'payload'

import type { Account, Publisher, Snapshot } from '../../publishers/core/contract'
import { PUBLISHERS } from '../../publishers/registry'
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
  wechat: Pick<Part<never>, 'account' | 'targeted'>
  weibo: Part<WeiboArtifact>
  radio: Part<RadioArtifact>
  newspaper: Part<DeliveredCopy>
}

const publisherOf = <T,>(kind: string) => PUBLISHERS.find((p) => p.kind === kind) as unknown as Publisher<T>

/** The first target account of a kind (populated at depth 1), else a stand-in so a draft without one still previews. */
function accountFor(doc: Record<string, unknown>, kind: Account['kind']): { account: Account; targeted: boolean } {
  const targets = Array.isArray(doc.targets) ? doc.targets : []
  const found = targets.find((t): t is Account => typeof t === 'object' && t !== null && (t as Account).kind === kind)
  if (found) return { account: { id: found.id, name: found.name, kind, settings: found.settings ?? {} }, targeted: true }
  return { account: { id: 0, name: '（未选择该渠道账号）', kind, settings: {} }, targeted: false }
}

/**
 * Each channel's own `validate` and `render` (publishers/registry.ts — the functions delivery calls) on the
 * last saved version. A renderer that throws is reported as a problem rather than taking the page down.
 */
function part<T>(kind: Account['kind'], doc: Record<string, unknown>, snapshot: Snapshot): Part<T> {
  const { account, targeted } = accountFor(doc, kind)
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
 * (renderArticlePage, shown by the site's ArticleView); WeChat's phone frame is its own endpoint.
 */
export async function loadChannelPreviews(req: PayloadRequest, collection: PreviewCollection, id: number | string): Promise<ChannelPreviews | null> {
  if (!req.user) return null
  const doc = (await req.payload
    .findByID({ collection, id, draft: true, depth: 1, overrideAccess: false, user: req.user, req })
    .catch(() => null)) as Record<string, unknown> | null
  if (!doc) return null
  // What delivery renders: the saved item at depth 1 (deliverTask.ts), as a snapshot of this version.
  const snapshot = { ...doc, id: doc.id as number | string, collection, versionHash: 'preview' } as Snapshot
  const website = part<WebsiteArtifact>('website', doc, snapshot)
  return {
    title: String(doc.title ?? ''),
    website: { ...website, page: renderArticlePage({ ...doc, id: doc.id as number | string } as never) },
    wechat: (({ account, targeted }) => ({ account: account.name, targeted }))(accountFor(doc, 'wechat')),
    weibo: part<WeiboArtifact>('weibo', doc, snapshot),
    radio: part<RadioArtifact>('radio', doc, snapshot),
    newspaper: part<DeliveredCopy>('newspaper', doc, snapshot),
  }
}
