import pg from 'pg'

/** Test databases are named with this prefix so a run can remove what earlier runs left. */
export const TEST_DB_PREFIX = 'rongmei_t_'

async function withAdmin<T>(baseUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: baseUrl })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/** Creates an empty database beside TEST_DATABASE_URL's and returns its URL. */
export async function freshPostgresDatabase(baseUrl: string, name: string): Promise<string> {
  const db = `${TEST_DB_PREFIX}${name.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${process.pid}_${Date.now() % 1e6}`
  await withAdmin(baseUrl, (client) => client.query(`CREATE DATABASE "${db}"`))
  const url = new URL(baseUrl)
  url.pathname = `/${db}`
  return url.toString()
}

/** Drops every database an earlier run created. */
export async function dropTestDatabases(baseUrl: string): Promise<void> {
  await withAdmin(baseUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE '${TEST_DB_PREFIX}%'`,
    )
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
  })
}
