import { getDataLoader, isolateObjectProperty, type PayloadRequest } from 'payload'

/**
 * A job's own request: its own transaction id and its own dataloader.
 *
 * Payload runs a batch of jobs in parallel and isolates only `transactionID` per job; the dataloader that
 * populates relationships and upload nodes is shared and writes the *shared* request's transaction id across
 * its awaits. With concurrent jobs on PostgreSQL a populated document then goes missing (the same class of bug
 * as payloadcms/payload#6800): an article's body image read back as `null`, which changed its content hash
 * (a false "稿件在审核通过后被修改") and would have rendered it without the image.
 */
export function ownRequest(req: PayloadRequest): PayloadRequest {
  const own = isolateObjectProperty(req, ['transactionID', 'payloadDataLoader'])
  own.payloadDataLoader = getDataLoader(own)
  return own
}
