import type { PayloadRequest, Where } from 'payload'

import { CHANNEL_KINDS } from '../publishers/channelKinds'
import { treeOrder, type AuditEvent, type Delivery, type Id, type ItemAuthor, type ReportInput, type UnitInfo } from './aggregate'
import type { DateRange } from './range'

/** What the loader is doing, for the export's progress bar: a phase, and rows read of rows to read. */
export type Progress = { phase: string; step: number; steps: number; loaded?: number; total?: number }
export type OnProgress = (progress: Progress) => void

const PAGE = 500
/** Five reading steps, then the file: the progress bar's steps. */
export const REPORT_STEPS = 6
const REVIEWABLE = ['articles', 'videos'] as const
const idOf = (ref: unknown): Id | null => (ref == null ? null : typeof ref === 'object' ? (ref as { id: Id }).id : (ref as Id))

/** Every page of a query, read with the caller's own access, reporting rows read as it goes. */
async function everyPage<T>(req: PayloadRequest, args: { collection: 'audit-log' | 'publications'; where: Where; select: Record<string, true> }, onPage: (loaded: number, total: number) => void) {
  const docs: T[] = []
  for (let page = 1; ; page++) {
    const result = await req.payload.find({ ...args, depth: 0, limit: PAGE, page, sort: 'createdAt', overrideAccess: false, req })
    docs.push(...(result.docs as T[]))
    onPage(docs.length, result.totalDocs)
    if (!result.hasNextPage) return docs
  }
}

type AuditDoc = { action: string; collectionSlug: string; docId: string; unit?: unknown; actor?: unknown; createdAt: string; fromState?: string | null; toState?: string | null; data?: { stage?: number } | null }
const toEvent = (d: AuditDoc): AuditEvent => ({
  action: d.action,
  collection: d.collectionSlug,
  docId: String(d.docId),
  unit: idOf(d.unit),
  actor: idOf(d.actor),
  at: d.createdAt,
  fromState: d.fromState ?? null,
  toState: d.toState ?? null,
  stage: d.data?.stage ?? null,
})
const AUDIT_SELECT = { action: true, collectionSlug: true, docId: true, unit: true, actor: true, createdAt: true, fromState: true, toState: true, data: true } as const

const chunks = <T>(list: T[], size = 200) => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size))

/**
 * Reads what a report needs, with the requesting user's access (audit log and publications are unit-scoped
 * for reviewers), narrowed to `units`. The one exception is people's names: the names of the actors and
 * authors named by records the user could read are looked up without access rules (names only), so a
 * reviewer's report can say who approved rather than "用户 #12".
 */
