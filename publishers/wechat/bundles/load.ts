import type { PayloadRequest } from 'payload'

import type { Account, Snapshot } from '../../core/contract'
import { loadAccount } from '../../core/publicationRecord'
import { contentHash } from '../../../workflow/contentHash'

export type BundleDoc = Record<string, any> & { id: number | string; state: string; items?: BundleRow[] | null }
export type BundleRow = { id?: string; item: { relationTo: 'articles' | 'videos'; value: unknown }; url?: string | null; withdrawnAt?: string | null; withdrawReason?: string | null }

export const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string))

export const loadBundle = (req: PayloadRequest, id: number | string) =>
  req.payload.findByID({ collection: 'wechat-bundles', id, depth: 0, overrideAccess: true, req, disableErrors: true }) as Promise<BundleDoc | null>

/** System writes: the only ones allowed once a bundle was sent (collection.ts). */
export const saveBundle = (req: PayloadRequest, id: number | string, data: Record<string, unknown>) =>
  req.payload.update({ collection: 'wechat-bundles', id, data: data as never, overrideAccess: true, req, context: { bundleSystem: true } })

export const bundleAccount = (req: PayloadRequest, bundle: BundleDoc) => loadAccount(req, idOf(bundle.account)) as Promise<Account & { status: string }>

/** The items of a bundle in its order, as their latest versions (what the approval hashed) and as snapshots. */
export async function bundleItems(req: PayloadRequest, bundle: BundleDoc) {
  const rows = bundle.items ?? []
  const items = []
  for (const row of rows) {
    const collection = row.item.relationTo
    const doc = (await req.payload.findByID({ collection, id: idOf(row.item.value), draft: true, depth: 1, overrideAccess: true, req, disableErrors: true })) as Record<string, any> | null
    items.push({ collection, doc })
  }
  return items
}

export const snapshotOf = (collection: string, doc: Record<string, any>): Snapshot => ({ ...doc, id: doc.id, collection, versionHash: contentHash(doc) })
