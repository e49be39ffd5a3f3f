import type { PayloadRequest, TaskConfig } from 'payload'

import { isClaimConflict, transition } from '../../hooks/workflow/transition'
import { contentHash } from '../../workflow/contentHash'
import { publisherFor } from '../registry'
import { DeliveryError, type Account, type Snapshot } from './contract'
import { AUTH_FAILURES_TO_PAUSE, nextAttempt } from './retryPolicy'

type Publication = Record<string, any> & { id: number | string }

const FINAL = new Set(['delivered', 'withdrawn', 'canceled', 'failed'])

const save = (req: PayloadRequest, id: number | string, data: Record<string, unknown>) =>
  req.payload.update({ collection: 'publications', id, data, overrideAccess: true, req })

async function fail(req: PayloadRequest, publication: Publication, code: string, message: string, raw: unknown = null) {
  await save(req, publication.id, { state: 'failed', lastError: { code, message, raw }, nextAttemptAt: null })
}

/**
 * Delivers one publication, at least once and idempotently: a publication in a final state is left alone
 * (running the same job twice delivers once); the approved version must still be the latest; the item is
 * made visible on the website first; transient failures are rescheduled with backoff as a new job,
 * permanent ones fail with the channel's reason; repeated authentication failures pause the account.
 */
export async function deliverPublication(req: PayloadRequest, publicationId: number | string) {
  const publication = (await req.payload.findByID({ collection: 'publications', id: publicationId, depth: 0, overrideAccess: true, req, disableErrors: true })) as Publication | null
  if (!publication || FINAL.has(publication.state)) return
  const publisher = publisherFor(publication.channel)
  if (!publisher) return fail(req, publication, 'no-publisher', `渠道“${publication.channel}”尚未接入，无法投递`)

  const account = (await req.payload.findByID({ collection: 'channel-accounts', id: publication.account, depth: 0, overrideAccess: true, req })) as unknown as Account & {
    status: string
    settings?: Record<string, unknown> | null
  }
  if (account.status !== 'filed') {
    const label = { pending: '待备案', suspended: '已暂停', cancelled: '已注销' }[account.status] ?? account.status
    return fail(req, publication, 'account-not-filed', `账号“${account.name}”状态为“${label}”，只有已备案的账号才能投递`)
  }

  const collection = publication.item.relationTo as 'articles' | 'videos'
  const itemId = typeof publication.item.value === 'object' ? publication.item.value.id : publication.item.value
  const item = (await req.payload.findByID({ collection, id: itemId, draft: true, depth: 1, overrideAccess: true, req })) as Record<string, any>
  if (contentHash(item) !== publication.versionHash) {
    return fail(req, publication, 'version-changed', '稿件在审核通过后被修改，本次投递已停止，需重新审核后再发布')
  }
  const snapshot: Snapshot = { ...item, id: item.id, collection, versionHash: publication.versionHash }

  const problems = publisher.validate(snapshot, account)
  if (problems.length) return fail(req, publication, 'invalid', problems.join('；'))
  // Claim this attempt: the audit log's unique key lets one worker through when two run the same job.
  const attempt = (publication.attempts ?? 0) + 1
  try {
    await req.payload.create({
      collection: 'audit-log',
      data: {
        action: 'deliver',
        collectionSlug: 'publications',
        docId: String(publication.id),
        unit: publication.unit ?? null,
        note: `第 ${attempt} 次投递：${account.name}`,
        versionHash: publication.versionHash,
        transitionKey: `publications:${publication.id}:attempt-${attempt}`,
      },
      overrideAccess: true,
      req,
    })
  } catch (error) {
    if (isClaimConflict(error)) return
    throw error
  }
  let artifact = publication.artifact
  if (artifact == null) {
    artifact = publisher.render(snapshot, account)
    await save(req, publication.id, { state: 'rendering', artifact })
  }
  // Every channel's item lives on the website: visible before any channel links to it.
  if (item.workflowState === 'approved' || item.workflowState === 'scheduled') {
    // Another publication of the same item may be publishing it right now: then it is live, which is all we need.
    await transition(req, { collection, id: itemId, action: 'publish' }).catch((error: { status?: number }) => {
      if (error?.status !== 409) throw error
    })
  }
  await save(req, publication.id, { state: 'delivering', attempts: attempt })
  const ctx = { payload: req.payload, req, account, snapshot, now: new Date() }
  try {
    const outcome = await publisher.deliver(artifact as never, ctx)
    await save(req, publication.id, {
      state: outcome.state,
      externalId: outcome.externalId ?? null,
      url: outcome.url ?? null,
      deliveredAt: outcome.state === 'delivered' ? new Date().toISOString() : null,
      lastError: { code: null, message: null, raw: null },
      nextAttemptAt: null,
    })
    if (account.settings?.authFailures) {
      await req.payload.update({ collection: 'channel-accounts', id: account.id, data: { settings: { ...account.settings, authFailures: 0 } }, overrideAccess: true, req })
    }
  } catch (error) {
    const failure =
      error instanceof DeliveryError
        ? error.options
        : { code: 'unexpected', transient: true, raw: String((error as Error)?.message ?? error) }
    const message = (error as Error).message || '投递失败'
    const attempts = attempt
    if ('authFailure' in failure && failure.authFailure) {
      const authFailures = Number(account.settings?.authFailures ?? 0) + 1
      const pause = authFailures >= AUTH_FAILURES_TO_PAUSE
      await req.payload.update({
        collection: 'channel-accounts',
        id: account.id,
        data: { settings: { ...account.settings, authFailures }, ...(pause ? { status: 'suspended' } : {}) },
        overrideAccess: true,
        req,
      })
    }
    const next = nextAttempt(attempts, failure)
    if (!next.retry) {
      const reason = next.reason === 'exhausted' ? `（已重试 ${attempts} 次仍失败）` : ''
      return fail(req, { ...publication, attempts }, failure.code, `${message}${reason}`, failure.raw ?? null)
    }
    const at = new Date(Date.now() + next.delayMs)
    await save(req, publication.id, { state: 'retrying', nextAttemptAt: at.toISOString(), lastError: { code: failure.code, message, raw: failure.raw ?? null } })
    await req.payload.jobs.queue({ task: 'deliverPublication', input: { publication: String(publication.id) }, waitUntil: at, req })
  }
}

