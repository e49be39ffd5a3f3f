import { getPayload, type Payload } from 'payload'

import type { PublisherPluginOptions } from '../../publishers/core/plugin'

/**
 * A Payload instance on a fresh database for one test file: SQLite in memory by default, or a fresh
 * PostgreSQL database when TEST_DATABASE_URL=postgres://… (the suite creates and drops it). `publisher`
 * boots it with the test's own channels (e.g. an asynchronous fake) instead of the registry's.
 */
export async function bootPayload(name: string, publisher?: PublisherPluginOptions): Promise<Payload> {
  const base = process.env.TEST_DATABASE_URL
  let url = ':memory:'
  if (base && /^postgres/.test(base)) {
    const { freshPostgresDatabase } = await import('./postgres')
    url = await freshPostgresDatabase(base, name)
  }
  process.env.DATABASE_URL = url
  const key = `${name}-${Date.now()}`
  if (publisher) {
    const [{ createConfig }, { databaseAdapter }] = await Promise.all([import('../../payload.config'), import('../../db/adapter')])
    return getPayload({ config: createConfig(databaseAdapter(url), publisher), key } as never)
  }
  const { default: configPromise } = await import('../../payload.config')
  return getPayload({ config: configPromise, key } as never)
}
