import type { Payload } from 'payload'

import { buildFixtures, emailOf, PASSWORD, USERS, UNITS, type Fixtures } from '../setup/fixtures'
import { LocalClient } from './clients/local'

/**
 * The fixture world in an in-process Payload. Like the HTTP harness, the system (no user) makes only what no
 * API user could: the root unit and the first admin; the rest is made by that admin with overrideAccess: false.
 */
export async function bootLocalFixtures(payload: Payload): Promise<{ client: LocalClient; fixtures: Fixtures }> {
  const root = await payload.create({ collection: 'units', data: UNITS.root as never, overrideAccess: true })
  const { roles, name, phone } = USERS.admin
  const account = { email: emailOf('admin'), password: PASSWORD }
  const admin = await payload.create({
    collection: 'users',
    data: { ...account, name, phone, roles: roles as never, unit: root.id },
    overrideAccess: true,
  })
  const client = new LocalClient(payload)
  await client.signIn('admin', { id: admin.id })
  const fixtures = await buildFixtures(client, root.id, { id: admin.id, ...account })
  return { client, fixtures }
}
