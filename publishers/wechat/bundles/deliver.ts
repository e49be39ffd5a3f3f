import type { PayloadRequest, Where } from 'payload'

import { transition } from '../../../hooks/workflow/transition'
import { publisherOptions, statusCheckDelay } from '../../core/channels'
import { DeliveryError, type Account, type Delivery, type DeliveryContext } from '../../core/contract'
import { claimAuditKey, claimKeyIsStale, classifyFailure, resumableContext } from '../../core/publicationRecord'
import { nextAttempt } from '../../core/retryPolicy'
import { STALE_AFTER_MS } from '../../core/sweep'
import { clientFor } from '../accountClient'
import type { PublishResult, WechatClient } from '../client'
import { ARTICLE_PREFIX, deleteArticle, deliverWechat } from '../deliver'
import { publishOutcome } from '../publishOutcome'
import type { WechatArtifact } from '../render'
import { WORKFLOW_STATES } from '../../../workflow/states'
import { bundleNotBefore, holdBundle } from './hold'
import { bundleAccount, bundleItems, idOf, loadBundle, saveBundle, type BundleDoc } from './load'
import { DELIVERABLE } from './publish'

/**
 * The jobs of a 微信组稿. Delivery reuses the single-item WeChat steps (deliverWechat: uploads, covers, one
 * draft/add with every article, freepublish/submit, each step checkpointed — here on the bundle), so a retry
 * resumes and an uncertain submission is reconciled the same way. The status check maps article_detail (1-based
 * idx) back to each item's row; takedown of one item deletes only its article (freepublish/delete with its idx).
 */

const stepKey = (bundle: BundleDoc, step: string) => `wechat-bundles:${bundle.id}:r${bundle.round ?? 0}:${step}`

/** One worker per step: the audit log's unique key (as the publications' claims), per publishing round. */
export const claimBundleStep = (req: PayloadRequest, bundle: BundleDoc, step: string, note: string) =>
  claimAuditKey(req, { action: 'wechat-bundle', collectionSlug: 'wechat-bundles', docId: String(bundle.id), unit: bundle.unit ?? null, note, transitionKey: stepKey(bundle, step) })

/**
 * A step claimed by another worker — or by one that died before recording it: then nobody will finish it, so it is
 * counted (`record`) and the job queued again for the next step, as the core does for publications.
 */
async function recoverStaleClaim(req: PayloadRequest, bundle: BundleDoc, step: string, record: Record<string, unknown>, task: 'deliverWechatBundle' | 'checkWechatBundle') {
  if (!(await claimKeyIsStale(req, stepKey(bundle, step), STALE_AFTER_MS))) return
  await saveBundle(req, bundle.id, record)
  await req.payload.jobs.queue({ task, input: { bundle: String(bundle.id) }, req })
}

// The steps read the artifact, not the snapshot; the bundle stands in for it.
const bundleContext = (req: PayloadRequest, bundle: BundleDoc, account: Account): DeliveryContext =>
  resumableContext(req, account, { id: bundle.id, collection: 'wechat-bundles', versionHash: String(bundle.round ?? 0) }, bundle, (data) => saveBundle(req, bundle.id, data))

const fail = (req: PayloadRequest, bundle: BundleDoc, message: string) => saveBundle(req, bundle.id, { state: 'failed', lastError: message })

/**
 * `deliverWechatBundle`: the items live on the website first, then the one post goes to WeChat — never before every
 * item may go out (定时发布, 禁发至, checked again here and before claiming an attempt: a held run costs none).
 */
