import { within, type DateRange } from './range'

/**
 * The report's arithmetic, pure (no Payload): events from the audit log and deliveries from the publications
 * go in as plain records, counts per unit and per person come out. reports/load.ts feeds it.
 *
 * What counts, in the date range:
 * - 撰稿 written: an article or video created (audit `create`), credited to whoever created it.
 * - 审核 reviewed: a 通过 or 退回 at a stage (audit `approve`/`return`), credited to the reviewer; its time is
 *   how long the item had waited at that stage (since it entered it: submission or the previous approval).
 * - 发布 published: a publication delivered (`deliveredAt`) to a channel, credited to the item's author.
 *   A WeChat job that is only 已提交 is not yet published and is not counted.
 * - 撤稿 taken down: an item withdrawn (audit `withdraw`), credited to the item's author.
 * Units are the item's own unit (a college's row does not include its studios' rows).
 */
export type Id = number | string
export type Stage = 1 | 2 | 3
export const STAGES: readonly Stage[] = [1, 2, 3]
export const STAGE_NAMES: Record<Stage, string> = { 1: '初审', 2: '复审', 3: '终审' }

export type AuditEvent = {
  action: string
  collection: string
  docId: string
  unit: Id | null
  actor: Id | null
  at: string
  fromState?: string | null
  toState?: string | null
  /** The review stage of an approve/return (audit `data.stage`). */
  stage?: number | null
}

export type Delivery = { collection: string; itemId: string; unit: Id | null; channel: string; deliveredAt: string }
export type ItemAuthor = { collection: string; id: string; author: Id | null }
export type UnitInfo = { id: Id; name: string; parent?: Id | null }
/** A person named in the report, with the name of their own unit (which may lie outside the report's units). */
export type PersonInfo = { id: Id; name: string; unitName?: string | null }

export type ReportInput = {
  range: Pick<DateRange, 'from' | 'to' | 'start' | 'end'>
  /** The events of the range: what is counted. */
  events: AuditEvent[]
  /** The reviewed items' entries into review states, also before the range: what stage times are measured from. */
  history?: AuditEvent[]
  deliveries: Delivery[]
  authors: ItemAuthor[]
  /** The units the report covers, in display order; rows appear for these even when all zero. */
  units: UnitInfo[]
  people: PersonInfo[]
  channels: readonly string[]
}

export type StageStats = { reviews: number; approvals: number; returns: number; waitMs: number }
export type Counts = {
  written: number
  stages: Record<Stage, StageStats>
  published: Record<string, number>
  withdrawn: number
}
export type Row = { id: string; name: string; unit?: string; counts: Counts }
export type StageRow = { stage: Stage; name: string } & StageStats & { averageHours: number | null; maxHours: number | null }
export type Report = {
  range: { from: string; to: string }
  channels: readonly string[]
  units: Row[]
  people: Row[]
  stages: StageRow[]
  totals: Counts
}

const emptyStage = (): StageStats => ({ reviews: 0, approvals: 0, returns: 0, waitMs: 0 })
const emptyCounts = (channels: readonly string[]): Counts => ({
  written: 0,
  stages: { 1: emptyStage(), 2: emptyStage(), 3: emptyStage() },
  published: Object.fromEntries(channels.map((channel) => [channel, 0])),
  withdrawn: 0,
})

const CONTENT = new Set(['articles', 'videos'])
const itemKey = (collection: string, id: string) => `${collection}:${id}`

function stageOf(event: AuditEvent): Stage | null {
  const s = Number(event.stage ?? /^review([123])$/.exec(event.fromState ?? '')?.[1])
  return s === 1 || s === 2 || s === 3 ? s : null
}

/** Average of a stage's waits in hours, one decimal; null when nothing was reviewed. */
export const averageHours = (stats: StageStats): number | null =>
  stats.reviews ? Math.round((stats.waitMs / stats.reviews / 3_600_000) * 10) / 10 : null

