import type { PayloadRequest } from 'payload'

import { transition } from '../../hooks/workflow/transition'
import { contentHash } from '../../workflow/contentHash'
import { publisherFor } from './channels'
import { DeliveryError, type Delivery, type DeliveryContext, type Publisher, type Snapshot } from './contract'
import { embargoOf } from './embargo'
import { recordDelivered, recordSubmitted } from './outcome'
import { claimIsStale, claimStep, classifyFailure, deliveryContext, failPublication, itemRef, loadAccount, loadPublication, savePublication, type Publication } from './publicationRecord'
import { AUTH_FAILURES_TO_PAUSE, nextAttempt } from './retryPolicy'
import { STALE_AFTER_MS } from './sweep'

/** States in which a delivery job has nothing left to do (a submitted one belongs to its status checks). */
const DONE = new Set(['delivered', 'withdrawn', 'canceled', 'failed', 'superseded', 'submitted'])

/**
 * Delivers one publication, at least once and idempotently: a publication in a final state is left alone
 * (running the same job twice delivers once); the approved version must still be the latest; an embargo
 * holds it; the item is made visible on the website first; transient failures are rescheduled with backoff
 * as a new job, permanent ones fail with the channel's reason; repeated authentication failures pause the
 * account. An asynchronous channel's submission is followed by status checks (checkTask.ts).
 */
export async function deliverPublication(req: PayloadRequest, publicationId: number | string) {
  const publication = await loadPublication(req, publicationId)
  if (!publication || DONE.has(publication.state)) return
  const fail = (code: string, message: string, raw: unknown = null) => failPublication(req, publication.id, code, message, raw)
  const publisher = publisherFor(req.payload, publication.channel)
  if (!publisher) return fail('no-publisher', `渠道“${publication.channel}”尚未接入，无法投递`)

  const account = await loadAccount(req, publication.account)
  if (account.status !== 'filed') {
    const label = { pending: '待备案', suspended: '已暂停', cancelled: '已注销' }[account.status] ?? account.status
    return fail('account-not-filed', `账号“${account.name}”状态为“${label}”，只有已备案的账号才能投递`)
  }

  const { collection, id: itemId } = itemRef(publication)
  const item = (await req.payload.findByID({ collection, id: itemId, draft: true, depth: 1, overrideAccess: true, req })) as Record<string, any>
  if (contentHash(item) !== publication.versionHash) {
    return fail('version-changed', '稿件在审核通过后被修改，本次投递已停止，需重新审核后再发布')
  }
  // 禁发至: held on every channel until the embargo ends, then the same job runs again.
  const embargo = embargoOf(item)
  if (embargo) {
    await savePublication(req, publication.id, { state: 'queued', nextAttemptAt: embargo.toISOString() })
    await req.payload.jobs.queue({ task: 'deliverPublication', input: { publication: String(publication.id) }, waitUntil: embargo, req })
    return
  }
  const snapshot: Snapshot = { ...item, id: item.id, collection, versionHash: publication.versionHash }

  const problems = publisher.validate(snapshot, account)
  if (problems.length) return fail('invalid', problems.join('；'))
  const attempt = (publication.attempts ?? 0) + 1
  if (!(await claimStep(req, publication, `attempt-${attempt}`, 'deliver', `第 ${attempt} 次投递：${account.name}`))) {
    // Another worker holds this attempt — or held it and died before recording it: then count it and go on.
    if (await claimIsStale(req, publication, `attempt-${attempt}`, STALE_AFTER_MS)) {
      await savePublication(req, publication.id, { attempts: attempt, state: 'retrying', nextAttemptAt: null })
      await req.payload.jobs.queue({ task: 'deliverPublication', input: { publication: String(publication.id) }, req })
    }
    return
  }

  let artifact = publication.artifact
  if (artifact == null) {
    artifact = publisher.render(snapshot, account)
    await savePublication(req, publication.id, { state: 'rendering', artifact })
  }
  // Every channel's item lives on the website: visible before any channel links to it.
  if (item.workflowState === 'approved' || item.workflowState === 'scheduled') {
    // Another publication of the same item may be publishing it right now: then it is live, which is all we need.
    await transition(req, { collection, id: itemId, action: 'publish' }).catch((error: { status?: number }) => {
      if (error?.status !== 409) throw error
    })
  }
  await savePublication(req, publication.id, { state: 'delivering', attempts: attempt })
  const ctx = deliveryContext(req, publication, account, snapshot)
  try {
    const outcome = await attemptDelivery(req, publisher, artifact as never, ctx, publication)
    const current = { ...publication, externalId: ctx.externalId }
    if (outcome.state === 'submitted') {
      if (!(outcome.externalId ?? ctx.externalId)) throw new DeliveryError('渠道已接受提交但没有返回编号，无法查询发布结果', { code: 'no-external-id', transient: false, raw: outcome.raw ?? null })
      await recordSubmitted(req, current, outcome)
    } else {
      await recordDelivered(req, current, outcome)
    }
    await countAuthFailure(req, account.id, false)
  } catch (error) {
    const failure = classifyFailure(error)
    const message = failure.message
    if (failure.authFailure) await countAuthFailure(req, account.id, true)
    const next = nextAttempt(attempt, failure)
    if (!next.retry) {
      const reason = next.reason === 'exhausted' ? `（已重试 ${attempt} 次仍失败）` : ''
      return fail(failure.code, `${message}${reason}`, failure.raw)
    }
    const at = new Date(Date.now() + next.delayMs)
    await savePublication(req, publication.id, { state: 'retrying', nextAttemptAt: at.toISOString(), lastError: { code: failure.code, message, raw: failure.raw } })
    await req.payload.jobs.queue({ task: 'deliverPublication', input: { publication: String(publication.id) }, waitUntil: at, req })
  }
}

