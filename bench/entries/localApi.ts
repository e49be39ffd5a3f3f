import { createClient } from '@libsql/client'
import pg from 'pg'
import type { Payload } from 'payload'

import { bootBenchPayload } from '../bootPayload'
import type { BenchEntry } from '../harness'

/**
 * Local API create+read of a unit, against the same insert and select written directly with the database
 * driver on a plain table of the same shape: what Payload (validation, hooks, access, drizzle) costs.
 */
const OPS = 100

let seq = 0
const nextCode = () => `b${process.pid}-${++seq}`

const payloadCreateRead = (payload: Payload) => async () => {
  for (let i = 0; i < OPS; i++) {
    const code = nextCode()
    const unit = await payload.create({ collection: 'units', data: { name: `单位${code}`, code, kind: 'college' } })
    await payload.findByID({ collection: 'units', id: unit.id })
  }
}

export async function sqliteLocalApi(): Promise<BenchEntry> {
  const dir = await import('node:fs/promises').then((fs) => fs.mkdtemp('/tmp/rongmei-bench-'))
  const payload = await bootBenchPayload(`file:${dir}/payload.db`)
  const raw = createClient({ url: `file:${dir}/raw.db` })
  return {
    name: `Local API create+read ×${OPS} on SQLite`,
    ratioLabel: 'Payload Local API / raw libsql insert+select',
    goal: { max: 10 },
    async setup() {
      await raw.execute(
        'CREATE TABLE units (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, code TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, parent_id INTEGER, updated_at TEXT, created_at TEXT)',
      )
    },
    subject: payloadCreateRead(payload),
    async baseline() {
      for (let i = 0; i < OPS; i++) {
        const code = nextCode()
        const now = new Date().toISOString()
        const inserted = await raw.execute({
          sql: 'INSERT INTO units (name, code, kind, updated_at, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id',
          args: [`单位${code}`, code, 'college', now, now],
        })
        await raw.execute({ sql: 'SELECT * FROM units WHERE id = ?', args: [inserted.rows[0].id] })
      }
    },
    async teardown() {
      raw.close()
      await payload.destroy()
    },
  }
}

export async function postgresLocalApi(): Promise<BenchEntry | null> {
  const base = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
  const admin = new pg.Client({ connectionString: base })
  try {
    await admin.connect()
  } catch (error) {
    console.log(`Local API on PostgreSQL\n  skipped: PostgreSQL not reachable at ${base} (${(error as Error).message})`)
    return null
  }
  const name = `rongmei_bench_${process.pid}`
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${name}`)
  const url = new URL(base)
  url.pathname = `/${name}`
  const payload = await bootBenchPayload(url.toString())
  const raw = new pg.Client({ connectionString: url.toString() })
  await raw.connect()
  return {
    name: `Local API create+read ×${OPS} on PostgreSQL`,
    ratioLabel: 'Payload Local API / raw pg insert+select',
    goal: { max: 10 },
    async setup() {
      await raw.query(
        'CREATE TABLE bench_units (id SERIAL PRIMARY KEY, name TEXT NOT NULL UNIQUE, code TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, parent_id INTEGER, updated_at TIMESTAMPTZ, created_at TIMESTAMPTZ)',
      )
    },
    subject: payloadCreateRead(payload),
    async baseline() {
      for (let i = 0; i < OPS; i++) {
        const code = nextCode()
        const inserted = await raw.query(
          'INSERT INTO bench_units (name, code, kind, updated_at, created_at) VALUES ($1, $2, $3, now(), now()) RETURNING id',
          [`单位${code}`, code, 'college'],
        )
        await raw.query('SELECT * FROM bench_units WHERE id = $1', [inserted.rows[0].id])
      }
    },
    async teardown() {
      await raw.end()
      // Payload keeps a client of its pool checked out, so pool.end() would wait forever; the forced drop
      // below ends those connections, and their errors are expected.
      const pool = (payload.db as unknown as { pool?: pg.Pool }).pool
      pool?.on('error', () => undefined)
      await payload.destroy()
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await admin.end()
    },
  }
}
