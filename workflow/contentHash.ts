import { createHash } from 'node:crypto'

/**
 * The fingerprint of what reviewers approve: the content fields of an item, canonicalised (keys sorted,
 * related documents reduced to their ids, Payload's array-row ids dropped), hashed with SHA-256.
 * Workflow fields, timestamps and publication status are not content and do not change the hash.
 */
export const NON_CONTENT_FIELDS = new Set([
  'id',
  'workflowState',
  'review',
  '_status',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'author',
])

function canonical(value: unknown, depth: number): unknown {
  if (Array.isArray(value)) return value.map((entry) => canonical(entry, depth + 1))
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    // A populated relationship or upload counts by its identity, not by its current contents.
    if (depth > 0 && 'id' in record && ('createdAt' in record || 'updatedAt' in record)) return record.id
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(record).sort()) {
      if (key === 'id' && depth > 0) continue
      if (depth === 0 && NON_CONTENT_FIELDS.has(key)) continue
      const entry = record[key]
      if (entry === undefined || entry === null || (Array.isArray(entry) && entry.length === 0)) continue
      out[key] = canonical(entry, depth + 1)
    }
    return out
  }
  return value
}

/** Whether two field values are the same once canonicalised (populated relations count as their ids). */
export const sameValue = (a: unknown, b: unknown): boolean =>
  JSON.stringify(canonical({ v: a ?? null }, 1)) === JSON.stringify(canonical({ v: b ?? null }, 1))

export function contentHash(item: Record<string, unknown>): string {
  return createHash('sha256').update(JSON.stringify(canonical(item, 0))).digest('hex')
}
