import { describe, expect, it } from 'vitest'

import { USERS } from '../setup/fixtures'
import { httpClients, NON_ADMIN_STAFF } from './httpClients'

const { rest, fixtures } = httpClients()
const CHINESE = /[\u4e00-\u9fff]/

describe('privilege escalation', () => {
  it.each(NON_ADMIN_STAFF)('%s cannot change own roles, unit, review stages or review scope', async (actor) => {
    const self = fixtures.users[actor]
    const res = await rest.request(actor, 'PATCH', `/api/users/${self.id}`, {
      name: USERS[actor].name,
      roles: ['admin'],
      unit: fixtures.units.root,
      reviewStages: ['1', '2', '3'],
      reviewScope: [fixtures.units.B, fixtures.units.root],
    })
    expect(res.status).toBeLessThan(500)
    const after = (await rest.request('admin', 'GET', `/api/users/${self.id}?depth=0`)).body
    expect(after.roles).toEqual(USERS[actor].roles)
    expect(after.unit).toBe(fixtures.units[USERS[actor].unit])
    expect(after.reviewStages ?? []).toEqual(USERS[actor].reviewStages ?? [])
    expect(after.reviewScope ?? []).toEqual((USERS[actor].reviewScope ?? []).map((k) => fixtures.units[k]))
    // Still not an admin: creating a unit is refused.
    const unit = await rest.request(actor, 'POST', '/api/units', { name: `越权单位${actor}`, code: `x-${actor.toLowerCase()}`, kind: 'studio' })
    expect(unit.status).toBe(403)
  })

  it('a non-admin cannot change another user', async () => {
    const res = await rest.request('editor', 'PATCH', `/api/users/${fixtures.users.operator.id}`, { roles: ['admin'], name: '被改名' })
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.body)).toMatch(CHINESE)
  })

  it('phone numbers are readable by admins and the user only', async () => {
    const own = await rest.request('editor', 'GET', `/api/users/${fixtures.users.editor.id}`)
    expect(own.body.phone).toBe(USERS.editor.phone)
    const colleague = await rest.request('editor', 'GET', `/api/users/${fixtures.users.operator.id}`)
    expect(colleague.status).toBe(200)
    expect(colleague.body.phone).toBeUndefined()
    const list = await rest.request('reviewer3', 'GET', '/api/users?limit=0')
    const phones = (list.body.docs as { id: unknown; phone?: string }[]).filter((u) => u.id !== fixtures.users.reviewer3.id && u.phone)
    expect(phones).toEqual([])
    const admin = await rest.request('admin', 'GET', `/api/users/${fixtures.users.operator.id}`)
    expect(admin.body.phone).toBe(USERS.operator.phone)
  })
})

describe('unit scope of content', () => {
  it('an editor cannot create an article in another unit (Chinese error)', async () => {
    const res = await rest.request('editor', 'POST', '/api/articles', {
      title: '越权文章',
      unit: fixtures.units.B,
      body: { root: { type: 'root', children: [], direction: null, format: '', indent: 0, version: 1 } },
    })
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.body)).toMatch(CHINESE)
  })

  it('an editor cannot move an article into another unit (Chinese error), and it stays put', async () => {
    const id = fixtures.content.articles.draftA
    for (const unit of [fixtures.units.B, fixtures.units.root]) {
      const res = await rest.request('editor', 'PATCH', `/api/articles/${id}`, { unit })
      expect(res.status).toBe(403)
      expect(JSON.stringify(res.body)).toMatch(CHINESE)
    }
    const after = await rest.request('admin', 'GET', `/api/articles/${id}?depth=0`)
    expect(after.body.unit).toBe(fixtures.units.A1)
  })

  it('an editor without a unit given gets their own unit', async () => {
    const res = await rest.request('editor', 'POST', '/api/articles?draft=true&depth=0', { title: '默认单位的稿件', _status: 'draft' })
    expect(res.status).toBe(201)
    expect((res.body.doc as { unit: unknown }).unit).toBe(fixtures.units.A)
  })
})
