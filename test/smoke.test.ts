import { describe, expect, it } from 'vitest'

import { bootPayload } from './setup/payload'

describe('smoke', () => {
  it('boots and creates a unit', async () => {
    const payload = await bootPayload('smoke')
    const unit = await payload.create({ collection: 'units', data: { name: '宣传部', code: 'xcb', kind: 'department' } })
    expect(unit.name).toBe('宣传部')
  })
})
