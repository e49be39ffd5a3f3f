import {
  ACTORS,
  CONTENT,
  USERS,
  makeContent,
  must,
  newRecordData,
  samplePng,
  type Actor,
  type Client,
  type Collection,
  type Fixtures,
  type Id,
  type Staff,
  type UnitKey,
} from '../setup/fixtures'

/**
 * THE expected-permission table: for every collection, which actor may do what to which fixture target.
 * An actor missing from a list may not. The matrix tests (REST, GraphQL, Local API) all read this one table.
 */
export type Permissions = {
  /** Existing fixture records read, listed and updated by the matrix. */
  targets: Record<string, (f: Fixtures) => Id>
  read: Partial<Record<Actor, string[]>>
  /** Content only: targets whose unpublished draft revision the actor may see with draft=true. */
  draftRead?: Partial<Record<Actor, string[]>>
  /** Units a new record is attempted in; `create` lists where each actor succeeds. */
  createIn: UnitKey[]
  create: Partial<Record<Actor, UnitKey[]>>
  update: Partial<Record<Actor, string[]>>
  updateData: (f: Fixtures, target: string, as: Actor) => Record<string, unknown>
  /** Kinds of fresh record made (by an admin) for each delete attempt. */
  deleteKinds: string[]
  delete: Partial<Record<Actor, string[]>>
  makeDeleteTarget: (setup: Client, f: Fixtures, kind: string) => Promise<Id>
}

const A_BRANCH: Actor[] = ['editor', 'reviewer1', 'reviewer2', 'reviewer3', 'operator']
const A_REVIEWERS: Actor[] = ['reviewer1', 'reviewer2', 'reviewer3']
const STAFF = ACTORS.filter((a) => a !== 'anonymous')
const each = (actors: readonly Actor[], value: string[]) => Object.fromEntries(actors.map((a) => [a, value])) as Partial<Record<Actor, string[]>>

/** A fresh record made by the admin through the setup client (REST or Local API — GraphQL cannot upload). */
async function freshRecord(setup: Client, f: Fixtures, collection: Collection, unit: UnitKey): Promise<Id> {
  const data = newRecordData(collection, f, unit, '待删除')
  const file = collection === 'media' ? await samplePng('delete-me.png') : undefined
  return must(await setup.create('admin', collection, data, { file }), `fresh ${collection}`).doc.id
}

const CONTENT_ALL = ['pubA', 'draftA', 'pubDraftA', 'pubB', 'draftB']
const contentPermissions = (collection: (typeof CONTENT)[number]): Permissions => ({
  targets: Object.fromEntries(CONTENT_ALL.map((t) => [t, (f: Fixtures) => f.content[collection][t as 'pubA']])),
  read: {
    anonymous: ['pubA', 'pubDraftA', 'pubB'],
    admin: CONTENT_ALL,
    ...each(A_BRANCH, ['pubA', 'draftA', 'pubDraftA', 'pubB']),
    editorB: ['pubA', 'pubDraftA', 'pubB', 'draftB'],
  },
  draftRead: { admin: ['draftA', 'pubDraftA', 'draftB'], ...each(A_BRANCH, ['draftA', 'pubDraftA']), editorB: ['draftB'] },
  createIn: ['A1', 'B'],
  create: { admin: ['A1', 'B'], editor: ['A1'], editorB: ['B'] },
  update: { admin: CONTENT_ALL, ...each(['editor', ...A_REVIEWERS], ['pubA', 'draftA', 'pubDraftA']), editorB: ['pubB', 'draftB'] },
  updateData: (_f, _t, as) => ({ [collection === 'cultural-projects' ? 'showcaseSummary' : 'summary']: `矩阵更新（${as}）` }),
  deleteKinds: CONTENT_ALL,
  // Only never-published items, in scope; a published item with a newer draft has been published.
  delete: { admin: CONTENT_ALL, editor: ['draftA'], editorB: ['draftB'] },
  makeDeleteTarget: (setup, f, kind) => {
    const unit: UnitKey = kind.endsWith('A') ? 'A1' : 'B'
    const made = kind.startsWith('pubDraft') ? 'pubDraft' : kind.startsWith('pub') ? 'pub' : 'draft'
    return makeContent(setup, collection, f, made, unit)
  },
})

const USER_TARGETS = Object.keys(USERS) as Staff[]

