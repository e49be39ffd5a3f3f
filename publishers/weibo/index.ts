import type { Account, Delivery, DeliveryContext, Publisher } from '../core/contract'
import { DeliveryError } from '../core/contract'
import { WEIBO_COUNTING } from '../../workflow/checks/weiboLength'
import { WEIBO_API, WeiboClient, type WeiboStatus } from './client'
import { WeiboError } from './errors'
import { findOurPost } from './findOurPost'
import { loadPicture } from './picture'
import { renderWeibo, WEIBO_MAX_LENGTH, type WeiboArtifact, type WeiboItem, type WeiboRenderOptions } from './render'
import { onSafeDomain } from './safeDomain'
import { tokenBlock, type WeiboTokenSettings } from './token'

/**
 * 微博: one post per item through 2/statuses/share.json (synchronous: the answer is the post), takedown through
 * statuses/destroy.
 *
 * Idempotency — a retry after a crash, a timeout or a lost answer must not post twice. Weibo has no
 * idempotency key, so: (1) before the first share call the publisher checkpoints `postingSince` on the
 * publication; (2) any later attempt that finds that checkpoint first looks for the post on the account's own
 * timeline (same text, made since the checkpoint) and, if it is there, records it instead of posting; (3) if
 * Weibo still answers 20019 (same text already posted), the post it means is looked up and recorded — the text
 * holds the item's own link, so a post with the same text is this item's post; only when none is found does
 * the delivery fail. A first attempt costs one call (share); only retries read the timeline, which Weibo also
 * rate-limits.
 */
type Settings = WeiboTokenSettings & {
  safeDomain?: string
  siteUrl?: string
  rip?: string
  counting?: Partial<typeof WEIBO_COUNTING>
  maxLength?: number
}

const settingsOf = (account: Account) => (account.settings ?? {}) as Settings

/** share.json's `rip`: the real IP of the user on whose behalf we post (the account's setting, else WEIBO_RIP). */
const ripFor = (account: Account) => settingsOf(account).rip || process.env.WEIBO_RIP || '127.0.0.1'

export function renderOptionsFor(account: Account): WeiboRenderOptions {
  const settings = settingsOf(account)
  return {
    siteUrl: settings.siteUrl || process.env.SITE_URL || process.env.SERVER_URL || process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000',
    counting: { ...WEIBO_COUNTING, ...(process.env.WEIBO_URL_LENGTH ? { urlLength: Number(process.env.WEIBO_URL_LENGTH) } : {}), ...settings.counting },
    maxLength: settings.maxLength ?? (Number(process.env.WEIBO_MAX_LENGTH) || WEIBO_MAX_LENGTH),
  }
}

export const clientFor = (account: Account) =>
  new WeiboClient({ accessToken: account.credentials?.accessToken ?? '', baseUrl: account.credentials?.apiBaseUrl || null })

/** Where a reader sees the post: m.weibo.cn for the real API, the sandbox's timeline otherwise. */
function statusUrl(account: Account, status: WeiboStatus) {
  const base = account.credentials?.apiBaseUrl
  return !base || base.replace(/\/+$/, '') === WEIBO_API ? `https://m.weibo.cn/status/${status.idstr}` : `${base.replace(/\/+$/, '')}/#s${status.idstr}`
}

const delivered = (account: Account, status: WeiboStatus, how: 'posted' | 'found' | 'duplicate'): Delivery => ({
  state: 'delivered',
  externalId: status.idstr,
  url: statusUrl(account, status),
  raw: { idstr: status.idstr, created_at: status.created_at, text: status.text, how },
})

/** What a refused token means for the account's settings: the reason, and the expiry when Weibo says expired. */
export function refusedTokenPatch(error: WeiboError, now: Date): WeiboTokenSettings {
  const expired = error.weiboCode === 21327 || error.weiboCode === 21315
  return { tokenProblem: error.message.replace(/，投递已停止.*$/, ''), tokenCheckedAt: now.toISOString(), ...(expired ? { tokenExpiresAt: now.toISOString() } : {}) }
}

