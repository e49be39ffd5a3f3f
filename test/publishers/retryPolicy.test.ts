import { describe, expect, it } from 'vitest'

import { nextAttempt } from '../../publishers/core/retryPolicy'

const config = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 5000 }

describe('retry policy', () => {
  it('backs off exponentially up to the cap', () => {
    expect([1, 2, 3].map((n) => nextAttempt(n, { transient: true }, config))).toEqual([
      { retry: true, delayMs: 1000 },
      { retry: true, delayMs: 2000 },
      { retry: true, delayMs: 4000 },
    ])
    expect(nextAttempt(3, { transient: true }, { ...config, maxDelayMs: 3000 })).toEqual({ retry: true, delayMs: 3000 })
  })
  it('honours a longer retry-after (a rate limit window)', () => {
    expect(nextAttempt(1, { transient: true, retryAfterMs: 60_000 }, config)).toEqual({ retry: true, delayMs: 60_000 })
  })
  it('fails permanent errors at once and transient ones after the last attempt', () => {
    expect(nextAttempt(1, { transient: false }, config)).toEqual({ retry: false, reason: 'permanent' })
    expect(nextAttempt(4, { transient: true }, config)).toEqual({ retry: false, reason: 'exhausted' })
  })
})