/**
 * One call to the channel. An earlier attempt may have reached an asynchronous channel (its submission id is
 * on the publication or in the saved progress): the channel is asked first, and what it already has is not
 * submitted again. A correction (更正) replaces the earlier delivery where the channel can update.
 */
async function attemptDelivery(req: PayloadRequest, publisher: Publisher<never>, artifact: never, ctx: DeliveryContext, publication: Publication): Promise<Delivery> {
  const earlier = (ctx.externalId ?? (ctx.progress.externalId as string | undefined)) || null
  if (earlier && publisher.status) {
    try {
      const known = await publisher.status(earlier, ctx)
      if (known?.state === 'delivered') return { ...known, externalId: known.externalId ?? earlier }
      return { state: 'submitted', externalId: earlier, url: known?.url ?? null }
    } catch (error) {
      if (!(error instanceof DeliveryError) || error.options.transient || error.options.resubmit === false) throw error
      // The channel says that submission failed (and may be made again): forget its id (keeping the other saved steps) and submit again.
      await ctx.checkpoint({ externalId: null })
    }
  }
  if (publication.corrects && publisher.update) {
    const replaced = await loadPublication(req, publication.corrects as number)
    if (replaced?.externalId && replaced.state === 'delivered') return publisher.update(replaced.externalId, artifact, ctx)
  }
  return publisher.deliver(artifact, ctx)
}

export async function withdrawPublication(req: PayloadRequest, publicationId: number | string, reason: string) {
  const publication = await loadPublication(req, publicationId)
  if (!publication || publication.state === 'withdrawn') return
  const publisher = publisherFor(req.payload, publication.channel)
  const account = await loadAccount(req, publication.account)
  const { collection, id } = itemRef(publication)
  const snapshot = { id, collection, versionHash: publication.versionHash } as Snapshot
  await publisher?.withdraw(publication.externalId ?? null, deliveryContext(req, publication, account, snapshot))
  await savePublication(req, publication.id, { state: 'withdrawn', withdrawnAt: new Date().toISOString(), withdrawReason: reason })
}

/**
 * The circuit breaker's count of authentication failures in a row: a failure adds one and pauses the account at
 * AUTH_FAILURES_TO_PAUSE, a success clears it. Read fresh, not from the copy this delivery loaded at its start:
 * deliveries to one account run concurrently, and a stale copy let a success leave another's failures standing
 * (the count then only grew until the account was paused).
 */
async function countAuthFailure(req: PayloadRequest, accountId: number | string, failed: boolean) {
  const account = await loadAccount(req, accountId)
  const before = Number(account.settings?.authFailures ?? 0)
  if (!failed && !before) return
  const authFailures = failed ? before + 1 : 0
  const pause = failed && authFailures >= AUTH_FAILURES_TO_PAUSE
  await req.payload.update({
    collection: 'channel-accounts',
    id: account.id,
    data: { settings: { ...account.settings, authFailures }, ...(pause ? { status: 'suspended' } : {}) },
    overrideAccess: true,
    req,
  })
}
