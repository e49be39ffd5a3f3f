import type { Payload, TypedUser, Where } from 'payload'

import { unitSubtree } from '../../access/unitTree'
import { REVIEWABLE } from '../../hooks/workflow/transition'
import { mergeByItemDay, type CalendarEntry } from './monthGrid'

type Filters = { unit: string; channel: string }
const idOf = (ref: unknown) => (ref && typeof ref === 'object' ? (ref as { id: number | string }).id : (ref as number | string))
const nameOf = (ref: unknown) => (ref && typeof ref === 'object' ? String((ref as { name?: string }).name ?? '') : undefined)

/**
 * The month's entries, read with the user's own access: 已发布 = publications delivered in the month (one entry
 * per item and day, listing its channels); 待发布 = articles and videos approved or scheduled with a
 * publication time in the month (their target accounts' channels).
 */
export async function loadEntries(payload: Payload, user: TypedUser, range: { start: string; end: string }, filters: Filters, admin: string): Promise<CalendarEntry[]> {
  let units: (number | string)[] | null = null
  if (filters.unit) {
    const { docs } = await payload.find({ collection: 'units', depth: 0, limit: 0, pagination: false, select: { parent: true }, overrideAccess: false, user })
    const ids = unitSubtree(docs as { id: number | string; parent?: number | null }[], [filters.unit])
    units = docs.filter((u) => ids.has(String(u.id))).map((u) => u.id)
  }
  const scoped = (extra: Where[]): Where => ({ and: [...extra, ...(units ? [{ unit: { in: units } }] : [])] })

  const delivered = await payload.find({
    collection: 'publications',
    where: scoped([{ deliveredAt: { greater_than_equal: range.start } }, { deliveredAt: { less_than: range.end } }, ...(filters.channel ? [{ channel: { equals: filters.channel } }] : [])]),
    depth: 1,
    limit: 1000,
    sort: 'deliveredAt',
    overrideAccess: false,
    user,
  })
  const entries: CalendarEntry[] = delivered.docs.map((p) => {
    const item = p.item as { relationTo: string; value: unknown }
    return {
      key: `${item.relationTo}:${idOf(item.value)}`,
      at: String(p.deliveredAt),
      kind: 'published',
      title: p.itemTitle || `#${idOf(item.value)}`,
      href: `${admin}/collections/${item.relationTo}/${idOf(item.value)}`,
      channels: [p.channel],
      unit: nameOf(p.unit),
    }
  })

  for (const collection of REVIEWABLE) {
    const { docs } = await payload.find({
      collection,
      where: scoped([{ workflowState: { in: ['approved', 'scheduled'] } }, { scheduledAt: { greater_than_equal: range.start } }, { scheduledAt: { less_than: range.end } }]),
      draft: true,
      depth: 1,
      limit: 500,
      select: { title: true, scheduledAt: true, targets: true, unit: true },
      overrideAccess: false,
      user,
    })
    for (const doc of docs) {
      const channels = [...new Set(((doc.targets ?? []) as unknown[]).map((t) => (t && typeof t === 'object' ? String((t as { kind?: string }).kind) : '')).filter(Boolean))]
      if (filters.channel && !channels.includes(filters.channel)) continue
      entries.push({
        key: `${collection}:${doc.id}`,
        at: String(doc.scheduledAt),
        kind: 'scheduled',
        title: String(doc.title ?? `#${doc.id}`),
        href: `${admin}/collections/${collection}/${doc.id}`,
        channels,
        unit: nameOf(doc.unit),
      })
    }
  }
  return mergeByItemDay(entries)
}
