import type { PayloadRequest } from 'payload'

import { formatShanghaiTime } from '../../../workflow/reviewRecord/formatTime'
import { saveBundle, type BundleDoc } from './load'

type Item = { doc: Record<string, any> | null }

const instant = (at: unknown) => (at ? new Date(at as string).getTime() : Number.NaN)

/**
 * The earliest instant a 组稿 may go out: one post carries every item, so it waits for the latest 定时发布 of its
 * 已排期 items and for every item's 禁发至. Null when nothing holds it (all times passed).
 */
export function bundleNotBefore(items: Item[], now = new Date()): Date | null {
  let latest = now.getTime()
  for (const { doc } of items) {
    if (!doc) continue
    for (const at of [doc.workflowState === 'scheduled' ? doc.scheduledAt : null, doc.embargoUntil]) {
      const time = instant(at)
      if (time > latest) latest = time
    }
  }
  return latest > now.getTime() ? new Date(latest) : null
}

/** “2026-12-01 18:00（北京时间）”, as 发表组稿 and the panels say it. */
export const beijingLabel = (at: Date | string) => `${formatShanghaiTime(at)}（北京时间）`

/**
 * Holds a bundle until `until`: it stays 排队中 with its 计划发表时间, and its delivery job waits for that time
 * (deliverBundle checks again then: a 禁发至 set or moved meanwhile holds it again).
 */
export async function holdBundle(req: PayloadRequest, bundle: BundleDoc, until: Date) {
  await saveBundle(req, bundle.id, { state: 'queued', scheduledFor: until.toISOString() })
  await req.payload.jobs.queue({ task: 'deliverWechatBundle', input: { bundle: String(bundle.id) }, waitUntil: until, req })
}
