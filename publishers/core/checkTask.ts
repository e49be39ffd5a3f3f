import type { PayloadRequest } from 'payload'

import { formatShanghaiTime } from '../../workflow/reviewRecord/formatTime'
import { publisherFor, publisherOptions, statusCheckDelay } from './channels'
import type { Delivery, Snapshot } from './contract'
import { recordDelivered } from './outcome'
import { claimIsStale, claimStep, classifyFailure, deliveryContext, failPublication, itemRef, loadAccount, loadPublication, savePublication } from './publicationRecord'
import { STALE_AFTER_MS } from './sweep'

const duration = (ms: number) =>
  ms >= 3_600_000 ? `${Math.round(ms / 360_000) / 10} 小时` : ms >= 60_000 ? `${Math.round(ms / 60_000)} 分钟` : `${Math.round(ms / 1000)} 秒`

/**
 * One status check of a submitted publication (an asynchronous channel such as WeChat's 发布): delivered
 * when the channel confirms, failed when it reports a failure or stays silent past the configured time,
 * otherwise checked again with backoff. A publication settled meanwhile (callback, takedown) is left alone.
 */
export async function checkPublication(req: PayloadRequest, publicationId: number | string) {
  const publication = await loadPublication(req, publicationId)
  if (!publication || publication.state !== 'submitted' || !publication.externalId) return
  const publisher = publisherFor(req.payload, publication.channel)
  if (!publisher?.status) {
    return failPublication(req, publication.id, 'no-status', `渠道“${publication.channel}”无法查询发布结果，请到平台后台核实`)
  }
  const checks = (publication.statusChecks ?? 0) + 1
  if (!(await claimStep(req, publication, `check-${checks}`, 'check', `第 ${checks} 次查询发布结果`))) {
    // Another worker holds this check — or held it and died before recording it (no next check was queued, and
    // every later run would stop here): then count it and check again.
    if (await claimIsStale(req, publication, `check-${checks}`, STALE_AFTER_MS)) {
      await savePublication(req, publication.id, { statusChecks: checks })
      await req.payload.jobs.queue({ task: 'checkPublication', input: { publication: String(publication.id) }, req })
    }
    return
  }

  const account = await loadAccount(req, publication.account)
  const { collection, id } = itemRef(publication)
  const snapshot = { id, collection, versionHash: publication.versionHash } as Snapshot
  let outcome: Delivery | null = null
  let lastError = { code: null as string | null, message: null as string | null, raw: null as unknown }
  try {
    outcome = await publisher.status(publication.externalId, deliveryContext(req, publication, account, snapshot))
  } catch (error) {
    const failure = classifyFailure(error)
    if (!failure.transient) return failPublication(req, publication.id, failure.code, failure.message, failure.raw)
    // The channel could not be asked now (network, rate limit): the next check will.
    lastError = { code: failure.code, message: failure.message, raw: failure.raw }
  }
  if (outcome?.state === 'delivered') return recordDelivered(req, publication, outcome, { statusChecks: checks })

  const polling = publisherOptions(req.payload).statusPolling
  const since = Date.parse(publication.submittedAt ?? publication.updatedAt)
  if (Date.now() - since >= polling.giveUpAfterMs) {
    return failPublication(
      req,
      publication.id,
      'status-timeout',
      `提交（${formatShanghaiTime(new Date(since))}）后 ${duration(polling.giveUpAfterMs)}内渠道仍未确认发布结果，已停止查询；请到平台后台核实后再决定是否重新投递`,
      lastError.raw,
    )
  }
  const at = new Date(Date.now() + statusCheckDelay(checks + 1, polling))
  await savePublication(req, publication.id, { statusChecks: checks, nextAttemptAt: at.toISOString(), lastError })
  await req.payload.jobs.queue({ task: 'checkPublication', input: { publication: String(publication.id) }, waitUntil: at, req })
}
