import { configToSchema } from '@payloadcms/graphql'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { bootPayload } from '../setup/payload'

/**
 * Payload builds the GraphQL schema on the first /api/graphql request, so a clash (a block slug named like a
 * built-in scalar, two groups with one interface name) only shows as an empty 500 over HTTP. Built here, the
 * message names the type.
 */
let payload: Payload

beforeAll(async () => {
  payload = await bootPayload('graphql-schema')
})

afterAll(async () => {
  await payload?.destroy()
})

it('the GraphQL schema builds with every collection, block and global', () => {
  const { schema } = configToSchema(payload.config)
  const types = schema.getTypeMap()
  expect(types.Float?.toString()).toBe('Float')
  expect(Object.keys(schema.getQueryType()!.getFields())).toEqual(expect.arrayContaining(['Articles', 'RadioProgrammes', 'NewspaperIssues', 'Publications']))
  expect(types.RadioFloatBlock).toBeDefined()
})
