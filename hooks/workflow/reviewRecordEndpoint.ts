import { APIError, NotFound, type Endpoint, type PayloadRequest } from 'payload'

import { contentHash } from '../../workflow/contentHash'
import { reviewRecordPdf, type ChecksSummary, type ProofreadingEntry, type ReviewRecord, type ReviewStageEntry } from '../../workflow/reviewRecord'
import { STAGE_LABEL, type Stage } from '../../workflow/transitions'
import { idOf, type ReviewableDoc } from './facts'
import type { ReviewableSlug } from './transition'

const CREDIT_ROLE_ZH: Record<string, string> = { text: '文', photo: '图', video: '视频', editor: '编辑', proof: '校对' }
const STAGE_OF_STATE: Record<string, Stage> = { review1: 1, review2: 2, review3: 3 }

type Named = { id: number | string; name?: string | null; unit?: unknown }
type Credit = { role?: string | null; user?: unknown; name?: string | null }

/** Names of `ids` in one query each collection, by id (the system reads them: the caller may read the item). */
async function namesById(req: PayloadRequest, collection: 'users' | 'units' | 'columns' | 'channel-accounts', ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id != null))]
  const byId = new Map<string, Named>()
  if (!wanted.length) return byId
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: wanted } },
    select: collection === 'users' ? { name: true, unit: true } : { name: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const doc of docs as Named[]) byId.set(String(doc.id), doc)
  return byId
}

/** The 署名 line: credits grouped by role in order of appearance, '文/张三 李四　图/王五'. */
export function creditLine(credits: readonly Credit[], userNames: Map<string, Named>): string {
  const groups = new Map<string, string[]>()
  for (const credit of credits) {
    const who = credit.name?.trim() || userNames.get(idOf(credit.user) ?? '')?.name?.trim()
    if (!who) continue
    const role = CREDIT_ROLE_ZH[credit.role ?? ''] ?? credit.role ?? ''
    groups.set(role, [...(groups.get(role) ?? []), who])
  }
  return [...groups].map(([role, names]) => `${role}/${names.join(' ')}`).join('　')
}

/**
 * The stored check report (hooks/workflow/checks: `{ findings, counts: { block, warn } }`) as the record's
 * summary; a report without counts has its findings with a `level` counted wherever they sit.
 */
export function checksSummary(checks: unknown, acknowledged: boolean): ChecksSummary {
  const report = (checks as { report?: { counts?: { block?: unknown; warn?: unknown } } } | null)?.report
  if (typeof report?.counts?.block === 'number' && typeof report.counts.warn === 'number') {
    const { block, warn } = report.counts
    return { blocks: block, warnings: warn, acknowledged: acknowledged ? warn : 0 }
  }
  let blocks = 0
  let warnings = 0
  const seen = new Set<unknown>()
  const walk = (value: unknown) => {
    if (!value || typeof value !== 'object' || seen.has(value)) return
    seen.add(value)
    if (Array.isArray(value)) return value.forEach(walk)
    const level = (value as { level?: unknown }).level
    if (level === 'block') blocks++
    else if (level === 'warn') warnings++
    else Object.values(value).forEach(walk)
  }
  walk(report)
  return { blocks, warnings, acknowledged: acknowledged ? warnings : 0 }
}

/**
 * Everything the 审核登记表 prints about an item, read for `req.user`: the latest version (the caller must be
 * allowed to read it), its names, and every approval and return in the audit log (all rounds, in order).
 */
