import { describe, expect, it } from 'vitest'

import { newRecordData, PASSWORD } from '../setup/fixtures'
import { httpClients } from './httpClients'

const { rest, fixtures } = httpClients()
const CHINESE = /[\u4e00-\u9fff]/

describe('login lockout', () => {
  it('locks an account after 5 wrong passwords, with a Chinese message, even for the right password', async () => {
    const data = newRecordData('users', fixtures, 'A', '锁定')
    const created = await rest.request('admin', 'POST', '/api/users', data)
    expect(created.status).toBe(201)
    const email = data.email as string

    for (let attempt = 1; attempt <= 5; attempt++) {
      const res = await rest.login(email, `wrong-${attempt}`)
      expect(res.status).toBe(401)
      expect(JSON.stringify(res.body)).toMatch(CHINESE)
    }
    const locked = await rest.login(email, PASSWORD)
    expect(locked.status).toBe(401)
    expect(locked.body.token).toBeUndefined()
    const message = (locked.body.errors as { message: string }[])[0].message
    expect(message).toMatch(CHINESE)
    expect(message).toContain('锁定')

    // An admin can unlock; then the right password works again.
    const unlock = await rest.request('admin', 'POST', '/api/users/unlock', { email })
    expect(unlock.status).toBe(200)
    expect((await rest.login(email, PASSWORD)).status).toBe(200)
  })
})
