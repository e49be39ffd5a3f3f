import sharp from 'sharp'

/**
 * The shared test world for the access, CRUD and security tests — the same records whether they are made over
 * REST (test/setup/globalSetup.ts, against the real server) or through the Local API (in-process tests).
 *
 *   宣传部 root (admin, reviewer3)          ← reviewer3 also reviews branch A through reviewScope
 *   信息学院 A (editor, reviewer2, operator)
 *     └─ 信息学院融媒工作室 A1 (reviewer1, reviewScope A; the A content lives here, one level down)
 *   艺术学院 B (editorB)                       ← "another unit branch"
 *     └─ 艺术学院光影工作室 B1
 */

export const ACTORS = ['anonymous', 'admin', 'editor', 'editorB', 'reviewer1', 'reviewer2', 'reviewer3', 'operator'] as const
export type Actor = (typeof ACTORS)[number]
export type Staff = Exclude<Actor, 'anonymous'>

export const COLLECTIONS = [
  'articles',
  'videos',
  'cultural-projects',
  'columns',
  'units',
  'media',
  'channel-accounts',
  'users',
  'sensitive-words',
  'audit-log',
] as const
export type Collection = (typeof COLLECTIONS)[number]
export const CONTENT = ['articles', 'videos', 'cultural-projects'] as const
export type ContentCollection = (typeof CONTENT)[number]
export const isContent = (c: Collection): c is ContentCollection => (CONTENT as readonly string[]).includes(c)

export type Id = number | string
export type Doc = { id: Id; [key: string]: unknown }
export type Upload = { name: string; mimetype: string; data: Buffer }
export type Denied = { ok: false; status: number; message: string }
export type Outcome = { ok: true; doc: Doc } | Denied
export type ListOutcome = { ok: true; docs: Doc[] } | Denied

export type ReadOptions = { draft?: boolean; depth?: number }
export type WriteOptions = { draft?: boolean; file?: Upload }

/** One way of talking to Payload (REST, GraphQL, Local API), acting as one of the fixture actors. */
export interface Client {
  readonly name: 'rest' | 'graphql' | 'local'
  signIn(actor: Staff, account: { id: Id; email: string; password: string }): Promise<void>
  create(as: Actor, collection: Collection, data: Record<string, unknown>, options?: WriteOptions): Promise<Outcome>
  find(as: Actor, collection: Collection, options?: ReadOptions & { where?: Record<string, unknown> }): Promise<ListOutcome>
  findByID(as: Actor, collection: Collection, id: Id, options?: ReadOptions): Promise<Outcome>
  update(as: Actor, collection: Collection, id: Id, data: Record<string, unknown>, options?: WriteOptions): Promise<Outcome>
  delete(as: Actor, collection: Collection, id: Id): Promise<Outcome>
}

export const PASSWORD = 'Rongmei-test-2026!'

export type UnitKey = 'root' | 'A' | 'A1' | 'B' | 'B1'
export const UNITS: Record<UnitKey, { name: string; code: string; kind: string; parent?: UnitKey }> = {
  root: { name: '宣传部', code: 'xcb', kind: 'department' },
  A: { name: '信息学院', code: 'xxxy', kind: 'college' },
  A1: { name: '信息学院融媒工作室', code: 'xxxy-rm', kind: 'studio', parent: 'A' },
  B: { name: '艺术学院', code: 'ysxy', kind: 'college' },
  B1: { name: '艺术学院光影工作室', code: 'ysxy-gy', kind: 'studio', parent: 'B' },
}

export const USERS: Record<Staff, { name: string; unit: UnitKey; roles: string[]; reviewStages?: string[]; reviewScope?: UnitKey[]; phone: string }> = {
  admin: { name: '管理员老周', unit: 'root', roles: ['admin'], phone: '13800000001' },
  editor: { name: '编辑小王', unit: 'A', roles: ['editor'], phone: '13800000002' },
  editorB: { name: '编辑小李', unit: 'B', roles: ['editor'], phone: '13800000003' },
  reviewer1: { name: '初审老陈', unit: 'A1', roles: ['reviewer'], reviewStages: ['1'], reviewScope: ['A'], phone: '13800000004' },
  reviewer2: { name: '复审老赵', unit: 'A', roles: ['reviewer'], reviewStages: ['2'], phone: '13800000005' },
  reviewer3: { name: '终审老孙', unit: 'root', roles: ['reviewer'], reviewStages: ['3'], reviewScope: ['A'], phone: '13800000006' },
  operator: { name: '运营小刘', unit: 'A', roles: ['operator'], phone: '13800000007' },
}
export const emailOf = (actor: Staff, run = '') => `${actor.toLowerCase()}${run}@rongmei.test`

