import { readFile, writeFile } from 'node:fs/promises'

import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { claimedType } from './mediaKinds'
import { withoutLocation } from './stripLocation'
import { findUploadProblem } from './uploadChecks'

type IncomingFile = { data?: Buffer; mimetype: string; name: string; size?: number; tempFilePath?: string }

/**
 * Runs before Payload touches an uploaded file (create, and update with a new file) and refuses it
 * with a Chinese message on the `file` field: 400 over REST, an APIError in the Local API. A file that
 * passes is stored without its GPS location (media/stripLocation).
 */
export const refuseHostileUpload: CollectionBeforeOperationHook = async ({ args, operation }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = args.req?.file as IncomingFile | undefined
  if (!file) return args
  // With useTempFiles Payload keeps large uploads on disk instead of in memory.
  const data = file.data?.length ? file.data : file.tempFilePath ? await readFile(file.tempFilePath) : Buffer.alloc(0)
  const problem = await findUploadProblem({ data, mimetype: file.mimetype, name: file.name, size: file.size })
  if (problem) throw new APIError(problem, 400, [{ path: 'file', message: problem }], true)
  // Payload stores the claimed type as mimeType: store the one we checked (a .srt sent as text/plain).
  file.mimetype = claimedType(file.mimetype, file.name)
  const located = await withoutLocation(data, file.mimetype)
  if (located) {
    file.data = located
    file.size = located.length
    if (file.tempFilePath) await writeFile(file.tempFilePath, located)
  }
  return args
}
