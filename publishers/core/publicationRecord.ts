import type { PayloadRequest } from 'payload'

import { isUniqueViolation } from '../../hooks/workflow/transition'
import { DeliveryError, type Account, type DeliveryContext, type Snapshot } from './contract'

/** A publication row as the core reads it (depth 0). */
export type Publication = Record<string, any> & { id: number | string }

export const loadPublication = (req: PayloadRequest, id: number | string) =>
  req.payload.findByID({ collection: 'publications', id, depth: 0, overrideAccess: true, req, disableErrors: true }) as Promise<Publication | null>

export const savePublication = (req: PayloadRequest, id: number | string, data: Record<string, unknown>) =>
  req.payload.update({ collection: 'publications', id, data, overrideAccess: true, req })

export const failPublication = (req: PayloadRequest, id: number | string, code: string, message: string, raw: unknown = null) =>
  savePublication(req, id, { state: 'failed', lastError: { code, message, raw }, nextAttemptAt: null })

export const loadAccount = (req: PayloadRequest, id: unknown) =>
  req.payload.findByID({ collection: 'channel-accounts', id: id as number, depth: 0, overrideAccess: true, req }) as unknown as Promise<
    Account & { status: string; settings?: Record<string, unknown> | null }
  >

export const itemRef = (publication: Publication) => ({
  collection: publication.item.relationTo as 'articles' | 'videos',
  id: (typeof publication.item.value === 'object' ? publication.item.value.id : publication.item.value) as number | string,
})

/**
 * Claims one step of a publication (`attempt-3`, `check-2`, `settle`) in the audit log: its unique key lets
 * exactly one worker through when two run the same job. Keys are per round, so 重新投递 (which starts a new
 * round) gets a fresh set. Returns false when another worker holds the claim.
 */
export const claimStep = (req: PayloadRequest, publication: Publication, step: string, action: string, note: string) =>
  claimAuditKey(req, {
    action,
    collectionSlug: 'publications',
    docId: String(publication.id),
    unit: publication.unit ?? null,
    note,
    versionHash: publication.versionHash,
    transitionKey: stepKey(publication, step),
  })

const stepKey = (publication: Publication, step: string) => `publications:${publication.id}:r${publication.resends ?? 0}:${step}`

/** Writes an audit entry whose `transitionKey` is the claim: false when that key exists (another worker has it). */
export async function claimAuditKey(req: PayloadRequest, entry: Record<string, unknown> & { transitionKey: string }) {
  try {
    await req.payload.create({ collection: 'audit-log', data: entry as never, overrideAccess: true, req })
    return true
  } catch (error) {
    // A busy database is not another worker's claim: let the job fail and retry rather than drop the attempt.
    if (isUniqueViolation(error)) return false
    throw error
  }
}

/**
 * Whether the claim on a step is older than `staleMs`: its holder died before it recorded the step (a worker
 * killed between the claim and its next write), so nobody will finish it.
 */
export const claimIsStale = (req: PayloadRequest, publication: Publication, step: string, staleMs: number) =>
  claimKeyIsStale(req, stepKey(publication, step), staleMs)

/** Whether the claim with this key (claimAuditKey) exists and is older than `staleMs`. */
export async function claimKeyIsStale(req: PayloadRequest, transitionKey: string, staleMs: number) {
  const { docs } = await req.payload.find({
    collection: 'audit-log',
    where: { transitionKey: { equals: transitionKey } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return Boolean(docs[0] && Date.now() - Date.parse(docs[0].createdAt) > staleMs)
}

/**
 * What a channel gets for one call: the saved progress of earlier attempts and `checkpoint`, which writes
 * each step to the publication at once (a channel's `externalId` also becomes the publication's).
 */
export const deliveryContext = (req: PayloadRequest, publication: Publication, account: Account, snapshot: Snapshot): DeliveryContext =>
  resumableContext(req, account, snapshot, publication, (data) => savePublication(req, publication.id, data))

/**
 * A DeliveryContext over any record that keeps `progress` and `externalId` (a publication, WeChat's 组稿):
 * `checkpoint` merges the step into the progress and hands it to `save` at once.
 */
export function resumableContext(
  req: PayloadRequest,
  account: Account,
  snapshot: Snapshot,
  record: Record<string, any>,
  save: (data: Record<string, unknown>) => Promise<unknown>,
): DeliveryContext {
  const progress: Record<string, unknown> = { ...((record.progress as Record<string, unknown> | null) ?? {}) }
  const ctx: DeliveryContext = {
    payload: req.payload,
    req,
    account,
    snapshot,
    now: new Date(),
    externalId: (record.externalId as string | null) ?? null,
    progress,
    async checkpoint(patch) {
      Object.assign(progress, patch)
      const externalId = 'externalId' in patch ? { externalId: (patch.externalId as string | null) ?? null } : null
      await save({ progress: { ...progress }, ...externalId })
      if (externalId) ctx.externalId = externalId.externalId
    },
  }
  return ctx
}

/**
 * A failure, classified: a channel's DeliveryError as it says; anything else (network, a bug, a dying
 * process) is transient. The raw answer is kept as JSON (a bare string is not valid in a json field).
 */
export function classifyFailure(error: unknown) {
  const options =
    error instanceof DeliveryError ? error.options : { code: 'unexpected', transient: true, raw: String((error as Error)?.message ?? error) }
  const raw = options.raw == null ? null : typeof options.raw === 'object' ? options.raw : { text: String(options.raw) }
  return { ...options, raw, message: (error as Error)?.message || '投递失败' } as DeliveryError['options'] & { raw: unknown; message: string }
}
