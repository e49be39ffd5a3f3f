import config from '@payload-config'
import { getPayload } from 'payload'

export const dynamic = 'force-dynamic'

/** Liveness and database status for the process supervisor and the tests. */
export async function GET() {
  const started = performance.now()
  try {
    const payload = await getPayload({ config })
    await payload.count({ collection: 'units', overrideAccess: true })
    return Response.json({
      status: 'ok',
      database: { status: 'ok', kind: payload.db.name, latencyMs: Math.round(performance.now() - started) },
    })
  } catch (error) {
    return Response.json(
      { status: 'error', database: { status: 'error', message: (error as Error).message } },
      { status: 503 },
    )
  }
}
