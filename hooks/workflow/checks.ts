import type { PayloadRequest } from 'payload'

import { CHANNEL_KINDS } from '../../publishers/channelKinds'
import { runChecks, type MediaDoc } from '../../workflow/checks'
import { lexicalToText } from '../../workflow/text/lexicalText'
import type { ReviewableDoc } from './facts'
import type { ChecksRunner } from './transition'

/** Per-channel override groups on the item (e.g. `wechat`: title, digest, author), keyed by channel kind. */
const channelOverrides = (doc: ReviewableDoc) =>
  Object.fromEntries(CHANNEL_KINDS.map(({ value }) => [value, doc[value]]).filter(([, group]) => typeof group === 'object' && group !== null))

const idOf = (ref: unknown) => (ref && typeof ref === 'object' ? (ref as { id: number | string }).id : (ref as number | string))

/**
 * Runs the pure checks (workflow/checks) on an item with what they need from the database: the sensitive
 * words, the admins' typo pairs, the target accounts, the images (cover and body) and the credited users.
 * Blocking findings stop the transition; warnings must be acknowledged at 终审.
 */
export const runItemChecks: ChecksRunner = async (req: PayloadRequest, doc: ReviewableDoc, versionHash: string) => {
  const all = { limit: 0, pagination: false, depth: 0, overrideAccess: true, req } as const
  const targetIds = (doc.targets ?? []).map(idOf)
  const imageIds = [doc.cover, ...lexicalToText(doc.body).uploads.map((upload) => upload.value)]
    .filter((ref) => ref != null)
    .map(idOf)
  const [words, typos, accounts, media] = await Promise.all([
    req.payload.find({ collection: 'sensitive-words', ...all }),
    req.payload.find({ collection: 'typo-corrections', ...all }),
    req.payload.find({ collection: 'channel-accounts', where: { id: { in: targetIds } }, ...all }),
    req.payload.find({ collection: 'media', where: { id: { in: imageIds } }, ...all }),
  ])
  const report = runChecks({
    item: { ...(doc as Record<string, unknown>), cover: (doc.cover as never) ?? null, overrides: channelOverrides(doc) } as never,
    targets: accounts.docs.map((account) => ({ kind: account.kind, name: account.name })),
    words: words.docs.map((word) => ({ word: word.word, level: word.level, category: word.category })),
    typos: typos.docs.map((pair) => ({ wrong: pair.wrong, right: pair.right })),
    media: media.docs as MediaDoc[],
  })
  return {
    blocking: report.findings.filter((finding) => finding.level === 'block').map((finding) => finding.message),
    warnings: report.counts.warn,
    report: { ...report, versionHash },
  }
}