export async function buildReviewRecord(req: PayloadRequest, collection: ReviewableSlug, id: number | string): Promise<ReviewRecord> {
  const doc = (await req.payload
    .findByID({ collection, id, draft: true, depth: 0, overrideAccess: false, user: req.user, req })
    .catch(() => null)) as (ReviewableDoc & { title?: string; kicker?: string | null; column?: unknown; credits?: Credit[] | null; createdAt?: string }) | null
  if (!doc) throw new NotFound(req.t)
  const review = doc.review ?? {}

  const { docs: decisions } = await req.payload.find({
    collection: 'audit-log',
    where: {
      and: [{ collectionSlug: { equals: collection } }, { docId: { equals: String(doc.id) } }, { action: { in: ['approve', 'return'] } }],
    },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })

  const credits = doc.credits ?? []
  const proofreading = review.proofreading ?? []
  const users = await namesById(req, 'users', [
    ...credits.map((credit) => idOf(credit.user)),
    ...decisions.map((entry) => idOf(entry.actor)),
    ...proofreading.map((round) => idOf(round.proofreader)),
    idOf(doc.author),
  ])
  const units = await namesById(req, 'units', [idOf(doc.unit), ...[...users.values()].map((user) => idOf(user.unit))])
  const columns = await namesById(req, 'columns', [idOf(doc.column)])
  const targetIds = (doc.targets ?? []).map(idOf)
  const targets = await namesById(req, 'channel-accounts', targetIds)
  const userName = (ref: unknown) => users.get(idOf(ref) ?? '')?.name ?? '—'

  const stages: ReviewStageEntry[] = decisions.map((entry) => {
    const data = entry.data as { stage?: number } | null
    const stage = (Number(data?.stage) || STAGE_OF_STATE[entry.fromState ?? ''] || 1) as Stage
    const reviewer = users.get(idOf(entry.actor) ?? '')
    return {
      stage,
      label: STAGE_LABEL[stage] as ReviewStageEntry['label'],
      reviewer: reviewer?.name ?? '—',
      unitName: units.get(idOf(reviewer?.unit) ?? '')?.name ?? '—',
      opinion: entry.note ?? '',
      decision: entry.action === 'approve' ? 'approved' : 'returned',
      at: entry.createdAt,
    }
  })
  const rounds: ProofreadingEntry[] = proofreading.map((round) => ({
    round: Math.min(3, Math.max(1, Number(round.round) || 1)) as ProofreadingEntry['round'],
    proofreader: userName(round.proofreader),
    corrections: Number(round.corrections) || 0,
    at: round.at,
  }))

  return {
    title: String(doc.title ?? ''),
    kicker: doc.kicker ?? null,
    unitName: units.get(idOf(doc.unit) ?? '')?.name ?? '—',
    columnName: columns.get(idOf(doc.column) ?? '')?.name ?? null,
    // Without credits the record names the person who submitted it.
    authors: creditLine(credits, users) || (doc.author ? userName(doc.author) : ''),
    submittedAt: review.submittedAt ?? doc.createdAt ?? new Date().toISOString(),
    versionHash: contentHash(doc),
    targets: targetIds.map((target) => targets.get(target ?? '')?.name).filter((name): name is string => Boolean(name)),
    stages,
    proofreading: rounds,
    checks: checksSummary(review.checks, Boolean(review.warningsAcknowledged)),
    generatedAt: new Date(),
  }
}

/** `审核登记表-<title>.pdf`, without characters a file system or a header would choke on. */
export function recordFileName(title: string): string {
  const safe = title.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '').trim().slice(0, 60)
  return `审核登记表-${safe || '稿件'}.pdf`
}

/** RFC 5987 `filename*` value: percent-encoded UTF-8, with the characters encodeURIComponent leaves but attr-char forbids. */
const rfc5987 = (value: string) => encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

/**
 * `GET /api/<collection>/:id/review-record.pdf`: the printable 审核登记表 of the item's latest version, shown
 * in the browser (inline) with a Chinese file name (RFC 5987 `filename*`, plus an ASCII fallback).
 */
export const reviewRecordEndpoint = (collection: ReviewableSlug): Endpoint => ({
  path: '/:id/review-record.pdf',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('请先登录', 401, null, true)
    const record = await buildReviewRecord(req, collection, String(req.routeParams?.id))
    const pdf = await reviewRecordPdf(record)
    const ascii = `review-record-${collection}-${String(req.routeParams?.id).replace(/[^\w-]/g, '')}.pdf`
    return new Response(Buffer.from(pdf), {
      status: 200,
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Length': String(pdf.byteLength),
        'Content-Disposition': `inline; filename="${ascii}"; filename*=UTF-8''${rfc5987(recordFileName(record.title))}`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
})
