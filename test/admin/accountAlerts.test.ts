import { describe, expect, it } from 'vitest'

import { daysText, filingLapses, tokenExpiries, tokenExpiry } from '../../admin/dashboard/accountAlerts'

const now = new Date('2026-11-30T04:00:00Z')
const account = (id: number, over: Record<string, unknown>) => ({ id, name: `账号${id}`, kind: 'weibo', status: 'filed', ...over })

describe("the administrator's account warnings", () => {
  it('lists filed accounts whose annual review falls within 30 days or has passed, soonest first', () => {
    const alerts = filingLapses(
      [
        account(1, { nextReviewDate: '2026-12-29T00:00:00Z' }),
        account(2, { nextReviewDate: '2027-01-15T00:00:00Z' }),
        account(3, { nextReviewDate: '2026-11-20T00:00:00Z' }),
        account(4, { nextReviewDate: '2026-12-01T00:00:00Z', status: 'suspended' }),
        account(5, { nextReviewDate: null }),
      ],
      now,
    )
    expect(alerts.map((a) => [a.id, a.daysLeft])).toEqual([
      [3, -10],
      [1, 29],
    ])
  })

  it("reads a token's expiry from whichever settings key the channel wrote, and tolerates none", () => {
    expect(tokenExpiry({ tokenExpiresAt: '2026-12-01T00:00:00Z' })?.toISOString()).toBe('2026-12-01T00:00:00.000Z')
    expect(tokenExpiry({ weibo: { expiresAt: 1_764_547_200 } })?.toISOString()).toBe('2025-12-01T00:00:00.000Z')
    expect(tokenExpiry({ accessTokenExpiresAt: 1_764_547_200_000 })?.toISOString()).toBe('2025-12-01T00:00:00.000Z')
    expect(tokenExpiry({ tokenExpiresAt: 'not a date' })).toBeNull()
    expect(tokenExpiry(null)).toBeNull()
    expect(tokenExpiry({ theme: 'red' })).toBeNull()
  })

  it('lists tokens expiring within 7 days, expired ones included, cancelled accounts left out', () => {
    const alerts = tokenExpiries(
      [
        account(1, { settings: { tokenExpiresAt: '2026-12-03T04:00:00Z' } }),
        account(2, { settings: { tokenExpiresAt: '2026-12-20T00:00:00Z' } }),
        account(3, { settings: { expiresAt: '2026-11-29T04:00:00Z' } }),
        account(4, { settings: { tokenExpiresAt: '2026-12-01T00:00:00Z' }, status: 'cancelled' }),
        account(5, { settings: null }),
        account(6, { settings: { tokenProblem: '微博授权已失效（21332）', tokenExpiresAt: '2027-06-01T00:00:00Z' } }),
      ],
      now,
    )
    expect(alerts.map((a) => [a.id, a.daysLeft])).toEqual([
      [3, -1],
      [1, 3],
      [6, 183],
    ])
    // A token the channel refused is listed whatever its expiry says, with the channel's reason.
    expect(alerts.at(-1)?.problem).toBe('微博授权已失效（21332）')
    expect(daysText(3)).toBe('还剩 3 天')
    expect(daysText(0)).toBe('今天到期')
    expect(daysText(-1)).toBe('已过期 1 天')
  })
})
