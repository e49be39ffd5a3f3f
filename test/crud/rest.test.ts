import { describe, expect, inject, it } from 'vitest'

import { RestClient } from '../access/clients/rest'
import type { Actor } from '../setup/fixtures'
import { CRUD_ACTOR, crudCycle } from './cycle'

const rest = new RestClient(inject('serverUrl'))
for (const [actor, token] of Object.entries(inject('tokens'))) rest.tokens.set(actor as Actor, token)
const f = inject('fixtures')

describe('CRUD through REST against the real server', () => {
  it.each(Object.keys(CRUD_ACTOR) as (keyof typeof CRUD_ACTOR)[])('%s', async (collection) => {
    await crudCycle(rest, f, collection)
  })

  it('media upload (multipart) is served back at its URL', async () => {
    const media = await rest.request('anonymous', 'GET', `/api/media/${f.media.imageA}?depth=0`)
    expect(media.status).toBe(200)
    const file = await fetch(new URL(media.body.url as string, rest.baseUrl))
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toContain('image/png')
  })

  it('audit-log: readable by an admin and an in-scope reviewer, written only by the system', async () => {
    const admin = await rest.find('admin', 'audit-log')
    expect(admin.ok && admin.docs.length).toBeGreaterThan(0)
    expect((await rest.findByID('reviewer1', 'audit-log', f.audit.auditA)).ok).toBe(true)
    expect((await rest.create('admin', 'audit-log', { action: 'x', collectionSlug: 'articles', docId: '1' })).ok).toBe(false)
  })
})
