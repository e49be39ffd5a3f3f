import type { PayloadRequest } from 'payload'

import { publisherOptions, statusCheckDelay } from './channels'
import { savePublication, type Publication } from './publicationRecord'

const NO_ERROR = { code: null, message: null, raw: null }

/**
 * The channel confirmed the delivery: the publication is delivered, and the earlier delivery it corrects
 * (更正) is marked as replaced by it.
 */
export async function recordDelivered(req: PayloadRequest, publication: Publication, outcome: { externalId?: string | null; url?: string | null }, extra: Record<string, unknown> = {}) {
  const doc = await savePublication(req, publication.id, {
    state: 'delivered',
    externalId: outcome.externalId ?? publication.externalId ?? null,
    url: outcome.url ?? publication.url ?? null,
    deliveredAt: new Date().toISOString(),
    lastError: NO_ERROR,
    nextAttemptAt: null,
    ...extra,
  })
  if (publication.corrects) {
    await savePublication(req, publication.corrects as number, { state: 'superseded', supersededBy: publication.id })
  }
  return doc
}

/**
 * An asynchronous channel accepted the submission: the publication waits as submitted, and the first status
 * check is queued (then with backoff until the channel answers or the configured time runs out).
 */
export async function recordSubmitted(req: PayloadRequest, publication: Publication, outcome: { externalId?: string | null; url?: string | null }) {
  const externalId = outcome.externalId ?? publication.externalId ?? null
  const at = new Date(Date.now() + statusCheckDelay(1, publisherOptions(req.payload).statusPolling))
  const doc = await savePublication(req, publication.id, {
    state: 'submitted',
    externalId,
    url: outcome.url ?? null,
    // Resubmission checks of an earlier submission keep its time: the give-up clock started then.
    submittedAt: publication.state === 'submitted' && publication.submittedAt ? publication.submittedAt : new Date().toISOString(),
    statusChecks: 0,
    lastError: NO_ERROR,
    nextAttemptAt: at.toISOString(),
  })
  await req.payload.jobs.queue({ task: 'checkPublication', input: { publication: String(publication.id) }, waitUntil: at, req })
  return doc
}
