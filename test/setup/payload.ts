import { getPayload, type Payload } from 'payload'

/**
 * A Payload instance on a fresh database for one test file: SQLite in memory by default, or a fresh
 * PostgreSQL database when TEST_DATABASE_URL=postgres://… (the suite creates and drops it).
 */
export async function bootPayload(name: string): Promise<Payload> {
  const base = process.env.TEST_DATABASE_URL
  let url = ':memory:'
  if (base && /^postgres/.test(base)) {
    const { freshPostgresDatabase } = await import('./postgres')
    url = await freshPostgresDatabase(base, name)
  }
  process.env.DATABASE_URL = url
  const { default: configPromise } = await import('../../payload.config')
  return getPayload({ config: configPromise, key: `${name}-${Date.now()}` } as never)
}