export async function deliverBundle(req: PayloadRequest, id: number | string) {
  const bundle = await loadBundle(req, id)
  if (!bundle || !['queued', 'retrying'].includes(bundle.state)) return
  const items = await bundleItems(req, bundle)
  // While the post waited an item may have been withdrawn (撤稿) or sent back to review: it must not go out.
  const gone = items.findIndex(({ doc }) => !doc || !DELIVERABLE.has(doc.workflowState))
  if (gone >= 0) {
    const doc = items[gone].doc
    const state = doc ? (WORKFLOW_STATES.find((s) => s.value === doc.workflowState)?.zh ?? doc.workflowState) : '已删除'
    return fail(req, bundle, `第 ${gone + 1} 篇${doc ? `《${doc.title ?? ''}》` : ''}当前为“${state}”，不能发表，组稿未发表；请移出该稿件后重新发表`)
  }
  const notBefore = bundleNotBefore(items)
  if (notBefore) return holdBundle(req, bundle, notBefore)
  const attempt = (bundle.attempts ?? 0) + 1
  if (!(await claimBundleStep(req, bundle, `attempt-${attempt}`, `组稿第 ${attempt} 次投递`))) {
    return recoverStaleClaim(req, bundle, `attempt-${attempt}`, { attempts: attempt, state: 'retrying' }, 'deliverWechatBundle')
  }
  const account = await bundleAccount(req, bundle)
  if (account.status !== 'filed') return fail(req, bundle, `账号“${account.name}”不是已备案状态，组稿未发表`)
  await saveBundle(req, bundle.id, { attempts: attempt, scheduledFor: null })

  // Every channel links to the website: the items go live there first (as a single delivery would do).
  for (const { collection, doc } of items) {
    if (doc && (doc.workflowState === 'approved' || doc.workflowState === 'scheduled')) {
      await transition(req, { collection, id: doc.id, action: 'publish' }).catch((error: { status?: number }) => {
        if (error?.status !== 409) throw error
      })
    }
  }
  const ctx = bundleContext(req, bundle, account)
  try {
    const outcome = bundle.externalId ? { state: 'submitted' as const, externalId: bundle.externalId } : await deliverWechat(bundle.artifact as WechatArtifact, ctx)
    if (outcome.state === 'delivered') return settle(req, bundle, clientFor(req.payload, account), outcome)
    await saveBundle(req, bundle.id, { state: 'submitted', externalId: outcome.externalId, submittedAt: bundle.submittedAt ?? new Date().toISOString(), lastError: null })
    await queueCheck(req, bundle, 1)
  } catch (error) {
    const failure = classifyFailure(error)
    const next = nextAttempt(attempt, failure)
    if (!next.retry) return fail(req, bundle, `${failure.message}${next.reason === 'exhausted' ? `（已重试 ${attempt} 次仍失败）` : ''}`)
    const at = new Date(Date.now() + next.delayMs)
    await saveBundle(req, bundle.id, { state: 'retrying', lastError: failure.message })
    await req.payload.jobs.queue({ task: 'deliverWechatBundle', input: { bundle: String(bundle.id) }, waitUntil: at, req })
  }
}

const queueCheck = async (req: PayloadRequest, bundle: BundleDoc, checks: number) =>
  req.payload.jobs.queue({ task: 'checkWechatBundle', input: { bundle: String(bundle.id) }, waitUntil: new Date(Date.now() + statusCheckDelay(checks, publisherOptions(req.payload).statusPolling)), req })

/** `checkWechatBundle`: freepublish/get until WeChat says published (links per article) or failed (the reason). */
export async function checkBundle(req: PayloadRequest, id: number | string) {
  const bundle = await loadBundle(req, id)
  if (!bundle || bundle.state !== 'submitted' || !bundle.externalId) return
  const checks = (bundle.statusChecks ?? 0) + 1
  if (!(await claimBundleStep(req, bundle, `check-${checks}`, `组稿第 ${checks} 次查询发表结果`))) {
    return recoverStaleClaim(req, bundle, `check-${checks}`, { statusChecks: checks }, 'checkWechatBundle')
  }
  const client = clientFor(req.payload, await bundleAccount(req, bundle))
  try {
    if (await settle(req, bundle, client, { state: 'submitted', externalId: bundle.externalId })) return
  } catch (error) {
    const failure = classifyFailure(error)
    if (!failure.transient) return fail(req, bundle, failure.message)
  }
  const giveUpMs = publisherOptions(req.payload).statusPolling.giveUpAfterMs
  if (Date.now() - Date.parse(bundle.submittedAt ?? bundle.updatedAt) >= giveUpMs) {
    return fail(req, bundle, '提交发表后微信长时间未确认结果，已停止查询；请到公众平台核实后再决定是否重新发表')
  }
  await saveBundle(req, bundle.id, { statusChecks: checks })
  await queueCheck(req, bundle, checks + 1)
}

