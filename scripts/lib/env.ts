import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Where the generated demo secret lives. It signs sessions and (through hooks/credentialsCipher) encrypts
 * channel credentials, so it must survive restarts: losing it logs everyone out and makes the stored
 * credentials unreadable. Production sets PAYLOAD_SECRET instead.
 */
export const SECRET_FILE = path.join(process.cwd(), 'data', '.payload-secret')

export type Defaults = { secretDefaulted: boolean; databaseDefaulted: boolean }

/** The secret in data/.payload-secret, made (random, owner-only) on first use. */
export function demoSecret(file = SECRET_FILE): string {
  try {
    const existing = fs.readFileSync(file, 'utf8').trim()
    if (existing) return existing
  } catch {
    // not there yet
  }
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const secret = crypto.randomBytes(32).toString('base64url')
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return secret
}

/**
 * Defaults shared by start, seed and worker: a generated secret kept in data/ (payload.config.ts refuses a
 * production start without one), production mode (the adapters then apply the committed migrations on
 * connect instead of pushing a dev schema, which would later block `npm start`), and the SQLite file
 * data/rongmei.db (db/adapter.ts's default; its folder must exist).
 */
export function applyDefaults(env: NodeJS.ProcessEnv = process.env): Defaults {
  const secretDefaulted = !env.PAYLOAD_SECRET
  if (secretDefaulted) env.PAYLOAD_SECRET = demoSecret()
  if (!env.NODE_ENV) (env as Record<string, string>).NODE_ENV = 'production'
  const databaseDefaulted = !env.DATABASE_URL
  if (databaseDefaulted || env.DATABASE_URL!.startsWith('file:')) {
    const file = databaseDefaulted ? path.join(process.cwd(), 'data', 'rongmei.db') : env.DATABASE_URL!.slice('file:'.length)
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  }
  return { secretDefaulted, databaseDefaulted }
}

/** Where the database is, for people: the SQLite file or the PostgreSQL host/database without the password. */
export function describeDatabase(url = process.env.DATABASE_URL): string {
  if (!url) return `SQLite data/rongmei.db`
  if (url.startsWith('file:')) return `SQLite ${url.slice('file:'.length)}`
  try {
    const parsed = new URL(url)
    return `PostgreSQL ${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`
  } catch {
    return 'PostgreSQL'
  }
}