/** The content targets: published and draft in each branch, and a published item with a newer unpublished draft. */
export const CONTENT_TARGETS = ['pubA', 'draftA', 'pubDraftA', 'pubB', 'draftB'] as const
export type ContentTarget = (typeof CONTENT_TARGETS)[number]
/** Titles that only a reader of drafts may ever see. */
export const DRAFT_MARK = '【未发布草稿】'

export type Fixtures = {
  units: Record<UnitKey, Id>
  users: Record<Staff, { id: Id; email: string; password: string }>
  media: { imageA: Id; imageB: Id; videoA: Id; videoB: Id }
  content: Record<ContentCollection, Record<ContentTarget, Id>>
  columns: { colA: Id }
  accounts: { accA: Id; accB: Id }
  words: { word: Id }
  audit: { auditA: Id; auditB: Id }
  secrets: { appSecret: string; token: string }
}

export const richText = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      },
    ],
  },
})

export async function samplePng(name = 'sample.png', color = '#c8102e'): Promise<Upload> {
  const data = await sharp({ create: { width: 64, height: 48, channels: 3, background: color } }).png().toBuffer()
  return { name, mimetype: 'image/png', data }
}

/** A real 16×16, 0.2 s H.264 MP4 (made with ffmpeg), so videos have a genuine video file. */
const TINY_MP4 =
  'AAAAIGZ0eXBpc29tAAACAGlzb21pc28yYXZjMW1wNDEAAAMVbW9vdgAAAGxtdmhkAAAAAAAAAAAAAAAAAAAD6AAAAMgAAQAAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAj90cmFrAAAAXHRraGQAAAADAAAAAAAAAAAAAAABAAAAAAAAAMgAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAAABAAAAAQAAAAAAAkZWR0cwAAABxlbHN0AAAAAAAAAAEAAADIAAAAAAABAAAAAAG3bWRpYQAAACBtZGhkAAAAAAAAAAAAAAAAAAAoAAAACABVxAAAAAAALWhkbHIAAAAAAAAAAHZpZGUAAAAAAAAAAAAAAABWaWRlb0hhbmRsZXIAAAABYm1pbmYAAAAUdm1oZAAAAAEAAAAAAAAAAAAAACRkaW5mAAAAHGRyZWYAAAAAAAAAAQAAAAx1cmwgAAAAAQAAASJzdGJsAAAAvnN0c2QAAAAAAAAAAQAAAK5hdmMxAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAEABIAAAASAAAAAAAAAABFUxhdmM1OS4zNy4xMDAgbGlieDI2NAAAAAAAAAAAAAAAGP//AAAANGF2Y0MBZAAK/+EAF2dkAAqs2V7ARAAAAwAEAAADACg8SJZYAQAGaOvjyyLA/fj4AAAAABBwYXNwAAAAAQAAAAEAAAAUYnRydAAAAAAAAG+QAABvkAAAABhzdHRzAAAAAAAAAAEAAAABAAAIAAAAABxzdHNjAAAAAAAAAAEAAAABAAAAAQAAAAEAAAAUc3RzegAAAAAAAALKAAAAAQAAABRzdGNvAAAAAAAAAAEAAANFAAAAYnVkdGEAAABabWV0YQAAAAAAAAAhaGRscgAAAAAAAAAAbWRpcmFwcGwAAAAAAAAAAAAAAAAtaWxzdAAAACWpdG9vAAAAHWRhdGEAAAABAAAAAExhdmY1OS4yNy4xMDAAAAAIZnJlZQAAAtJtZGF0AAACrQYF//+p3EXpvebZSLeWLNgg2SPu73gyNjQgLSBjb3JlIDE2NCByMzA5NSBiYWVlNDAwIC0gSC4yNjQvTVBFRy00IEFWQyBjb2RlYyAtIENvcHlsZWZ0IDIwMDMtMjAyMiAtIGh0dHA6Ly93d3cudmlkZW9sYW4ub3JnL3gyNjQuaHRtbCAtIG9wdGlvbnM6IGNhYmFjPTEgcmVmPTMgZGVibG9jaz0xOjA6MCBhbmFseXNlPTB4MzoweDExMyBtZT1oZXggc3VibWU9NyBwc3k9MSBwc3lfcmQ9MS4wMDowLjAwIG1peGVkX3JlZj0xIG1lX3JhbmdlPTE2IGNocm9tYV9tZT0xIHRyZWxsaXM9MSA4eDhkY3Q9MSBjcW09MCBkZWFkem9uZT0yMSwxMSBmYXN0X3Bza2lwPTEgY2hyb21hX3FwX29mZnNldD0tMiB0aHJlYWRzPTEgbG9va2FoZWFkX3RocmVhZHM9MSBzbGljZWRfdGhyZWFkcz0wIG5yPTAgZGVjaW1hdGU9MSBpbnRlcmxhY2VkPTAgYmx1cmF5X2NvbXBhdD0wIGNvbnN0cmFpbmVkX2ludHJhPTAgYmZyYW1lcz0zIGJfcHlyYW1pZD0yIGJfYWRhcHQ9MSBiX2JpYXM9MCBkaXJlY3Q9MSB3ZWlnaHRiPTEgb3Blbl9nb3A9MCB3ZWlnaHRwPTIga2V5aW50PTI1MCBrZXlpbnRfbWluPTUgc2NlbmVjdXQ9NDAgaW50cmFfcmVmcmVzaD0wIHJjX2xvb2thaGVhZD00MCByYz1jcmYgbWJ0cmVlPTEgY3JmPTIzLjAgcWNvbXA9MC42MCBxcG1pbj0wIHFwbWF4PTY5IHFwc3RlcD00IGlwX3JhdGlvPTEuNDAgYXE9MToxLjAwAIAAAAAVZYiEAD///uZ1+BTTCBpJMvxDzj+B'