export async function loadReportInput(req: PayloadRequest, range: DateRange, units: UnitInfo[], onProgress: OnProgress = () => {}): Promise<ReportInput> {
  const unitIds = units.map((u) => u.id)
  const inUnits: Where = { unit: { in: unitIds } }
  const period: Where[] = [{ createdAt: { greater_than_equal: range.start } }, { createdAt: { less_than: range.end } }]
  const step = (n: number, phase: string) => (loaded?: number, total?: number) => onProgress({ phase, step: n, steps: REPORT_STEPS, loaded, total })

  const events = unitIds.length
    ? (
        await everyPage<AuditDoc>(
          req,
          {
            collection: 'audit-log',
            where: { and: [inUnits, ...period, { collectionSlug: { in: [...REVIEWABLE] } }, { action: { in: ['create', 'approve', 'return', 'withdraw'] } }] },
            select: AUDIT_SELECT,
          },
          step(1, '读取审计日志'),
        )
      ).map(toEvent)
    : []

  // When each reviewed item entered its stages, possibly before the range began.
  const entries: AuditEvent[] = []
  const reviewed = step(2, '计算审核用时')
  reviewed(0, 0)
  for (const collection of REVIEWABLE) {
    const ids = [...new Set(events.filter((e) => e.collection === collection && (e.action === 'approve' || e.action === 'return')).map((e) => e.docId))]
    for (const part of chunks(ids)) {
      const where: Where = { and: [{ collectionSlug: { equals: collection } }, { docId: { in: part } }, { toState: { in: ['review1', 'review2', 'review3'] } }, { createdAt: { less_than: range.end } }] }
      const docs = await everyPage<AuditDoc>(req, { collection: 'audit-log', where, select: AUDIT_SELECT }, () => {})
      entries.push(...docs.map(toEvent))
      reviewed(entries.length, entries.length)
    }
  }

  type PublicationDoc = { item: { relationTo: string; value: unknown }; unit?: unknown; channel: string; deliveredAt: string }
  const deliveries: Delivery[] = unitIds.length
    ? (
        await everyPage<PublicationDoc>(
          req,
          {
            collection: 'publications',
            where: { and: [inUnits, { deliveredAt: { greater_than_equal: range.start } }, { deliveredAt: { less_than: range.end } }] },
            select: { item: true, unit: true, channel: true, deliveredAt: true },
          },
          step(3, '读取发布记录'),
        )
      ).map((p) => ({ collection: p.item.relationTo, itemId: String(idOf(p.item.value)), unit: idOf(p.unit), channel: p.channel, deliveredAt: p.deliveredAt }))
    : []

  // Authors of the items published or taken down (published and takedown counts go to the author).
  const authors: ItemAuthor[] = []
  const authorStep = step(4, '读取稿件作者')
  for (const collection of REVIEWABLE) {
    const ids = [...new Set([...deliveries.filter((d) => d.collection === collection).map((d) => d.itemId), ...events.filter((e) => e.collection === collection && e.action === 'withdraw').map((e) => e.docId)])]
    for (const part of chunks(ids)) {
      const { docs } = await req.payload.find({ collection, where: { id: { in: part } }, draft: true, depth: 0, limit: 0, pagination: false, select: { author: true }, overrideAccess: false, req })
      authors.push(...docs.map((d) => ({ collection, id: String(d.id), author: idOf((d as { author?: unknown }).author) })))
      authorStep(authors.length, ids.length)
    }
  }
  authorStep(authors.length, authors.length)

  const personIds = [...new Set([...events.map((e) => e.actor), ...authors.map((a) => a.author)].filter((id): id is Id => id != null).map(String))]
  const found: { id: Id; name: string; unit: Id | null }[] = []
  for (const part of chunks(personIds)) {
    const { docs } = await req.payload.find({ collection: 'users', where: { id: { in: part } }, depth: 0, limit: 0, pagination: false, select: { name: true, unit: true }, overrideAccess: true, req })
    found.push(...docs.map((u) => ({ id: u.id, name: String(u.name), unit: idOf(u.unit) })))
  }
  // Their own units by name (public), which may lie outside the report's units: a 终审 reviewer at 宣传部.
  const unitIdsOfPeople = [...new Set(found.map((p) => p.unit).filter((id): id is Id => id != null))]
  const unitNames = new Map<string, string>()
  for (const part of chunks(unitIdsOfPeople)) {
    const { docs } = await req.payload.find({ collection: 'units', where: { id: { in: part } }, depth: 0, limit: 0, pagination: false, select: { name: true }, overrideAccess: false, req })
    for (const u of docs) unitNames.set(String(u.id), String(u.name))
  }
  const people: ReportInput['people'] = found.map((p) => ({ id: p.id, name: p.name, unitName: p.unit != null ? (unitNames.get(String(p.unit)) ?? null) : null }))
  onProgress({ phase: '读取人员', step: 5, steps: REPORT_STEPS, loaded: people.length, total: personIds.length })

  return {
    range,
    events,
    history: entries,
    deliveries,
    authors,
    units: treeOrder(units),
    people,
    channels: CHANNEL_KINDS.map((kind) => kind.value),
  }
}
