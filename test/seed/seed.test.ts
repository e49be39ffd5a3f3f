import { editorConfigFactory, getEnabledNodes } from '@payloadcms/richtext-lexical'
import { createHeadlessEditor } from '@payloadcms/richtext-lexical/lexical/headless'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ARTICLES } from '../../seed/articles'
import { DEMO_CHANNEL_ACCOUNTS } from '../../seed/channelAccounts'
import { DEMO_COLUMNS } from '../../seed/columns'
import { seedDemo, type SeedOutcome } from '../../seed/demo'
import { plainText } from '../../seed/lexical'
import { DEMO_ISSUE_TITLE } from '../../seed/newspaperIssue'
import { DEMO_SENSITIVE_WORDS } from '../../seed/sensitiveWords'
import { DEMO_UNITS } from '../../seed/units'
import { DEMO_PASSWORD, DEMO_USERS } from '../../seed/users'
import { DEMO_VIDEO } from '../../seed/video'
import { bootPayload } from '../setup/payload'

const COUNTED = ['units', 'users', 'columns', 'channel-accounts', 'sensitive-words', 'media', 'articles', 'videos', 'cultural-projects', 'newspaper-issues'] as const

let payload: Payload
let first: SeedOutcome

const all = async (collection: (typeof COUNTED)[number], depth = 0) =>
  (await payload.find({ collection, limit: 0, pagination: false, depth, overrideAccess: true })).docs as unknown as Record<string, any>[]

const counts = async () =>
  Object.fromEntries(await Promise.all(COUNTED.map(async (c) => [c, (await payload.count({ collection: c, overrideAccess: true })).totalDocs])))

const idOf = (ref: unknown) => (ref && typeof ref === 'object' ? (ref as { id: unknown }).id : ref)

beforeAll(async () => {
  payload = await bootPayload('seed')
  first = await seedDemo(payload)
})

afterAll(async () => {
  // The media collection writes into data/media; remove what this file uploaded.
  await payload?.delete({ collection: 'media', where: { id: { exists: true } }, overrideAccess: true })
  await payload?.destroy()
})

