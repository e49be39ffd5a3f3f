import {
  DRAFT_MARK,
  isContent,
  newRecordData,
  samplePng,
  titleField,
  type Actor,
  type Client,
  type Collection,
  type Doc,
  type Fixtures,
} from '../setup/fixtures'
import { PERMISSIONS } from './permissions'

export type Cell = { client: string; actor: Actor; collection: Collection; op: string; target: string; expected: boolean; actual: boolean; note: string }

export type Tally = { cells: number; escalations: Cell[]; missing: Cell[] }
export const tally = (cells: Cell[]): Tally => ({
  cells: cells.length,
  escalations: cells.filter((c) => c.actual && !c.expected),
  missing: cells.filter((c) => !c.actual && c.expected),
})

export const describeCell = (c: Cell) =>
  `${c.client} ${c.actor} ${c.op} ${c.collection}/${c.target}: expected ${c.expected ? 'allow' : 'deny'}, got ${c.actual ? 'allow' : 'deny'}${c.note ? ` (${c.note})` : ''}`

const showsDraft = (collection: Collection, doc: Doc | undefined) =>
  Boolean(doc && isContent(collection) && String(doc[titleField(collection)] ?? '').includes(DRAFT_MARK))

/**
 * Every operation of one actor on one collection through `client`, compared with PERMISSIONS. `setup` (REST or
 * Local API, as the admin) makes the fresh records that delete attempts consume.
 */
export async function runCells(client: Client, setup: Client, f: Fixtures, actor: Actor, collection: Collection): Promise<Cell[]> {
  const p = PERMISSIONS[collection]
  const cells: Cell[] = []
  const cell = (op: string, target: string, expected: boolean, actual: boolean, note = '') =>
    cells.push({ client: client.name, actor, collection, op, target, expected, actual, note })
  const allowed = (list: Partial<Record<Actor, string[]>> | undefined, target: string) => Boolean(list?.[actor]?.includes(target))
  const targets = Object.entries(p.targets).map(([key, id]) => ({ key, id: id(f) }))

  // create — one attempt per unit; GraphQL has no uploads, so media is created over REST/Local only.
  if (!(collection === 'media' && client.name === 'graphql')) {
    for (const unit of p.createIn) {
      const data = newRecordData(collection, f, unit, '矩阵')
      const file = collection === 'media' ? await samplePng('matrix.png') : undefined
      const outcome = await client.create(actor, collection, data, { file })
      cell('create', `in ${unit}`, Boolean(p.create[actor]?.includes(unit)), outcome.ok, outcome.ok ? '' : `${outcome.status} ${outcome.message}`)
    }
  }

  // read by id and list; a published read must never carry an unpublished revision the actor may not see.
  const list = await client.find(actor, collection)
  for (const { key, id } of targets) {
    const one = await client.findByID(actor, collection, id)
    const leak = one.ok && showsDraft(collection, one.doc) && !allowed(p.draftRead, key)
    cell('read', key, allowed(p.read, key), one.ok && !leak, leak ? 'unpublished draft revision returned' : one.ok ? '' : `${one.status}`)
    const listed = list.ok ? list.docs.find((d) => String(d.id) === String(id)) : undefined
    const listLeak = showsDraft(collection, listed) && !allowed(p.draftRead, key)
    cell('list', key, allowed(p.read, key), Boolean(listed) && !listLeak, listLeak ? 'unpublished draft revision listed' : '')
  }

  // draft=true: which unpublished revisions the actor sees (drafts must never leak).
  if (p.draftRead) {
    const draftList = await client.find(actor, collection, { draft: true })
    for (const key of ['draftA', 'pubDraftA', 'draftB']) {
      const id = p.targets[key](f)
      const one = await client.findByID(actor, collection, id, { draft: true })
      cell('read ?draft=true', key, allowed(p.draftRead, key), one.ok && showsDraft(collection, one.doc))
      const listed = draftList.ok ? draftList.docs.find((d) => String(d.id) === String(id)) : undefined
      cell('list ?draft=true', key, allowed(p.draftRead, key), showsDraft(collection, listed))
    }
  }

  // update — content is saved as a draft so the published fixtures stay exactly as they were.
  for (const { key, id } of targets) {
    const outcome = await client.update(actor, collection, id, p.updateData(f, key, actor), { draft: isContent(collection) ? true : undefined })
    cell('update', key, allowed(p.update, key), outcome.ok, outcome.ok ? '' : `${outcome.status} ${outcome.message}`)
  }

  // delete — each attempt on a fresh record of the kind.
  for (const kind of p.deleteKinds) {
    const id = await p.makeDeleteTarget(setup, f, kind)
    const outcome = await client.delete(actor, collection, id)
    cell('delete', kind, allowed(p.delete, kind), outcome.ok, outcome.ok ? '' : `${outcome.status} ${outcome.message}`)
  }
  return cells
}
