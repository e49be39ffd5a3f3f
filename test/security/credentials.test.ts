import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { LocalClient } from '../access/clients/local'
import { bootLocalFixtures } from '../access/localFixtures'
import { bootPayload } from '../setup/payload'
import type { Fixtures } from '../setup/fixtures'
import { httpClients, NON_ADMIN_STAFF } from './httpClients'

const { rest, graphql, fixtures } = httpClients()
const secretsIn = (value: unknown, f: Fixtures) => {
  const text = JSON.stringify(value)
  return [f.secrets.appSecret, f.secrets.token].filter((s) => text.includes(s))
}

describe('channel credentials over HTTP', () => {
  it.each(NON_ADMIN_STAFF)('are never returned to %s over REST (list, by id, depth=2 through columns)', async (actor) => {
    const list = await rest.request(actor, 'GET', '/api/channel-accounts?limit=0&depth=1')
    expect(list.status).toBe(200)
    expect((list.body.docs as unknown[]).length).toBeGreaterThan(0)
    const one = await rest.request(actor, 'GET', `/api/channel-accounts/${fixtures.accounts.accA}`)
    expect(one.status).toBe(200)
    expect(one.body.credentials).toBeUndefined()
    const column = await rest.request(actor, 'GET', `/api/columns/${fixtures.columns.colA}?depth=2`)
    expect((column.body.defaultAccounts as { id: unknown }[])[0].id).toBe(fixtures.accounts.accA)
    const columns = await rest.request(actor, 'GET', '/api/columns?depth=2&limit=0')
    for (const body of [list.body, one.body, column.body, columns.body]) expect(secretsIn(body, fixtures)).toEqual([])
  })

  it('are not returned to anonymous readers of columns with depth=2', async () => {
    const column = await rest.request('anonymous', 'GET', `/api/columns/${fixtures.columns.colA}?depth=2`)
    expect(column.status).toBe(200)
    expect(secretsIn(column.body, fixtures)).toEqual([])
  })

  it.each(NON_ADMIN_STAFF)('are never returned to %s over GraphQL', async (actor) => {
    const q = `{ ChannelAccounts(limit: 0) { docs { id name credentials { appId appSecret token encodingAESKey accessToken } } }
      ChannelAccount(id: ${fixtures.accounts.accA}) { credentials { appSecret token } }
      Column(id: ${fixtures.columns.colA}) { defaultAccounts { id credentials { appSecret token } } } }`
    const result = await graphql.query(actor, q)
    expect(secretsIn(result, fixtures)).toEqual([])
    const docs = (result.data?.ChannelAccounts as { docs: { credentials: unknown }[] } | null)?.docs ?? []
    // The group may come back as an object of nulls; no value may be set.
    for (const doc of docs) expect(Object.values(doc.credentials ?? {}).filter((v) => v != null)).toEqual([])
  })

  it('are returned decrypted to admins over REST and GraphQL', async () => {
    const one = await rest.request('admin', 'GET', `/api/channel-accounts/${fixtures.accounts.accA}`)
    expect((one.body.credentials as { appSecret: string }).appSecret).toBe(fixtures.secrets.appSecret)
    const result = await graphql.query('admin', `{ ChannelAccount(id: ${fixtures.accounts.accA}) { credentials { appSecret token } } }`)
    expect(result.data?.ChannelAccount).toEqual({ credentials: { appSecret: fixtures.secrets.appSecret, token: fixtures.secrets.token } })
  })

  it('cannot be written, nor status/filing/unit changed, by the operator of the account', async () => {
    const patch = await rest.request('operator', 'PATCH', `/api/channel-accounts/${fixtures.accounts.accA}`, {
      name: '信息学院公众号',
      status: 'cancelled',
      filingNumber: '伪造备案号',
      unit: fixtures.units.B,
      credentials: { appSecret: 'operator-wrote-this' },
    })
    expect(patch.status).toBe(200)
    const after = (await rest.request('admin', 'GET', `/api/channel-accounts/${fixtures.accounts.accA}?depth=0`)).body
    expect(after.status).toBe('filed')
    expect(after.filingNumber).toBe('皖ICP备00000000号')
    expect(after.unit).toBe(fixtures.units.A)
    expect((after.credentials as { appSecret: string }).appSecret).toBe(fixtures.secrets.appSecret)
  })
})

describe('channel credentials through the Local API', () => {
  let payload: Payload
  let local: LocalClient
  let f: Fixtures
  beforeAll(async () => {
    payload = await bootPayload('security-credentials')
    ;({ client: local, fixtures: f } = await bootLocalFixtures(payload))
  })

  it('are never returned to non-admins with overrideAccess: false', async () => {
    for (const actor of NON_ADMIN_STAFF) {
      const one = await local.findByID(actor, 'channel-accounts', f.accounts.accA)
      expect(one.ok && one.doc.credentials).toBeUndefined()
      const list = await local.find(actor, 'channel-accounts', { depth: 1 })
      const column = await local.findByID(actor, 'columns', f.columns.colA, { depth: 2 })
      expect(secretsIn([one, list, column], f)).toEqual([])
    }
    const admin = await local.findByID('admin', 'channel-accounts', f.accounts.accA)
    expect(admin.ok && (admin.doc.credentials as { appSecret: string }).appSecret).toBe(f.secrets.appSecret)
  })

  it('are stored encrypted (enc:v1:, AES-256-GCM), never in plain text', async () => {
    const query = sql.raw(
      `SELECT credentials_app_id, credentials_app_secret, credentials_token, credentials_encoding_a_e_s_key FROM channel_accounts WHERE id = ${Number(f.accounts.accA)}`,
    )
    const drizzle = payload.db.drizzle as unknown as {
      all?: (q: unknown) => Promise<Record<string, string>[]>
      execute: (q: unknown) => Promise<{ rows: Record<string, string>[] }>
    }
    const rows = payload.db.name === 'sqlite' ? await drizzle.all!(query) : (await drizzle.execute(query)).rows
    expect(rows).toHaveLength(1)
    const stored = Object.values(rows[0])
    expect(stored).toHaveLength(4)
    for (const value of stored) expect(value).toMatch(/^enc:v1:[\w-]+:[\w-]+:[\w-]+$/)
    expect(secretsIn(rows, f)).toEqual([])
    expect(JSON.stringify(rows)).not.toContain('wx1234567890abcdef')
  })
})
