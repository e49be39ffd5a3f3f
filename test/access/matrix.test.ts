import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { bootPayload } from '../setup/payload'
import { ACTORS, COLLECTIONS, type Client, type Fixtures } from '../setup/fixtures'
import { GraphQLClient } from './clients/graphql'
import { LocalClient } from './clients/local'
import { RestClient } from './clients/rest'
import { bootLocalFixtures } from './localFixtures'
import { describeCell, runCells, tally, type Cell } from './matrix'

/**
 * The access matrix: every actor × collection × operation, from the one table in ./permissions.ts, over REST and
 * GraphQL against the real server and through the Local API (user + overrideAccess: false) in-process.
 * An allowed cell the table denies is an escalation; the suite fails on any, and on any wrongly denied cell.
 */
function matrix(name: string, clients: () => { client: Client; setup: Client; fixtures: Fixtures }) {
  describe(`access matrix over ${name}`, () => {
    const cells: Cell[] = []

    afterAll(() => {
      const { cells: n, escalations, missing } = tally(cells)
      console.log(`access matrix (${name}): ${n} cells, ${escalations.length} escalations, ${missing.length} wrongly denied`)
    })

    for (const actor of ACTORS) {
      it.each(COLLECTIONS)(`${actor} on %s`, async (collection) => {
        const { client, setup, fixtures } = clients()
        const mine = await runCells(client, setup, fixtures, actor, collection)
        cells.push(...mine)
        const wrong = mine.filter((c) => c.actual !== c.expected).map(describeCell)
        expect(wrong).toEqual([])
      })
    }

    it('has 0 escalations', () => {
      expect(cells.length).toBeGreaterThan(0)
      expect(tally(cells).escalations.map(describeCell)).toEqual([])
    })
  })
}

let rest: RestClient
let graphql: GraphQLClient
let local: LocalClient
let localFixtures: Fixtures

beforeAll(async () => {
  rest = new RestClient(inject('serverUrl'))
  for (const [actor, token] of Object.entries(inject('tokens'))) rest.tokens.set(actor as never, token)
  graphql = new GraphQLClient(rest)
  ;({ client: local, fixtures: localFixtures } = await bootLocalFixtures(await bootPayload('access-matrix')))
})

matrix('REST', () => ({ client: rest, setup: rest, fixtures: inject('fixtures') }))
matrix('GraphQL', () => ({ client: graphql, setup: rest, fixtures: inject('fixtures') }))
matrix('Local API', () => ({ client: local, setup: local, fixtures: localFixtures }))