export function buildReport(input: ReportInput): Report {
  const { channels } = input
  const totals = emptyCounts(channels)
  const byUnit = new Map<string, Counts>()
  const byPerson = new Map<string, Counts>()
  const maxWait: Record<Stage, number> = { 1: 0, 2: 0, 3: 0 }
  const counts = (map: Map<string, Counts>, id: Id | null | undefined) => {
    if (id == null) return null
    const key = String(id)
    let c = map.get(key)
    if (!c) map.set(key, (c = emptyCounts(channels)))
    return c
  }
  const author = new Map(input.authors.map((a) => [itemKey(a.collection, a.id), a.author]))
  const add = (unit: Id | null, person: Id | null | undefined, apply: (c: Counts) => void) => {
    apply(totals)
    const u = counts(byUnit, unit)
    if (u) apply(u)
    const p = counts(byPerson, person)
    if (p) apply(p)
  }

  // When each item entered each review state, in time order, to time the stage an approve/return closes.
  const entered = new Map<string, { state: string; at: number }[]>()
  const sorted = [...input.events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
  const timeline = [...sorted, ...(input.history ?? [])].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
  for (const event of timeline) {
    if (!event.toState || !/^review[123]$/.test(event.toState)) continue
    const key = itemKey(event.collection, event.docId)
    const list = entered.get(key) ?? []
    list.push({ state: event.toState, at: Date.parse(event.at) })
    entered.set(key, list)
  }
  const waitedMs = (event: AuditEvent, stage: Stage): number => {
    const at = Date.parse(event.at)
    const list = entered.get(itemKey(event.collection, event.docId)) ?? []
    let since: number | null = null
    for (const entry of list) if (entry.state === `review${stage}` && entry.at <= at) since = entry.at
    return since == null ? 0 : at - since
  }

  for (const event of sorted) {
    if (!CONTENT.has(event.collection) || !within(event.at, input.range)) continue
    const itemAuthor = author.get(itemKey(event.collection, event.docId))
    if (event.action === 'create') add(event.unit, event.actor, (c) => c.written++)
    else if (event.action === 'withdraw') add(event.unit, itemAuthor, (c) => c.withdrawn++)
    else if (event.action === 'approve' || event.action === 'return') {
      const stage = stageOf(event)
      if (!stage) continue
      const wait = waitedMs(event, stage)
      maxWait[stage] = Math.max(maxWait[stage], wait)
      add(event.unit, event.actor, (c) => {
        const s = c.stages[stage]
        s.reviews++
        if (event.action === 'approve') s.approvals++
        else s.returns++
        s.waitMs += wait
      })
    }
  }

  for (const delivery of input.deliveries) {
    if (!within(delivery.deliveredAt, input.range)) continue
    const itemAuthor = author.get(itemKey(delivery.collection, delivery.itemId))
    add(delivery.unit, itemAuthor, (c) => (c.published[delivery.channel] = (c.published[delivery.channel] ?? 0) + 1))
  }

  const units: Row[] = input.units.map((u) => ({ id: String(u.id), name: u.name, counts: byUnit.get(String(u.id)) ?? emptyCounts(channels) }))
  const people: Row[] = []
  const known = new Map(input.people.map((p) => [String(p.id), p]))
  for (const [id, c] of byPerson) {
    const person = known.get(id)
    people.push({ id, name: person?.name ?? `用户 #${id}`, unit: person?.unitName ?? undefined, counts: c })
  }
  people.sort((a, b) => activity(b.counts) - activity(a.counts) || a.name.localeCompare(b.name, 'zh-CN'))

  const stages: StageRow[] = STAGES.map((stage) => {
    const s = totals.stages[stage]
    return {
      stage,
      name: STAGE_NAMES[stage],
      ...s,
      averageHours: averageHours(s),
      maxHours: s.reviews ? Math.round((maxWait[stage] / 3_600_000) * 10) / 10 : null,
    }
  })
  return { range: { from: input.range.from, to: input.range.to }, channels, units, people, stages, totals }
}

/** How much a person did, to list the busiest first. */
export const activity = (c: Counts): number =>
  c.written + STAGES.reduce((n, s) => n + c.stages[s].reviews, 0) + Object.values(c.published).reduce((n, v) => n + v, 0) + c.withdrawn

/**
 * Units in tree order (a parent, then its children by name), each with its depth: the report's row order.
 */
export function treeOrder<T extends UnitInfo>(units: readonly T[]): (T & { depth: number })[] {
  const ids = new Set(units.map((u) => String(u.id)))
  const children = new Map<string, T[]>()
  const roots: T[] = []
  for (const unit of units) {
    const parent = unit.parent != null ? String(unit.parent) : null
    if (parent && ids.has(parent)) children.set(parent, [...(children.get(parent) ?? []), unit])
    else roots.push(unit)
  }
  const byName = (a: T, b: T) => a.name.localeCompare(b.name, 'zh-CN')
  const out: (T & { depth: number })[] = []
  const seen = new Set<string>()
  const walk = (unit: T, depth: number) => {
    if (seen.has(String(unit.id))) return
    seen.add(String(unit.id))
    out.push({ ...unit, depth })
    for (const child of (children.get(String(unit.id)) ?? []).sort(byName)) walk(child, depth + 1)
  }
  for (const root of roots.sort(byName)) walk(root, 0)
  return out
}
