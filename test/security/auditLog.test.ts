import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { bootLocalFixtures } from '../access/localFixtures'
import { bootPayload } from '../setup/payload'
import { ACTORS, type Fixtures } from '../setup/fixtures'
import { httpClients } from './httpClients'

const { rest, graphql, fixtures } = httpClients()

describe('audit log over HTTP is append-only', () => {
  it.each(ACTORS)('%s cannot create, update or delete an entry over REST', async (actor) => {
    const id = fixtures.audit.auditA
    const create = await rest.request(actor, 'POST', '/api/audit-log', { action: 'delete', collectionSlug: 'articles', docId: '1' })
    const update = await rest.request(actor, 'PATCH', `/api/audit-log/${id}`, { note: '篡改', action: 'forged' })
    const remove = await rest.request(actor, 'DELETE', `/api/audit-log/${id}`)
    const bulk = await rest.request(actor, 'DELETE', `/api/audit-log?where[id][exists]=true`)
    const bulkUpdate = await rest.request(actor, 'PATCH', `/api/audit-log?where[id][exists]=true`, { note: '篡改' })
    for (const res of [create, update, remove]) expect(res.status, JSON.stringify(res.body)).toBeGreaterThanOrEqual(400)
    for (const res of [bulk, bulkUpdate]) expect((res.body.docs as unknown[] | undefined) ?? []).toEqual([])
  })

  it.each(ACTORS)('%s cannot update or delete an entry over GraphQL', async (actor) => {
    const id = fixtures.audit.auditA
    const update = await graphql.query(actor, `mutation { updateAuditLog(id: ${id}, data: { note: "篡改" }) { id note } }`)
    const remove = await graphql.query(actor, `mutation { deleteAuditLog(id: ${id}) { id } }`)
    for (const result of [update, remove]) {
      expect(result.errors?.length).toBeGreaterThan(0)
      expect(Object.values(result.data ?? {}).filter(Boolean)).toEqual([])
    }
  })

  it('still holds the untouched entries afterwards', async () => {
    const res = await rest.request('admin', 'GET', `/api/audit-log/${fixtures.audit.auditA}`)
    expect(res.status).toBe(200)
    // The fixture is an admin's direct publication: its note says so, and no attempt above changed it.
    expect(res.body.note).toBe('管理员直接发布（紧急发布），未经三审')
    expect(res.body.action).toBe('create')
  })
})

/** A bulk operation is refused either as a whole (access) or per document (the append-only hooks). */
async function refusedInBulk(operation: Promise<{ docs: unknown[]; errors: unknown[] }>) {
  const result = await operation.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  )
  if ('value' in result) {
    expect(result.value.docs).toEqual([])
    expect(result.value.errors).toHaveLength(1)
  } else {
    expect(result.error).toBeInstanceOf(Error)
  }
}

describe('audit log through the Local API is append-only, even with overrideAccess', () => {
  let payload: Payload
  let f: Fixtures
  beforeAll(async () => {
    payload = await bootPayload('security-audit')
    ;({ fixtures: f } = await bootLocalFixtures(payload))
  })

  it('refuses update and delete, by id and in bulk, with and without overrideAccess', async () => {
    const admin = await payload.findByID({ collection: 'users', id: f.users.admin.id, overrideAccess: true })
    const id = f.audit.auditA
    const before = await payload.findByID({ collection: 'audit-log', id, overrideAccess: true })
    const where = { id: { equals: id } }
    for (const access of [{ overrideAccess: true }, { overrideAccess: false, user: { ...admin, collection: 'users' as const } }]) {
      await expect(payload.update({ collection: 'audit-log', id, data: { note: '篡改' }, ...access })).rejects.toThrow()
      await expect(payload.delete({ collection: 'audit-log', id, ...access })).rejects.toThrow()
      await refusedInBulk(payload.update({ collection: 'audit-log', where, data: { note: '篡改' }, ...access }))
      await refusedInBulk(payload.delete({ collection: 'audit-log', where, ...access }))
    }
    await expect(payload.update({ collection: 'audit-log', id, data: { note: '篡改' }, overrideAccess: true })).rejects.toThrow('审计日志只能追加')
    const entry = await payload.findByID({ collection: 'audit-log', id, overrideAccess: true })
    expect(entry).toEqual(before)
    const remaining = await payload.find({ collection: 'audit-log', where, overrideAccess: true })
    expect(remaining.docs).toHaveLength(1)
  })
})