/**
 * Writes each article's link on its item row (article_detail's idx is 1-based, in the order of the rows).
 * False while WeChat is still publishing; a failed publish throws with the reason.
 */
async function settle(req: PayloadRequest, bundle: BundleDoc, client: WechatClient, outcome: Delivery): Promise<boolean> {
  const externalId = outcome.externalId!
  if (!externalId.startsWith(ARTICLE_PREFIX)) return applyPublishResult(req, bundle, await client.getPublish(externalId))
  const articleId = externalId.slice(ARTICLE_PREFIX.length)
  const urls = new Map((await client.getArticle(articleId)).map((article, index) => [index + 1, article.url ?? '']))
  await recordLinks(req, bundle, externalId, articleId, urls)
  return true
}

/** A freepublish/get answer or a PUBLISHJOBFINISH push: false while publishing, links when published, throws when failed. */
async function applyPublishResult(req: PayloadRequest, bundle: BundleDoc, result: PublishResult): Promise<boolean> {
  const state = publishOutcome(result)
  if (!state) return false
  if (state.state === 'failed') throw new DeliveryError(state.message, { code: state.code, transient: false })
  const urls = new Map((result.article_detail?.item ?? []).map((item) => [Number(item.idx), item.article_url]))
  await recordLinks(req, bundle, bundle.externalId!, state.articleId ?? '', urls)
  return true
}

const recordLinks = (req: PayloadRequest, bundle: BundleDoc, externalId: string, articleId: string, urls: Map<number, string>) =>
  saveBundle(req, bundle.id, {
    state: 'delivered', externalId, articleId, deliveredAt: new Date().toISOString(), lastError: null,
    items: (bundle.items ?? []).map((row, index) => ({ ...row, url: urls.get(index + 1) ?? null })),
  })

/**
 * The PUBLISHJOBFINISH push of a bundle's submission (callback.ts, when no publication has that publish_id):
 * settles it at once; polling would otherwise. True when a bundle had it.
 */
export async function settleBundlePush(req: PayloadRequest, account: number | string, publishId: string, result: PublishResult): Promise<boolean> {
  const where: Where = { and: [{ account: { equals: account } }, { externalId: { equals: publishId } }, { state: { equals: 'submitted' } }] }
  const { docs } = await req.payload.find({ collection: 'wechat-bundles', where, depth: 0, limit: 1, overrideAccess: true, req })
  const bundle = docs[0] as BundleDoc | undefined
  if (!bundle) return false
  try {
    await applyPublishResult(req, bundle, result)
  } catch (error) {
    if (!(error instanceof DeliveryError)) throw error
    await fail(req, bundle, error.message)
  }
  return true
}

/** `withdrawWechatBundleArticle`: takes one item's article down (its 1-based position), the rest stay. */
export async function withdrawBundleArticle(req: PayloadRequest, id: number | string, index: number, reason: string) {
  const bundle = await loadBundle(req, id)
  const row = bundle?.items?.[index - 1]
  if (!bundle?.articleId || !row || row.withdrawnAt) return
  await deleteArticle(clientFor(req.payload, await bundleAccount(req, bundle)), bundle.articleId, index)
  const items = bundle.items!.map((other, i) => (i === index - 1 ? { ...other, withdrawnAt: new Date().toISOString(), withdrawReason: reason } : other))
  await saveBundle(req, bundle.id, { items })
}

/** 撤稿 of an item: its article in every published bundle is taken down (the other articles stay). */
export async function withdrawItemFromBundles(req: PayloadRequest, item: { collection: string; id: number | string }, reason: string) {
  const { docs } = await req.payload.find({
    collection: 'wechat-bundles',
    where: { and: [{ state: { equals: 'delivered' } }, { 'items.item.value': { equals: item.id } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const bundle of docs as BundleDoc[]) {
    const index = (bundle.items ?? []).findIndex((row) => row.item.relationTo === item.collection && String(idOf(row.item.value)) === String(item.id) && !row.withdrawnAt)
    if (index >= 0) await req.payload.jobs.queue({ task: 'withdrawWechatBundleArticle', input: { bundle: String(bundle.id), index: index + 1, reason: `撤稿：${reason}` }, req })
  }
}
