import { expect } from 'vitest'

import {
  isContent,
  must,
  newRecordData,
  samplePng,
  type Actor,
  type Client,
  type Collection,
  type Fixtures,
  type UnitKey,
} from '../setup/fixtures'

/** Who does the full create → read → update → delete cycle of each collection, in which unit. */
export const CRUD_ACTOR: Record<Exclude<Collection, 'audit-log'>, { as: Actor; unit: UnitKey; change: Record<string, unknown> }> = {
  articles: { as: 'editor', unit: 'A1', change: { summary: '修改后的摘要' } },
  videos: { as: 'editor', unit: 'A1', change: { transcript: '修改后的文字稿' } },
  'cultural-projects': { as: 'editor', unit: 'A', change: { stage: 'approval', evaluations: [{ stage: 'application', note: '申报材料齐全，同意立项。' }] } },
  media: { as: 'editor', unit: 'A1', change: { alt: '修改后的替代文字' } },
  columns: { as: 'admin', unit: 'A', change: { description: '修改后的简介' } },
  units: { as: 'admin', unit: 'A', change: { kind: 'centre' } },
  'channel-accounts': { as: 'admin', unit: 'B', change: { status: 'filed', filingNumber: '皖ICP备12345678号' } },
  users: { as: 'admin', unit: 'B', change: { phone: '13912345678' } },
  'sensitive-words': { as: 'admin', unit: 'A', change: { level: 'block' } },
}

/** One full cycle through `client`, checking each step's effect with a read. */
export async function crudCycle(client: Client, f: Fixtures, collection: keyof typeof CRUD_ACTOR) {
  const { as, unit, change } = CRUD_ACTOR[collection]
  const data = newRecordData(collection, f, unit, 'CRUD')
  const file = collection === 'media' ? await samplePng('crud.png') : undefined
  const created = must(await client.create(as, collection, data, { file, draft: isContent(collection) }), `create ${collection}`).doc
  // Writes answer with relationships populated.
  const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id: unknown }).id : v)
  if ('unit' in data && collection !== 'units') expect(idOf(created.unit)).toEqual(data.unit)
  if (collection === 'media') {
    expect(created.mimeType).toBe('image/png')
    expect(created.width).toBe(64)
  }

  const read = must(await client.findByID(as, collection, created.id, { draft: isContent(collection) }), `read ${collection}`).doc
  expect(read.id).toEqual(created.id)
  const listed = must(await client.find(as, collection, { draft: isContent(collection) }), `list ${collection}`).docs
  expect(listed.map((d) => String(d.id))).toContain(String(created.id))

  const updated = must(await client.update(as, collection, created.id, change, { draft: isContent(collection) }), `update ${collection}`).doc
  for (const [key, value] of Object.entries(change)) {
    if (Array.isArray(value)) expect((updated[key] as unknown[]).length).toBe(value.length)
    else expect(updated[key]).toEqual(value)
  }

  must(await client.delete(as, collection, created.id), `delete ${collection}`)
  const gone = await client.findByID('admin', collection, created.id)
  expect(gone.ok).toBe(false)
}
