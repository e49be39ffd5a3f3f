import { readFile } from 'node:fs/promises'

import type { TestProject } from 'vitest/node'

import { RestClient } from '../access/clients/rest'
import { buildFixtures, emailOf, PASSWORD, USERS, type Fixtures } from './fixtures'
import { ensureBuild, freshServerDatabase, seedRootUnit, startServer } from './server'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the real `next start` server, e.g. http://127.0.0.1:41234 */
    serverUrl: string
    /** 'sqlite' | 'postgres' */
    serverDatabase: string
    /** The server's database URL, for a worker process of the test's own (test/website/worker.ts). */
    serverDatabaseUrl: string
    fixtures: Fixtures
    /** JWTs of the fixture users, by actor. */
    tokens: Record<string, string>
  }
}

/**
 * Test files that talk to the real server say so by injecting its URL (or using test/security/httpClients);
 * runs without such files skip the build and the server.
 */
async function runNeedsServer(project: TestProject): Promise<boolean> {
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern ?? []
  const { testFiles } = await project.globTestFiles(filters)
  for (const file of testFiles) if (/inject\('serverUrl'\)|httpClients\(/.test(await readFile(file, 'utf8'))) return true
  return false
}

/**
 * The HTTP harness: a production build, a fresh database (SQLite file, or PostgreSQL with TEST_DATABASE_URL),
 * the real server on a free port, and the fixture world created through its REST API.
 *
 * Bootstrapping: `POST /api/users/first-register` does create the first admin, but `users.unit` is required and
 * only admins can create units. So one Local API script (seedRootUnit.ts) runs first, in production mode (which
 * applies the committed migrations), and creates only the root unit; then the server starts, the first admin
 * registers over REST, and every other record is created over REST by that admin.
 */
export default async function setup(project: TestProject) {
  if (!(await runNeedsServer(project))) return

  const started = Date.now()
  await ensureBuild()
  const db = await freshServerDatabase()
  let server: Awaited<ReturnType<typeof startServer>> | undefined
  try {
    const root = await seedRootUnit(db.url)
    server = await startServer(db.url)

    const rest = new RestClient(server.url)
    const admin = { email: emailOf('admin'), password: PASSWORD }
    const { roles, name, phone } = USERS.admin
    const registered = await rest.request('anonymous', 'POST', '/api/users/first-register', { ...admin, name, phone, roles, unit: root })
    if (registered.status !== 200) throw new Error(`first-register: ${registered.status} ${JSON.stringify(registered.body)}`)
    const adminId = (registered.body.user as { id: number | string }).id
    await rest.signIn('admin', admin)

    const fixtures = await buildFixtures(rest, root, { id: adminId, ...admin })
    project.provide('serverUrl', server.url)
    project.provide('serverDatabase', db.kind)
    project.provide('serverDatabaseUrl', db.url)
    project.provide('fixtures', fixtures)
    project.provide('tokens', Object.fromEntries(rest.tokens))
    console.log(`[http harness] ${db.kind} server at ${server.url}, fixtures ready in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  } catch (error) {
    if (server) console.error(server.output().slice(-4000))
    await server?.stop()
    await db.drop()
    throw error
  }

  return async () => {
    await server?.stop()
    await db.drop()
  }
}
