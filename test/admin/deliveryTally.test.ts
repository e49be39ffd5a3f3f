import { describe, expect, it } from 'vitest'

import { tallyDeliveries } from '../../admin/bulkPublish/deliveryTally'
import { takeLines } from '../../progress/readLines'

describe('批量发布: delivery counts and the progress lines', () => {
  it('counts arrived, failed and on-the-way deliveries; the rest is 其他', () => {
    expect(tallyDeliveries(['delivered', 'failed', 'queued', 'retrying', 'submitted', 'delivering', 'rendering', 'canceled', 'superseded'])).toEqual({
      delivered: 1,
      failed: 1,
      pending: 5,
      other: 2,
      total: 9,
    })
    expect(tallyDeliveries([])).toEqual({ delivered: 0, failed: 0, pending: 0, other: 0, total: 0 })
  })

  it('reads lines the same whatever chunks the network delivers', () => {
    const text = '{"type":"start","total":2}\n{"type":"item","done":1}\n{"type":"done"}\n'
    for (const cut of [1, 10, 27, 30, text.length - 1]) {
      const first = takeLines<{ type: string }>(text.slice(0, cut))
      const second = takeLines<{ type: string }>(`${first.rest}${text.slice(cut)}`)
      expect([...first.lines, ...second.lines].map((line) => line.type)).toEqual(['start', 'item', 'done'])
      expect(second.rest).toBe('')
    }
  })
})
