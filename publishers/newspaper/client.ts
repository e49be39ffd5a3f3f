import type { PayloadRequest } from 'payload'

import { DeliveryError, type Account, type Snapshot } from '../core/contract'
import type { DeliveredCopy } from './model'

/**
 * The newspaper's only I/O towards the issues: the next issue's story pool. Delivery puts the approved copy
 * there (a correction replaces the copy and keeps the editor's print overrides); withdrawing takes it out and
 * marks the pages it stood on for re-layout.
 */
type Issue = Record<string, any> & { id: number | string }
type PoolEntry = Record<string, any> & { item?: unknown }

const OPEN_STATES = ['planning', 'laid-out', 'needs-relayout']
const itemIdOf = (entry: PoolEntry) => String(entry.item && typeof entry.item === 'object' ? (entry.item as { id: unknown }).id : entry.item)

export const poolExternalId = (issueId: number | string, itemId: number | string) => `${issueId}:${itemId}`

export function parsePoolExternalId(externalId: string): { issueId: string; itemId: string } | null {
  const match = /^([^:]+):(.+)$/.exec(externalId)
  return match ? { issueId: match[1], itemId: match[2] } : null
}

/** Today in Beijing as YYYY-MM-DD: an issue dated today is still "next". */
const beijingDay = (now: Date) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10)

export async function nextIssue(req: PayloadRequest, account: Account, now: Date): Promise<Issue | null> {
  const { docs } = await req.payload.find({
    collection: 'newspaper-issues',
    where: {
      and: [
        { account: { equals: account.id } },
        { status: { in: OPEN_STATES } },
        { date: { greater_than_equal: `${beijingDay(now)}T00:00:00.000Z` } },
      ],
    },
    sort: 'date',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (docs[0] as Issue | undefined) ?? null
}

export async function addToPool(req: PayloadRequest, account: Account, snapshot: Snapshot, copy: DeliveredCopy, now: Date): Promise<string> {
  const issue = await nextIssue(req, account, now)
  if (!issue) {
    // Transient: the delivery waits (with backoff) until the editors create the next issue.
    throw new DeliveryError(`校报“${account.name}”没有待出版的期次：请先在“校报期次”中建立下一期`, { code: 'no-issue', transient: true, retryAfterMs: 30 * 60_000 })
  }
  const stories = ((issue.stories ?? []) as PoolEntry[]).map((entry) => ({ ...entry }))
  const existing = stories.find((entry) => itemIdOf(entry) === String(snapshot.id))
  if (existing) {
    existing.copy = copy
    existing.versionHash = snapshot.versionHash
  } else {
    stories.push({ item: snapshot.id, priority: 5, copy, versionHash: snapshot.versionHash })
  }
  await req.payload.update({
    collection: 'newspaper-issues',
    id: issue.id,
    data: { stories, ...(issue.status === 'laid-out' ? { status: 'needs-relayout' } : {}) } as never,
    overrideAccess: true,
    req,
  })
  return poolExternalId(issue.id, snapshot.id)
}

/** The page numbers a story stands on in the issue's last layout. */
export function pagesOfStory(layout: unknown, storyId: string): number[] {
  const pages = (layout as { pages?: { number: number; stories?: string[] }[] } | null)?.pages ?? []
  return pages.filter((page) => page.stories?.includes(storyId)).map((page) => page.number)
}

export async function removeFromPool(req: PayloadRequest, externalId: string | null, itemId: number | string): Promise<void> {
  const parsed = externalId ? parsePoolExternalId(externalId) : null
  const issue = parsed
    ? ((await req.payload.findByID({ collection: 'newspaper-issues', id: parsed.issueId, depth: 0, overrideAccess: true, req, disableErrors: true })) as Issue | null)
    : null
  if (!issue) return
  const storyId = String(itemId)
  const stories = (issue.stories ?? []) as PoolEntry[]
  if (!stories.some((entry) => itemIdOf(entry) === storyId)) return
  const affected = new Set(pagesOfStory(issue.layout, storyId))
  const pages = ((issue.pages ?? []) as { number: number; needsRelayout?: boolean }[]).map((page) => ({
    ...page,
    needsRelayout: Boolean(page.needsRelayout) || affected.has(page.number),
  }))
  await req.payload.update({
    collection: 'newspaper-issues',
    id: issue.id,
    data: {
      stories: stories.filter((entry) => itemIdOf(entry) !== storyId),
      pages,
      ...(issue.status !== 'planning' && issue.status !== 'sent' ? { status: 'needs-relayout' } : {}),
    } as never,
    overrideAccess: true,
    req,
  })
}