export const PERMISSIONS: Record<Collection, Permissions> = {
  articles: contentPermissions('articles'),
  videos: contentPermissions('videos'),
  'cultural-projects': contentPermissions('cultural-projects'),

  columns: {
    targets: { colA: (f) => f.columns.colA },
    read: each(ACTORS, ['colA']),
    createIn: ['A'],
    create: { admin: ['A'] },
    update: { admin: ['colA'] },
    updateData: (_f, _t, as) => ({ description: `矩阵更新（${as}）` }),
    deleteKinds: ['A'],
    delete: { admin: ['A'] },
    makeDeleteTarget: (setup, f) => freshRecord(setup, f, 'columns', 'A'),
  },

  units: {
    targets: { unitA: (f) => f.units.A, unitB1: (f) => f.units.B1 },
    read: each(ACTORS, ['unitA', 'unitB1']),
    createIn: ['A'],
    create: { admin: ['A'] },
    update: { admin: ['unitA', 'unitB1'] },
    updateData: (_f, t) => ({ kind: t === 'unitA' ? 'college' : 'studio' }),
    deleteKinds: ['A'],
    delete: { admin: ['A'] },
    makeDeleteTarget: (setup, f) => freshRecord(setup, f, 'units', 'A'),
  },

  media: {
    targets: { imageA: (f) => f.media.imageA, imageB: (f) => f.media.imageB },
    read: each(ACTORS, ['imageA', 'imageB']),
    createIn: ['A1', 'B'],
    create: { admin: ['A1', 'B'], ...Object.fromEntries(A_BRANCH.map((a) => [a, ['A1']])), editorB: ['B'] },
    update: { admin: ['imageA', 'imageB'], ...each(['editor', ...A_REVIEWERS], ['imageA']), editorB: ['imageB'] },
    updateData: (_f, _t, as) => ({ alt: `矩阵更新（${as}）` }),
    deleteKinds: ['A1', 'B'],
    delete: { admin: ['A1', 'B'], editor: ['A1'], editorB: ['B'] },
    makeDeleteTarget: (setup, f, kind) => freshRecord(setup, f, 'media', kind as UnitKey),
  },

  'channel-accounts': {
    targets: { accA: (f) => f.accounts.accA, accB: (f) => f.accounts.accB },
    read: each(STAFF, ['accA', 'accB']),
    createIn: ['A'],
    create: { admin: ['A'] },
    update: { admin: ['accA', 'accB'], operator: ['accA'] },
    updateData: (_f, _t, as) => ({ nextReviewDate: '2027-03-01T00:00:00.000Z', settings: { note: `矩阵更新（${as}）` } }),
    deleteKinds: ['A', 'B'],
    delete: { admin: ['A', 'B'] },
    makeDeleteTarget: (setup, f, kind) => freshRecord(setup, f, 'channel-accounts', kind as UnitKey),
  },

  users: {
    targets: Object.fromEntries(USER_TARGETS.map((u) => [u, (f: Fixtures) => f.users[u].id])),
    read: {
      admin: USER_TARGETS,
      // Self plus everyone whose unit is in the reader's scope (A and A1 for branch A).
      ...each(['editor', 'reviewer1', 'reviewer2', 'operator'], ['editor', 'reviewer1', 'reviewer2', 'operator']),
      editorB: ['editorB'],
      // 宣传部 (own unit) plus branch A through reviewScope.
      reviewer3: ['admin', 'editor', 'reviewer1', 'reviewer2', 'reviewer3', 'operator'],
    },
    createIn: ['A'],
    create: { admin: ['A'] },
    update: { ...Object.fromEntries(USER_TARGETS.map((u) => [u, [u]])), admin: USER_TARGETS },
    updateData: (_f, t) => ({ name: USERS[t as Staff].name }),
    deleteKinds: ['A', 'B'],
    delete: { admin: ['A', 'B'] },
    makeDeleteTarget: (setup, f, kind) => freshRecord(setup, f, 'users', kind as UnitKey),
  },

  'sensitive-words': {
    targets: { word: (f) => f.words.word },
    read: each(STAFF, ['word']),
    createIn: ['A'],
    create: { admin: ['A'] },
    update: { admin: ['word'] },
    updateData: (_f, _t, as) => ({ note: `矩阵更新（${as}）` }),
    deleteKinds: ['A'],
    delete: { admin: ['A'] },
    makeDeleteTarget: (setup, f) => freshRecord(setup, f, 'sensitive-words', 'A'),
  },

  'audit-log': {
    targets: { auditA: (f) => f.audit.auditA, auditB: (f) => f.audit.auditB },
    read: { admin: ['auditA', 'auditB'], ...each(A_REVIEWERS, ['auditA']) },
    createIn: ['A'],
    create: {},
    update: {},
    updateData: (_f, _t, as) => ({ note: `篡改（${as}）` }),
    // Nobody can create one over an API, so deletes are tried on the real entries.
    deleteKinds: ['auditA', 'auditB'],
    delete: {},
    makeDeleteTarget: async (_setup, f, kind) => f.audit[kind as 'auditA'],
  },
}