/** Records a token Weibo refused, so `validate` blocks further deliveries with the reason until re-checked. */
async function markTokenRefused(ctx: DeliveryContext, error: WeiboError) {
  // The core writes the account's settings after a failure from this same object: keep them in step.
  ctx.account.settings = { ...ctx.account.settings, ...refusedTokenPatch(error, ctx.now) }
  await ctx.payload.update({ collection: 'channel-accounts', id: ctx.account.id, data: { settings: ctx.account.settings }, overrideAccess: true, req: ctx.req })
}

export const weiboPublisher: Publisher<WeiboArtifact> = {
  kind: 'weibo',
  label: '微博',
  validate(snapshot, account) {
    const settings = settingsOf(account)
    const problems: string[] = []
    const blocked = tokenBlock(account.name, settings)
    if (blocked) problems.push(blocked)
    if (!account.credentials?.accessToken) problems.push(`微博账号“${account.name}”未配置 Access Token（媒体账号 › 接口凭据）`)
    const artifact = renderWeibo(snapshot as unknown as WeiboItem, renderOptionsFor(account))
    if (!settings.safeDomain) {
      problems.push(`微博账号“${account.name}”未设置安全域名（渠道设置 safeDomain）：微博要求正文含安全域名下的链接`)
    } else if (!onSafeDomain(artifact.link, settings.safeDomain)) {
      problems.push(`稿件链接 ${artifact.link} 不在微博账号“${account.name}”的安全域名 ${settings.safeDomain} 下，微博会拒绝发布（10017）`)
    }
    return [...problems, ...artifact.problems]
  },
  render: (snapshot, account) => renderWeibo(snapshot as unknown as WeiboItem, renderOptionsFor(account)),

  async deliver(artifact, ctx) {
    if (artifact.problems.length) throw new DeliveryError(artifact.problems.join('；'), { code: 'invalid', transient: false })
    const client = clientFor(ctx.account)
    const postingSince = typeof ctx.progress.postingSince === 'string' ? ctx.progress.postingSince : null
    try {
      if (postingSince) {
        // An earlier attempt got as far as posting (its answer may be lost): look before posting again.
        const found = await findOurPost(client, artifact.text, new Date(postingSince))
        if (found) return delivered(ctx.account, found, 'found')
      } else {
        await ctx.checkpoint({ postingSince: ctx.now.toISOString() })
      }
      const picture = artifact.picture ? await loadPicture(ctx.payload, artifact.picture) : null
      try {
        const status = await client.share({ status: artifact.text, rip: ripFor(ctx.account), picture })
        return delivered(ctx.account, status, 'posted')
      } catch (error) {
        if (!(error instanceof WeiboError)) throw error
        if (error.kind === 'duplicate') {
          // The same text is on the account already; it carries this item's link, so it is this item's post.
          const found = await findOurPost(client, artifact.text, null)
          if (found) return delivered(ctx.account, found, 'duplicate')
        }
        if (error.kind === 'slow') {
          // 20032: posted, visible in a minute or two. Found now: done; else the retry looks again first.
          const found = await findOurPost(client, artifact.text, new Date(postingSince ?? ctx.now))
          if (found) return delivered(ctx.account, found, 'found')
        }
        throw error
      }
    } catch (error) {
      if (error instanceof WeiboError && error.kind === 'auth') await markTokenRefused(ctx, error)
      throw error
    }
  },

  async withdraw(externalId, ctx) {
    if (!externalId) return
    try {
      await clientFor(ctx.account).destroy(externalId)
    } catch (error) {
      // Already gone (deleted on Weibo by hand): the takedown's goal is met.
      if (error instanceof WeiboError && error.kind === 'gone') return
      if (error instanceof WeiboError && error.kind === 'auth') await markTokenRefused(ctx, error)
      throw error
    }
  },
}

/** Reading comments back (2/comments/show.json) for a delivered post. */
export const weiboComments = (account: Account, idstr: string, params: Parameters<WeiboClient['comments']>[1] = {}) => clientFor(account).comments(idstr, params)
