import { getPayload, type Payload } from 'payload'

import { databaseAdapter } from '../db/adapter'
import { createConfig } from '../payload.config'

/** A Payload instance of its own on `url`; development mode pushes the schema onto the empty database. */
export async function bootBenchPayload(url: string): Promise<Payload> {
  const previous = process.env.NODE_ENV
  ;(process.env as Record<string, string>).NODE_ENV = 'development'
  try {
    return await getPayload({ config: createConfig(databaseAdapter(url)), key: `bench-${url}` } as never)
  } finally {
    if (previous === undefined) delete (process.env as Record<string, string | undefined>).NODE_ENV
    else (process.env as Record<string, string>).NODE_ENV = previous
  }
}
