import { inject } from 'vitest'

import { GraphQLClient } from '../access/clients/graphql'
import { RestClient } from '../access/clients/rest'
import type { Actor } from '../setup/fixtures'

/** REST and GraphQL clients for the harness's server, signed in as the fixture users. */
export function httpClients() {
  const rest = new RestClient(inject('serverUrl'))
  for (const [actor, token] of Object.entries(inject('tokens'))) rest.tokens.set(actor as Actor, token)
  return { rest, graphql: new GraphQLClient(rest), fixtures: inject('fixtures') }
}

export const NON_ADMIN_STAFF = ['editor', 'editorB', 'reviewer1', 'reviewer2', 'reviewer3', 'operator'] as const
