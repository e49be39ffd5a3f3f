import { DeliveryError, type Publisher } from '../core/contract'
import { findProgramme, insertionIndex, saveRows, targetProgramme } from './client'
import { itemScript } from './itemScript'
import type { Script } from './render/types'
import { scriptText } from './render/scriptText'

export type RadioArtifact = {
  /** `<collection>:<id>:<versionHash>`: the row in a programme that this delivery put there. */
  key: string
  collection: string
  itemId: number | string
  title: string
  text: string
  hintedText: string
  syllables: number
  seconds: number
  notes: string[]
  script: Script
}

const rowsOf = (programme: { items?: unknown }) => ((programme.items ?? []) as (Record<string, unknown> & { blockType: string; publicationKey?: string | null })[]).slice()

/**
 * 校园广播: delivery puts the item's 播音稿 (frozen spoken-form text with its readings) into a programme — the
 * one named in the account settings (`settings.programme`), else the next programme of the item's column by
 * air time — before its closing lines; the programme is then reviewed again. Withdraw takes the row out again,
 * with the same reset. The external id is `<programme id>|<key>`.
 */
export const radioPublisher: Publisher<RadioArtifact> = {
  kind: 'radio',
  label: '校园广播',
  validate(snapshot) {
    const script = itemScript(snapshot)
    return script.paragraphs.some((paragraph) => paragraph.kind === 'text') ? [] : ['稿件正文（或视频文字稿）为空，无法生成播音稿']
  },
  render(snapshot, account) {
    const rate = Number(account.settings?.rate) || undefined
    const script = itemScript(snapshot, { rate })
    return {
      key: `${snapshot.collection}:${snapshot.id}:${snapshot.versionHash}`,
      collection: snapshot.collection,
      itemId: snapshot.id,
      title: String(snapshot.title ?? ''),
      text: scriptText(script, { hints: false }),
      hintedText: scriptText(script),
      syllables: script.syllables,
      seconds: script.seconds,
      notes: script.notes,
      script,
    }
  },
  async deliver(artifact, ctx) {
    const programme = await targetProgramme(ctx.req, ctx.snapshot.column, ctx.account.settings, ctx.now)
    if (!programme) {
      throw new DeliveryError(`栏目没有待播出的节目（串联单），请先为该栏目创建下一期节目，或在账号设置中指定节目后重新投递`, { code: 'no-programme', transient: false })
    }
    const externalId = `${programme.id}|${artifact.key}`
    const rows = rowsOf(programme)
    // A retry after a crash between saving and recording: the row is there already.
    if (rows.some((row) => row.publicationKey === artifact.key)) return { state: 'delivered', externalId }
    rows.splice(insertionIndex(rows), 0, {
      blockType: 'script',
      title: artifact.title,
      item: { relationTo: artifact.collection, value: artifact.itemId },
      text: artifact.text,
      hintedText: artifact.hintedText,
      syllables: artifact.syllables,
      publicationKey: artifact.key,
    })
    await saveRows(ctx.req, programme, rows, `系统投递稿件《${artifact.title}》`)
    return { state: 'delivered', externalId, url: `/admin/collections/radio-programmes/${programme.id}` }
  },
  async withdraw(externalId, ctx) {
    if (!externalId) return
    const [programmeId, key] = externalId.split('|')
    const programme = await findProgramme(ctx.req, programmeId)
    if (!programme) return
    const rows = rowsOf(programme)
    const kept = rows.filter((row) => row.publicationKey !== key)
    if (kept.length === rows.length) return
    const title = String(rows.find((row) => row.publicationKey === key)?.title ?? '')
    await saveRows(ctx.req, programme, kept, `稿件《${title}》已撤稿，从串联单中移除`)
  },
}
