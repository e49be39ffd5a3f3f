import { APIError, type PayloadRequest } from 'payload'

import { claimStep, savePublication, type Publication } from '../../core/publicationRecord'
import { credentialProblems } from '../accountClient'
import type { WechatProgress } from '../deliver'
import { renderWechatBundle, validateWechatBundle } from '../render'
import { defaultSiteUrl } from '../siteUrl'
import { beijingLabel, bundleNotBefore } from './hold'
import { bundleAccount, bundleItems, idOf, saveBundle, snapshotOf, type BundleDoc } from './load'
import { bundleStateLabel, EDITABLE_BUNDLE_STATES } from './states'

/** Item states whose approved version may go out (not withdrawn, not back in review). */
export const DELIVERABLE = new Set(['approved', 'scheduled', 'published'])
/** Single publications that have reached (or are reaching) WeChat: the item is already out there on its own. */
const ALREADY_OUT = new Set(['delivering', 'submitted', 'delivered'])
/** Single publications still waiting: the bundle takes them over. */
const WAITING = new Set(['queued', 'rendering', 'retrying'])

const refuse = (message: string, status = 400, path = 'items') => new APIError(message, status, [{ path, message }], true)

/**
 * 发表组稿: checks the bundle (its items approved and targeting the account, validateWechatBundle), takes over
 * the items' own WeChat publications for that account so nothing is posted twice, renders the post once and
 * queues its delivery. A single publication is taken over by claiming its next delivery attempt first (the
 * same unique key a worker claims), so a worker cannot start it while it is being cancelled; one that already
 * reached WeChat refuses the bundle instead. Items scheduled (定时发布) or under embargo (禁发至) hold the whole post:
 * it is queued for the latest of those times (hold.ts) and says when it will go out.
 */
export async function publishBundle(req: PayloadRequest, bundle: BundleDoc) {
  if (!EDITABLE_BUNDLE_STATES.has(bundle.state)) throw refuse(`组稿当前状态为“${bundleStateLabel(bundle.state)}”，不能再次发表`, 409, 'state')
  const account = await bundleAccount(req, bundle)
  if (account.kind !== 'wechat') throw refuse('公众号：组稿只能发表到微信公众号账号', 400, 'account')
  if (account.status !== 'filed') throw refuse(`公众号：账号“${account.name}”尚未备案或已暂停，不能发表`, 400, 'account')

  const items = await bundleItems(req, bundle)
  const problems: string[] = []
  items.forEach(({ doc }, index) => {
    const where = `第 ${index + 1} 篇${doc ? `《${doc.title ?? ''}》` : ''}`
    if (!doc) return problems.push(`${where}：稿件不存在`)
    if (!DELIVERABLE.has(doc.workflowState)) problems.push(`${where}：只有已通过审核（或已发布）的稿件可以组稿`)
    if (!(doc.targets ?? []).map(idOf).some((id: unknown) => String(id) === String(account.id))) problems.push(`${where}：投递目标中没有公众号“${account.name}”`)
  })
  const ids = items.map(({ doc }) => String(doc?.id))
  if (new Set(ids).size !== ids.length) problems.push('稿件：同一篇稿件在组稿中出现了多次')
  if (problems.length) throw refuse(problems.join('；'))

  const snapshots = items.map(({ collection, doc }) => snapshotOf(collection, doc!))
  const options = { siteUrl: defaultSiteUrl() }
  const invalid = [...credentialProblems(account), ...validateWechatBundle(snapshots, account, options)]
  if (invalid.length) throw refuse(invalid.join('；'))

  const singles = await singlePublications(req, items.map(({ collection, doc }) => ({ collection, id: doc!.id })), account.id)
  const out = singles.find((publication) => ALREADY_OUT.has(publication.state))
  if (out) throw refuse(`《${out.itemTitle ?? ''}》已单独投递到该公众号（${out.state === 'delivered' ? '已送达' : '投递中'}），不能再编入组稿`, 409)
  for (const publication of singles.filter((p) => WAITING.has(p.state))) {
    const attempt = (publication.attempts ?? 0) + 1
    if (!(await claimStep(req, publication, `attempt-${attempt}`, 'deliver', `编入微信组稿“${bundle.title}”，不再单独投递`))) {
      throw refuse(`《${publication.itemTitle ?? ''}》正在单独投递到该公众号，请稍后刷新再试`, 409)
    }
    await savePublication(req, publication.id, {
      state: 'canceled',
      nextAttemptAt: null,
      lastError: { code: 'wechat-bundled', message: `已编入微信组稿“${bundle.title}”（第 ${ids.indexOf(String(idOf(publication.item.value))) + 1} 篇），由组稿统一发表，不再单独发表`, raw: { bundle: bundle.id } },
    })
  }

  const artifact = renderWechatBundle(snapshots, account, options)
  // A failed round's draft may still be in the draft box: the new round deletes it before making its own.
  const earlier = (bundle.progress ?? {}) as WechatProgress
  const obsoleteDrafts = [...(earlier.obsoleteDrafts ?? []), ...(earlier.draftId ? [earlier.draftId] : [])]
  const notBefore = bundleNotBefore(items)
  await saveBundle(req, bundle.id, {
    state: 'queued', artifact, scheduledFor: notBefore?.toISOString() ?? null, progress: obsoleteDrafts.length ? { obsoleteDrafts } : {}, attempts: 0, statusChecks: 0, round: (bundle.round ?? 0) + 1,
    lastError: null, externalId: null, articleId: null, submittedAt: null, deliveredAt: null,
    items: (bundle.items ?? []).map((row) => ({ ...row, url: null, withdrawnAt: null, withdrawReason: null })),
  })
  await req.payload.jobs.queue({ task: 'deliverWechatBundle', input: { bundle: String(bundle.id) }, waitUntil: notBefore ?? undefined, req })
  const when = notBefore ? `将于 ${beijingLabel(notBefore)}发表（稿件的定时发布或禁发至时间）` : '发表'
  return {
    message: `已加入发表队列：${snapshots.length} 篇稿件将作为一次群发（头条 + ${snapshots.length - 1} 篇次条）${when}`,
    scheduledFor: notBefore?.toISOString() ?? null,
    cancelled: singles.filter((p) => WAITING.has(p.state)).length,
  }
}

/** The items' own WeChat publications for this account that are not over (cancelled, withdrawn, replaced, failed). */
async function singlePublications(req: PayloadRequest, refs: { collection: string; id: number | string }[], accountId: number | string) {
  const { docs } = await req.payload.find({
    collection: 'publications',
    where: { and: [{ 'item.value': { in: refs.map((ref) => ref.id) } }, { account: { equals: accountId } }, { state: { not_in: ['canceled', 'withdrawn', 'superseded', 'failed'] } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  // Articles and videos number their ids separately: match the collection too.
  return (docs as Publication[]).filter((p) => refs.some((ref) => ref.collection === p.item.relationTo && String(ref.id) === String(idOf(p.item.value))))
}
