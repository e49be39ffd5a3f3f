/**
 * 投递进度 of the publications a 批量发布 released, counted the way the team reads it: arrived, failed, still
 * on its way. Canceled, withdrawn or superseded rows are over without arriving (其他).
 */
export type DeliveryTally = { delivered: number; failed: number; pending: number; other: number; total: number }

const PENDING = new Set(['queued', 'rendering', 'delivering', 'submitted', 'retrying'])

export function tallyDeliveries(states: readonly string[]): DeliveryTally {
  const tally: DeliveryTally = { delivered: 0, failed: 0, pending: 0, other: 0, total: states.length }
  for (const state of states) {
    if (state === 'delivered') tally.delivered++
    else if (state === 'failed') tally.failed++
    else if (PENDING.has(state)) tally.pending++
    else tally.other++
  }
  return tally
}
