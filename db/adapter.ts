import path from 'node:path'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as postgresMigrations } from './migrations/postgres/index'
import { migrations as sqliteMigrations } from './migrations/sqlite/index'

export type DatabaseKind = 'sqlite' | 'postgres'

// Scripts, tests, the worker and Next all run from the project root.
const root = process.cwd()

/** The embedded default: one file under ./data/, no server to install. */
export const DEFAULT_SQLITE_URL = `file:${path.join(root, 'data', 'rongmei.db')}`

export function databaseKind(url = process.env.DATABASE_URL): DatabaseKind {
  if (!url || url.startsWith('file:') || url === ':memory:') return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres'
  throw new Error(
    `DATABASE_URL 无法识别：${url}。请使用 file:…（SQLite，默认）或 postgres://…（PostgreSQL，生产环境）。`,
  )
}

/**
 * Chooses the Payload database adapter from DATABASE_URL.
 * Development and tests push the schema; production (NODE_ENV=production) applies the committed migrations.
 */
export function databaseAdapter(url = process.env.DATABASE_URL): DatabaseAdapterObj {
  if (databaseKind(url) === 'postgres') {
    return postgresAdapter({
      pool: { connectionString: url },
      migrationDir: path.join(root, 'db', 'migrations', 'postgres'),
      prodMigrations: postgresMigrations,
    })
  }
  return sqliteAdapter({
    client: { url: url || DEFAULT_SQLITE_URL },
    // Never hand a deleted row's id to a new one: the audit log and publications refer to ids.
    autoIncrement: true,
    migrationDir: path.join(root, 'db', 'migrations', 'sqlite'),
    prodMigrations: sqliteMigrations,
  })
}
