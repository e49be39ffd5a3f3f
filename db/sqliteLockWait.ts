import type { Payload } from 'payload'

/**
 * The web server and the worker write one SQLite file. Without a lock wait, the second writer gets
 * "database is locked" at once instead of waiting a few milliseconds for the first; WAL lets readers go on
 * while one process writes. libsql's client has no option for either, so they are set once the connection is open
 * (both are per connection; journal_mode is also stored in the file). On :memory: both are harmless no-ops.
 */
export async function sqliteLockWait(payload: Payload): Promise<void> {
  const client = (payload.db as unknown as { name?: string; client?: { execute(sql: string): Promise<unknown> } }).client
  if (payload.db.name !== 'sqlite' || !client) return
  await client.execute('PRAGMA busy_timeout = 10000')
  await client.execute('PRAGMA journal_mode = WAL')
}