export const sampleMp4 = (name = 'sample.mp4'): Upload => ({ name, mimetype: 'video/mp4', data: Buffer.from(TINY_MP4, 'base64') })

let counter = 0
/** Unique suffix for records with unique fields (names, codes, slugs, e-mails). */
export const uniq = () => `${Date.now().toString(36)}${(counter++).toString(36)}`

/** Data for a new record of `collection` owned by `unit`, valid for every API. */
export function newRecordData(collection: Collection, f: Pick<Fixtures, 'units' | 'media'>, unit: UnitKey, title = '测试'): Record<string, unknown> {
  const u = uniq()
  const unitId = f.units[unit]
  switch (collection) {
    case 'articles':
      return { title: `${title}文章 ${u}`, summary: '校园新闻摘要', unit: unitId, body: richText('正文第一段。') }
    case 'videos':
      return { title: `${title}视频 ${u}`, unit: unitId, video: unit.startsWith('B') ? f.media.videoB : f.media.videoA, duration: 1 }
    case 'cultural-projects':
      return { name: `${title}网络文化项目 ${u}`, kind: 'studio', stage: 'application', unit: unitId }
    case 'columns':
      return { name: `${title}栏目 ${u}`, slug: `col-${u}`, unit: unitId }
    case 'units':
      return { name: `${title}单位 ${u}`, code: `u-${u}`, kind: 'studio', parent: unitId }
    case 'media':
      return { alt: `${title}图片 ${u}`, unit: unitId }
    case 'channel-accounts':
      return { name: `${title}公众号 ${u}`, kind: 'wechat', status: 'pending', unit: unitId, responsiblePerson: '张老师', responsiblePhone: '0551-12345678' }
    case 'users':
      return { name: `${title}用户 ${u}`, email: `u-${u}@rongmei.test`, password: PASSWORD, unit: unitId, roles: ['editor'] }
    case 'sensitive-words':
      return { word: `${title}敏感词${u}`, level: 'warn', category: '测试' }
    case 'audit-log':
      return { action: 'update', collectionSlug: 'articles', docId: '1', unit: unitId, note: '伪造的审计记录' }
  }
}

/** The title field of a content collection. */
export const titleField = (c: ContentCollection) => (c === 'cultural-projects' ? 'name' : 'title')

/**
 * Makes one content target as `admin` through `client`: published, draft-only, or published with a newer
 * unpublished draft revision (whose title carries DRAFT_MARK).
 */
export async function makeContent(
  client: Client,
  collection: ContentCollection,
  f: Pick<Fixtures, 'units' | 'media'>,
  kind: 'pub' | 'draft' | 'pubDraft',
  unit: UnitKey,
): Promise<Id> {
  const data = newRecordData(collection, f, unit, kind === 'draft' ? DRAFT_MARK : '已发布')
  const created = await client.create('admin', collection, { ...data, _status: kind === 'draft' ? 'draft' : 'published' }, { draft: kind === 'draft' })
  const doc = must(created, `create ${collection} ${kind}`).doc
  if (kind === 'pubDraft') {
    const title = titleField(collection)
    must(
      await client.update('admin', collection, doc.id, { [title]: `${DRAFT_MARK}${String(doc[title])}`, _status: 'draft' }, { draft: true }),
      `draft edit ${collection}`,
    )
  }
  return doc.id
}

