import { beforeAll, describe, expect, it } from 'vitest'

import type { LocalClient } from '../access/clients/local'
import { bootLocalFixtures } from '../access/localFixtures'
import { bootPayload } from '../setup/payload'
import type { Fixtures } from '../setup/fixtures'
import { CRUD_ACTOR, crudCycle } from './cycle'

let local: LocalClient
let f: Fixtures
beforeAll(async () => {
  ;({ client: local, fixtures: f } = await bootLocalFixtures(await bootPayload('crud-local')))
})

describe('CRUD through the Local API (user + overrideAccess: false)', () => {
  it.each(Object.keys(CRUD_ACTOR) as (keyof typeof CRUD_ACTOR)[])('%s', async (collection) => {
    await crudCycle(local, f, collection)
  })

  it('audit-log: readable by an admin and an in-scope reviewer, written only by the system', async () => {
    const admin = await local.find('admin', 'audit-log')
    expect(admin.ok && admin.docs.length).toBeGreaterThan(0)
    const reviewer = await local.findByID('reviewer1', 'audit-log', f.audit.auditA)
    expect(reviewer.ok).toBe(true)
    expect((await local.create('admin', 'audit-log', { action: 'x', collectionSlug: 'articles', docId: '1' })).ok).toBe(false)
  })
})
