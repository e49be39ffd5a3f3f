import type { Publisher } from '../core/contract'
import { addToPool, removeFromPool } from './client'
import type { DeliveredCopy } from './model'
import { renderPrintCopy, validatePrintCopy } from './render'

/**
 * The school newspaper (校报): delivery puts the approved copy into the next issue's story pool, where the
 * editors lay the issue out (publishers/newspaper/engine); withdrawing takes it out and marks its pages for
 * re-layout.
 */
export const newspaperPublisher: Publisher<DeliveredCopy> = {
  kind: 'newspaper',
  label: '校报',
  validate: (snapshot) => validatePrintCopy(snapshot),
  render: (snapshot) => renderPrintCopy(snapshot),
  async deliver(copy, ctx) {
    const externalId = await addToPool(ctx.req, ctx.account, ctx.snapshot, copy, ctx.now)
    return { state: 'delivered', externalId, url: null }
  },
  async withdraw(externalId, ctx) {
    await removeFromPool(ctx.req, externalId, ctx.snapshot.id)
  },
}
