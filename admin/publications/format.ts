import { CHANNEL_KINDS } from '../../publishers/channelKinds'
import { PUBLICATION_STATES } from '../../publishers/core/contract'

export type PillStyle = 'light-gray' | 'warning' | 'success' | 'dark' | 'error'

/** One publication row as the REST API returns it at depth 1. */
export type PublicationRow = {
  id: number | string
  itemTitle?: string | null
  item: { relationTo: 'articles' | 'videos'; value: number | string | { id: number | string; title?: string } }
  account?: number | string | { id: number | string; name?: string } | null
  unit?: number | string | { id: number | string; name?: string } | null
  channel: string
  state: string
  attempts?: number | null
  nextAttemptAt?: string | null
  url?: string | null
  lastError?: { code?: string | null; message?: string | null } | null
  updatedAt: string
}

export const channelLabel = (kind: string): string => CHANNEL_KINDS.find((k) => k.value === kind)?.label.zh ?? kind
export const publicationStateLabel = (state: string): string => PUBLICATION_STATES.find((s) => s.value === state)?.label.zh ?? state

/** Colours of the states: red needs a person, amber is waiting, green arrived, grey is over. */
export const PUBLICATION_PILL: Record<string, PillStyle> = {
  queued: 'light-gray',
  rendering: 'warning',
  delivering: 'warning',
  submitted: 'warning',
  retrying: 'warning',
  delivered: 'success',
  failed: 'error',
  withdrawn: 'dark',
  canceled: 'dark',
  superseded: 'dark',
}

/** The states 重新投递 accepts (the server decides; this only hides the button elsewhere). */
export const canResend = (state: string) => state === 'failed' || state === 'retrying'

/** The states 撤回 accepts: what reached its channel (or was accepted and is pending there). */
export const canWithdraw = (state: string) => state === 'delivered' || state === 'submitted'

export const nameOf = (ref: PublicationRow['account'] | PublicationRow['unit']): string =>
  ref && typeof ref === 'object' ? (ref.name ?? String(ref.id)) : ref != null ? String(ref) : '—'

export const itemIdOf = (row: PublicationRow) => (typeof row.item.value === 'object' ? row.item.value.id : row.item.value)

/** A Payload `where` as query parameters (where[and][0][state][equals]=failed), without a qs dependency. */
export function whereParams(conditions: Record<string, Record<string, string | number | (string | number)[]>>[]): string {
  const params = new URLSearchParams()
  conditions.forEach((condition, index) => {
    for (const [field, ops] of Object.entries(condition)) {
      for (const [op, value] of Object.entries(ops)) {
        if (Array.isArray(value)) value.forEach((v, i) => params.append(`where[and][${index}][${field}][${op}][${i}]`, String(v)))
        else params.append(`where[and][${index}][${field}][${op}]`, String(value))
      }
    }
  })
  return params.toString()
}

/** The first Chinese error message of a Payload error response, or a fallback with the HTTP status. */
export async function errorMessage(res: Response): Promise<string> {
  const body = (await res.json().catch(() => null)) as { errors?: { message?: string }[]; message?: string } | null
  return body?.errors?.[0]?.message || body?.message || `请求失败（HTTP ${res.status}）`
}