describe('demo seed on a fresh database', () => {
  it('reports what it created', () => {
    expect(first.status).toBe('seeded')
    expect(first.created).toMatchObject({
      units: DEMO_UNITS.length,
      users: DEMO_USERS.length,
      columns: 3,
      'channel-accounts': 5,
      'sensitive-words': DEMO_SENSITIVE_WORDS.length,
      articles: DEMO_ARTICLES.length,
      videos: 1,
      'cultural-projects': 1,
    })
  })

  it('creates the units with kind and parent, a studio under each college', async () => {
    const units = await all('units')
    const byName = new Map(units.map((unit) => [unit.name, unit]))
    for (const name of ['宣传部', '学工部', '团委', '信息化处', '马克思主义学院', '易班发展中心', '全媒体中心', '文学与传媒学院', '信息工程学院']) {
      expect(byName.has(name), name).toBe(true)
    }
    const studios = units.filter((unit) => unit.kind === 'studio')
    expect(studios.map((s) => s.name).sort()).toEqual(['微视频制作工作室', '网络产品设计工作室'].sort())
    for (const studio of studios) {
      expect(units.find((unit) => unit.id === studio.parent)?.kind).toBe('college')
    }
    expect(units.filter((unit) => unit.kind === 'college').length).toBeGreaterThanOrEqual(2)
    expect(byName.get('全媒体中心')!.parent).toBe(byName.get('宣传部')!.id)
  })

  it('creates one user per role; the stage-3 reviewer at 宣传部 reviews every top-level unit', async () => {
    const users = await all('users')
    const roles = users.flatMap((user) => user.roles)
    for (const role of ['admin', 'editor', 'reviewer', 'operator']) expect(roles).toContain(role)
    const stages = users.flatMap((user) => user.reviewStages ?? [])
    expect(stages.sort()).toEqual(['1', '2', '3'])

    const units = await all('units')
    const stage3 = users.find((user) => user.reviewStages?.includes('3'))!
    expect(units.find((unit) => unit.id === stage3.unit)?.name).toBe('宣传部')
    const topLevel = units.filter((unit) => unit.parent == null).map((unit) => unit.id)
    expect([...stage3.reviewScope].sort()).toEqual([...topLevel].sort())

    const stage1 = users.find((user) => user.reviewStages?.includes('1'))!
    expect(units.find((unit) => unit.id === stage1.unit)?.kind).toBe('college')
  })

  it('creates the columns with owner units and slugs', async () => {
    const columns = await all('columns')
    expect(columns.map((c) => c.name).sort()).toEqual(['早鸟行动', '汤青之声', '小易观察日记'].sort())
    for (const column of columns) {
      expect(column.slug).toBe(DEMO_COLUMNS.find((c) => c.name === column.name)!.slug)
      expect(column.unit).toBeTruthy()
      expect(column.defaultAccounts.length).toBeGreaterThan(0)
    }
  })

  it('creates one filed channel account of each kind, credentials encrypted at rest', async () => {
    const accounts = await all('channel-accounts')
    expect(accounts.map((a) => a.kind).sort()).toEqual(['newspaper', 'radio', 'website', 'wechat', 'weibo'])
    for (const account of accounts) {
      expect(account.status).toBe('filed')
      expect(account.filingNumber).toBeTruthy()
      expect(account.responsiblePerson).toBeTruthy()
      expect(account.responsiblePhone).toMatch(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/)
      expect(new Date(account.nextReviewDate).getTime()).toBeGreaterThan(Date.now())
    }
    // The system reads them decrypted …
    const wechat = accounts.find((a) => a.kind === 'wechat')!
    const demo = DEMO_CHANNEL_ACCOUNTS.find((a) => a.kind === 'wechat')!
    expect(wechat.credentials.appSecret).toBe(demo.credentials!.appSecret)
    // … while the row in the database holds ciphertext.
    const db = payload.db as unknown as { drizzle: any; tables: Record<string, any> }
    const rows: Record<string, unknown>[] = await db.drizzle.select().from(db.tables.channel_accounts)
    const stored = JSON.stringify(rows.find((row) => row.id === wechat.id))
    expect(stored).not.toContain(demo.credentials!.appSecret!)
    expect(stored).toContain('enc:v1:')
  })

  it('creates at least six articles, published and drafts, with cover, credits, column, unit and tags', async () => {
    const articles = await all('articles')
    expect(articles.length).toBeGreaterThanOrEqual(6)
    expect(articles.filter((a) => a._status === 'published').length).toBeGreaterThanOrEqual(3)
    expect(articles.filter((a) => a._status === 'draft').length).toBeGreaterThanOrEqual(1)
    for (const article of articles) {
      expect(article.summary, article.title).toBeTruthy()
      expect(article.unit, article.title).toBeTruthy()
      expect(article.cover, article.title).toBeTruthy()
      expect(article.tags.length, article.title).toBeGreaterThan(0)
      expect(article.credits.map((c: { role: string }) => c.role)).toEqual(expect.arrayContaining(['text', 'photo', 'editor']))
    }
    expect(articles.filter((a) => a.column).length).toBeGreaterThanOrEqual(3)

    // Anonymous readers see the published ones only.
    const visible = await payload.find({ collection: 'articles', overrideAccess: false, limit: 0, pagination: false })
    expect(visible.docs.length).toBe(articles.filter((a) => a._status === 'published').length)
  })

  it('stores article bodies as valid Lexical: headings, a list, a link, several paragraphs', async () => {
    const editorConfig = await editorConfigFactory.default({ config: payload.config })
    const editor = createHeadlessEditor({ nodes: getEnabledNodes({ editorConfig }) })

    for (const demo of DEMO_ARTICLES) {
      const { docs } = await payload.find({ collection: 'articles', where: { title: { equals: demo.title } }, overrideAccess: true, draft: true })
      const body = docs[0]!.body as { root: { children: { type: string; children?: { type: string }[] }[] } }
      const types = body.root.children.map((node) => node.type)
      expect(types.filter((t) => t === 'paragraph').length, demo.title).toBeGreaterThanOrEqual(3)
      expect(types, demo.title).toContain('heading')
      expect(types, demo.title).toContain('list')
      expect(JSON.stringify(body), demo.title).toContain('"type":"link"')

      // Lexical itself (with the nodes Payload's editor registers) accepts the JSON and exports the same JSON.
      const state = editor.parseEditorState(body as never)
      expect(JSON.parse(JSON.stringify(state.toJSON()))).toEqual(JSON.parse(JSON.stringify(body)))
      const text = state.read(() => (state._nodeMap.get('root') as { getTextContent(): string }).getTextContent())
      for (const line of plainText(demo.body).split('\n').slice(0, 3)) expect(text).toContain(line)
    }
  })

  it('creates a video with an MP4 file, a poster image and VTT subtitles', async () => {
    const [video] = await all('videos', 1)
    expect(video!.title).toBe(DEMO_VIDEO.title)
    expect(video!.video.mimeType).toBe('video/mp4')
    expect(video!.video.filesize).toBeGreaterThan(1000)
    expect(video!.poster.mimeType).toBe('image/jpeg')
    expect(video!.poster.width).toBe(1200)
    expect(video!.subtitles.mimeType).toBe('text/vtt')
    expect(video!.duration).toBe(DEMO_VIDEO.duration)
    expect(video!._status).toBe('published')
  })

  it('creates a cultural project with team, stage history and works', async () => {
    const [project] = await all('cultural-projects')
    expect(project!.kind).toBe('festival')
    expect(project!.stage).toBe('midterm')
    expect(project!.team.length).toBeGreaterThanOrEqual(3)
    expect(project!.evaluations.map((e: { stage: string }) => e.stage)).toEqual(['application', 'approval', 'midterm'])
    expect(project!.works.map((w: { relationTo: string }) => w.relationTo).sort()).toEqual(['articles', 'videos'])
    expect(project!.cover).toBeTruthy()
  })

  it('lets every demo user log in with the demo password', async () => {
    for (const user of DEMO_USERS) {
      const result = await payload.login({ collection: 'users', data: { email: user.email, password: DEMO_PASSWORD } })
      expect(result.token, user.email).toBeTruthy()
      expect(idOf(result.user?.unit)).toBeTruthy()
    }
  })

  it('creates the next 校报 issue with the demo articles in its pool, ready to lay out', async () => {
    const [issue] = await all('newspaper-issues')
    expect([issue.title, issue.pageSize, issue.pages.length, issue.status]).toEqual([DEMO_ISSUE_TITLE, 'tabloid', 4, 'planning'])
    expect(issue.stories.map((s: { copy: { headline: string } }) => s.copy.headline)).toEqual(DEMO_ARTICLES.map((a) => a.title))
    expect(issue.stories.every((s: { copy: { paragraphs: string[] } }) => s.copy.paragraphs.length > 0)).toBe(true)
  })

  it('creates nothing when run again', async () => {
    const before = await counts()
    const again = await seedDemo(payload)
    expect(again).toEqual({ status: 'present', created: {} })
    expect(await counts()).toEqual(before)
  })

  it('leaves a database with non-demo users alone unless forced', async () => {
    const admin = DEMO_USERS[0]!
    await payload.delete({ collection: 'users', where: { email: { equals: admin.email } }, overrideAccess: true })
    const before = await counts()
    const skipped = await seedDemo(payload)
    expect(skipped.status).toBe('skipped')
    expect(await counts()).toEqual(before)

    const forced = await seedDemo(payload, { force: true })
    expect(forced).toEqual({ status: 'seeded', created: { users: 1 } })
  })
})