export async function withdrawPublication(req: PayloadRequest, publicationId: number | string, reason: string) {
  const publication = (await req.payload.findByID({ collection: 'publications', id: publicationId, depth: 0, overrideAccess: true, req, disableErrors: true })) as Publication | null
  if (!publication || publication.state === 'withdrawn') return
  const publisher = publisherFor(publication.channel)
  const account = (await req.payload.findByID({ collection: 'channel-accounts', id: publication.account, depth: 0, overrideAccess: true, req })) as unknown as Account
  const collection = publication.item.relationTo as 'articles' | 'videos'
  const snapshot = { id: publication.item.value, collection, versionHash: publication.versionHash } as Snapshot
  await publisher?.withdraw(publication.externalId ?? null, { payload: req.payload, req, account, snapshot, now: new Date() })
  await save(req, publication.id, { state: 'withdrawn', withdrawnAt: new Date().toISOString(), withdrawReason: reason })
}

export const publisherTasks: TaskConfig[] = [
  {
    slug: 'deliverPublication',
    label: '投递发布记录',
    inputSchema: [{ name: 'publication', type: 'text', required: true }],
    // Retries are ours (a new job with backoff, recorded on the publication), not the queue's.
    retries: 0,
    handler: async ({ input, req }) => {
      await deliverPublication(req, (input as { publication: string }).publication)
      return { output: {} }
    },
  },
  {
    slug: 'withdrawPublication',
    label: '撤回发布记录',
    inputSchema: [
      { name: 'publication', type: 'text', required: true },
      { name: 'reason', type: 'text' },
    ],
    retries: 3,
    handler: async ({ input, req }) => {
      const { publication, reason } = input as { publication: string; reason?: string }
      await withdrawPublication(req, publication, reason ?? '')
      return { output: {} }
    },
  },
]
