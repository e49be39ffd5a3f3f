/**
 * `npm run seed`: writes the demo data (seed/) with the Local API as the system. Idempotent.
 *   --force     also seed a database that has non-demo users (adds accounts with the demo password)
 *   --no-demo   only connect, which applies the committed migrations in production mode
 * Run by scripts/start.ts too, which reads the outcome over IPC; exits non-zero on failure.
 */
import type { SeedOutcome } from '../seed/demo'
import { applyDefaults, describeDatabase } from './lib/env'

applyDefaults()

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { seedDemo } = await import('../seed/demo')

// Under `npm start` (IPC channel present) the parent prefixes every line already.
const log = (message: string) => console.log(process.send ? message : `[seed] ${message}`)

try {
  const started = performance.now()
  log(`数据库 Database: ${describeDatabase()}`)
  // With NODE_ENV=production the adapter applies the committed migrations while connecting.
  const payload = await getPayload({ config })
  log(`数据库就绪（迁移已执行）Database ready in ${Math.round(performance.now() - started)} ms`)
  const outcome: SeedOutcome = process.argv.includes('--no-demo')
    ? { status: 'skipped', created: {}, reason: '按要求未写入演示数据 (--no-demo)' }
    : await seedDemo(payload, { force: process.argv.includes('--force'), log })
  log(`完成 Done in ${Math.round(performance.now() - started)} ms`)
  process.send?.({ type: 'seed-outcome', outcome })
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error('演示数据写入失败 Seeding failed:', error)
  process.exit(1)
}
