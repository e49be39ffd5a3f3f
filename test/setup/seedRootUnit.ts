/**
 * Seeds the one record the HTTP fixtures cannot create over the API: the first admin's unit.
 *
 * Why: `POST /api/users/first-register` creates the first user with overrideAccess, but `users.unit` is
 * required and units can only be created by an admin — who does not exist yet. So this script (run by
 * test/setup/server.ts with `node --conditions=production --import tsx`, NODE_ENV=production, before the
 * server starts) applies the committed migrations and creates the root unit; everything else — the first
 * admin via first-register, the unit tree, users, content — goes through the real REST API.
 */
import { getPayload } from 'payload'

import config from '../../payload.config'

const payload = await getPayload({ config })
const unit = await payload.create({
  collection: 'units',
  data: { name: '宣传部', code: 'xcb', kind: 'department' },
  overrideAccess: true,
})
process.stdout.write(`ROOT_UNIT ${JSON.stringify({ rootUnit: unit.id })}\n`)
// The database pool would keep Node alive.
process.exit(0)