export function must<T extends Outcome | ListOutcome>(outcome: T, what: string): Extract<T, { ok: true }> {
  if (!outcome.ok) throw new Error(`${what} failed: ${outcome.status} ${outcome.message}`)
  return outcome as Extract<T, { ok: true }>
}

/**
 * Builds the whole fixture world through `client`, acting as the first admin (already signed in as 'admin'
 * with `units.root` existing). Everything goes through the client's API — REST for the server, the Local API
 * with the admin user and overrideAccess: false in-process.
 */
export async function buildFixtures(client: Client, root: Id, admin: { id: Id; email: string; password: string }): Promise<Fixtures> {
  const units = { root } as Record<UnitKey, Id>
  for (const key of ['A', 'A1', 'B', 'B1'] as const) {
    const { parent, ...unit } = UNITS[key]
    units[key] = must(await client.create('admin', 'units', { ...unit, parent: parent ? units[parent] : undefined }), `unit ${key}`).doc.id
  }

  const users = { admin } as Fixtures['users']
  for (const actor of Object.keys(USERS) as Staff[]) {
    if (actor === 'admin') continue
    const { unit, reviewScope, ...rest } = USERS[actor]
    const email = emailOf(actor)
    const data = { ...rest, email, password: PASSWORD, unit: units[unit], reviewScope: reviewScope?.map((k) => units[k]) }
    const id = must(await client.create('admin', 'users', data), `user ${actor}`).doc.id
    users[actor] = { id, email, password: PASSWORD }
    await client.signIn(actor, users[actor])
  }

  const upload = async (unit: UnitKey, file: Upload) =>
    must(await client.create('admin', 'media', { alt: `${UNITS[unit].name}素材`, credit: '全媒体中心', unit: units[unit] }, { file }), `media ${file.name}`).doc.id
  const media = {
    imageA: await upload('A1', await samplePng('fixture-a.png')),
    imageB: await upload('B', await samplePng('fixture-b.png', '#1f6feb')),
    videoA: await upload('A1', sampleMp4('fixture-a.mp4')),
    videoB: await upload('B', sampleMp4('fixture-b.mp4')),
  }

  const secrets = { appSecret: `wx-secret-${uniq()}-绝密`, token: `wx-token-${uniq()}` }
  const account = async (unit: UnitKey, name: string) =>
    must(
      await client.create('admin', 'channel-accounts', {
        name,
        kind: 'wechat',
        unit: units[unit],
        responsiblePerson: '张老师',
        responsiblePhone: '13900000000',
        status: 'filed',
        filingNumber: '皖ICP备00000000号',
        credentials: { appId: 'wx1234567890abcdef', appSecret: secrets.appSecret, token: secrets.token, encodingAESKey: 'k'.repeat(43) },
      }),
      `account ${name}`,
    ).doc.id
  const accounts = { accA: await account('A', '信息学院公众号'), accB: await account('B', '艺术学院公众号') }

  const colA = must(
    await client.create('admin', 'columns', { name: '早鸟行动', slug: 'zaoniao', unit: units.A, defaultAccounts: [accounts.accA] }),
    'column',
  ).doc.id
  const word = must(await client.create('admin', 'sensitive-words', { word: '测试禁词', level: 'block', category: '测试' }), 'word').doc.id

  const f = { units, media }
  const content = {} as Fixtures['content']
  for (const collection of CONTENT) {
    content[collection] = {
      pubA: await makeContent(client, collection, f, 'pub', 'A1'),
      draftA: await makeContent(client, collection, f, 'draft', 'A1'),
      pubDraftA: await makeContent(client, collection, f, 'pubDraft', 'A1'),
      pubB: await makeContent(client, collection, f, 'pub', 'B'),
      draftB: await makeContent(client, collection, f, 'draft', 'B'),
    }
  }

  // Audit entries are written by the system (hooks/auditContentChanges); pick the ones the fixtures caused.
  const auditFor = async (docId: Id) => {
    const where = { and: [{ collectionSlug: { equals: 'articles' } }, { docId: { equals: String(docId) } }] }
    const list = must(await client.find('admin', 'audit-log', { where }), 'audit list')
    if (!list.docs.length) throw new Error(`no audit entry for ${docId}`)
    return list.docs[0].id
  }
  const audit = { auditA: await auditFor(content.articles.pubA), auditB: await auditFor(content.articles.pubB) }

  return { units, users, media, content, columns: { colA }, accounts, words: { word }, audit, secrets }
}
