import fs from 'node:fs/promises'
import path from 'node:path'
import type { CollectionSlug, Payload, Where } from 'payload'

import { DEMO_ARTICLES, type DemoCover, type DemoCredit } from './articles'
import { DEMO_CHANNEL_ACCOUNTS } from './channelAccounts'
import { DEMO_COLUMNS } from './columns'
import { DEMO_CULTURAL_PROJECT } from './culturalProject'
import { placeholderImage } from './images'
import { richText } from './lexical'
import { renderPrintCopy } from '../publishers/newspaper/render'
import { DEMO_ISSUE_TITLE, demoIssueData } from './newspaperIssue'
import { DEMO_ANNOUNCERS, DEMO_PROGRAMME_TITLE, demoProgrammeItems, nextWednesdayNoon } from './radioProgramme'
import { DEMO_SENSITIVE_WORDS } from './sensitiveWords'
import { DEMO_UNITS } from './units'
import { DEMO_PASSWORD, DEMO_USERS } from './users'
import { DEMO_VIDEO, demoVtt } from './video'

type Id = number | string

/** What one run did, per collection. */
export type SeedOutcome = {
  /** seeded: something was created; present: all demo data was already there; skipped: not a demo database. */
  status: 'seeded' | 'present' | 'skipped'
  created: Record<string, number>
  reason?: string
}

/** The email of the demo admin marks a database as a demo database (see `seedDemo`'s guard). */
export const DEMO_MARKER_EMAIL = DEMO_USERS[0]!.email

/**
 * Every write says it comes from the seed, so hooks with side effects (publishing to channels,
 * notifications) can leave demo data alone: `if (req.context.seed) return`.
 */
const context = { seed: true }

const day = 24 * 60 * 60 * 1000
const inDays = (days: number) => new Date(Date.now() + days * day).toISOString()
const monthsAgo = (months: number) => {
  const date = new Date()
  date.setMonth(date.getMonth() - months)
  return date.toISOString()
}

/**
 * Writes the demo data with the Local API as the system (no user). Idempotent: each record is looked up by
 * its natural key (unit code, email, slug, name, title) and created only when missing, so a second run
 * creates nothing and a run interrupted half-way is completed by the next.
 *
 * Guard: a database that has users but not the demo admin is someone's real data; the seed then does
 * nothing unless `force` is set (it would add accounts with a published password).
 */
export async function seedDemo(
  payload: Payload,
  { force = false, log = () => {} }: { force?: boolean; log?: (message: string) => void } = {},
): Promise<SeedOutcome> {
  const created: Record<string, number> = {}
  const counted = (collection: string) => (created[collection] = (created[collection] ?? 0) + 1)

  const users = await payload.count({ collection: 'users', overrideAccess: true })
  if (!force && users.totalDocs > 0 && !(await findId(payload, 'users', { email: { equals: DEMO_MARKER_EMAIL } }))) {
    const reason = `数据库中已有 ${users.totalDocs} 个用户且不是演示数据库，未写入演示数据（需要时用 --force）。`
    log(reason)
    return { status: 'skipped', created, reason }
  }

  /** Finds a record by `where`, or creates it with `make()` and counts it. */
  const ensure = async (collection: CollectionSlug, where: Where, make: () => Promise<{ id: Id }>): Promise<Id> => {
    const existing = await findId(payload, collection, where)
    if (existing != null) return existing
    const doc = await make()
    counted(collection)
    return doc.id
  }

  // Units, parents first (the list is ordered that way).
  const unit = new Map<string, Id>()
  for (const data of DEMO_UNITS) {
    const id = await ensure('units', { code: { equals: data.code } }, () =>
      payload.create({
        collection: 'units',
        data: {
          name: data.name,
          code: data.code,
          kind: data.kind,
          parent: data.parent ? (ref(unit, data.parent) as number) : null,
          reviewAuthority: data.reviewAuthority ?? false,
        },
        context,
      }),
    )
    unit.set(data.code, id)
  }

  // The stage-3 reviewer reviews the whole university: every top-level unit (with its subtree).
  const { docs: topLevel } = await payload.find({
    collection: 'units',
    where: { parent: { exists: false } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })

  const user = new Map<string, Id>()
  for (const data of DEMO_USERS) {
    const id = await ensure('users', { email: { equals: data.email } }, () =>
      payload.create({
        collection: 'users',
        data: {
          email: data.email,
          password: DEMO_PASSWORD,
          name: data.name,
          unit: ref(unit, data.unit) as number,
          roles: data.roles,
          reviewStages: data.reviewStages,
          reviewScope:
            data.reviewScope === 'all-top-level'
              ? topLevel.map((doc) => doc.id)
              : (data.reviewScope ?? []).map((code) => ref(unit, code) as number),
          phone: data.phone,
        },
        context,
      }),
    )
    user.set(data.email, id)
  }

  const account = new Map<string, Id>()
  for (const data of DEMO_CHANNEL_ACCOUNTS) {
    const id = await ensure('channel-accounts', { name: { equals: data.name } }, () =>
      payload.create({
        collection: 'channel-accounts',
        data: {
          name: data.name,
          kind: data.kind,
          tier: data.tier,
          unit: ref(unit, data.unit) as number,
          responsiblePerson: data.responsiblePerson,
          responsiblePhone: data.responsiblePhone,
          administrators: data.administrators.map((email) => ref(user, email) as number),
          filingNumber: data.filingNumber,
          filingDate: monthsAgo(data.filedMonthsAgo),
          status: 'filed',
          nextReviewDate: inDays(data.reviewInDays),
          settings: data.settings,
          credentials: data.credentials,
        },
        context,
      }),
    )
    account.set(data.name, id)
  }

  const column = new Map<string, Id>()
  for (const data of DEMO_COLUMNS) {
    const id = await ensure('columns', { slug: { equals: data.slug } }, () =>
      payload.create({
        collection: 'columns',
        data: {
          name: data.name,
          slug: data.slug,
          unit: ref(unit, data.unit) as number,
          description: data.description,
          defaultAccounts: data.accounts.map((name) => ref(account, name) as number),
        },
        context,
      }),
    )
    column.set(data.slug, id)
  }

  for (const data of DEMO_SENSITIVE_WORDS) {
    await ensure('sensitive-words', { word: { equals: data.word } }, () =>
      payload.create({ collection: 'sensitive-words', data, context }),
    )
  }

  /** Uploads a generated placeholder image (only when its owner is being created, so never twice). */
  const uploadCover = async (cover: DemoCover, unitCode: string) => {
    const data = await placeholderImage(cover)
    const doc = await payload.create({
      collection: 'media',
      data: { alt: cover.alt, caption: cover.caption, credit: cover.credit, unit: ref(unit, unitCode) as number },
      file: { data, mimetype: 'image/jpeg', name: `${cover.file}.jpg`, size: data.length },
      context,
    })
    counted('media')
    return doc.id as number
  }

  const uploadFile = async (file: { data: Buffer; name: string; mimetype: string }, alt: string, unitCode: string) => {
    const doc = await payload.create({
      collection: 'media',
      data: { alt, unit: ref(unit, unitCode) as number },
      file: { ...file, size: file.data.length },
      context,
    })
    counted('media')
    return doc.id as number
  }

  const credits = (list: readonly DemoCredit[]) =>
    list.map((credit) => ({ role: credit.role, user: credit.user ? (ref(user, credit.user) as number) : null, name: credit.name }))

  const article = new Map<string, Id>()
  for (const data of DEMO_ARTICLES) {
    const id = await ensure('articles', { title: { equals: data.title } }, async () =>
      payload.create({
        collection: 'articles',
        draft: data.status === 'draft',
        data: {
          title: data.title,
          kicker: data.kicker,
          subtitle: data.subtitle,
          summary: data.summary,
          unit: ref(unit, data.unit) as number,
          column: data.column ? (ref(column, data.column) as number) : null,
          cover: await uploadCover(data.cover, data.unit),
          credits: credits(data.credits),
          tags: data.tags,
          source: data.source,
          targets: data.targets.map((name) => ref(account, name) as number),
          workflowState: data.workflowState,
          body: richText(data.body),
          _status: data.status,
        },
        context,
      }),
    )
    article.set(data.title, id)
  }

  const video = new Map<string, Id>()
  const videoId = await ensure('videos', { title: { equals: DEMO_VIDEO.title } }, async () => {
    const file = await fs.readFile(path.resolve(process.cwd(), DEMO_VIDEO.file.path))
    const vtt = Buffer.from(demoVtt(), 'utf8')
    return payload.create({
      collection: 'videos',
      data: {
        title: DEMO_VIDEO.title,
        kicker: DEMO_VIDEO.kicker,
        summary: DEMO_VIDEO.summary,
        unit: ref(unit, DEMO_VIDEO.unit) as number,
        column: ref(column, DEMO_VIDEO.column) as number,
        credits: credits(DEMO_VIDEO.credits),
        tags: DEMO_VIDEO.tags,
        source: DEMO_VIDEO.source,
        targets: DEMO_VIDEO.targets.map((name) => ref(account, name) as number),
        video: await uploadFile(
          { data: file, name: DEMO_VIDEO.file.name, mimetype: DEMO_VIDEO.file.mimeType },
          DEMO_VIDEO.title,
          DEMO_VIDEO.unit,
        ),
        poster: await uploadCover(DEMO_VIDEO.poster, DEMO_VIDEO.unit),
        subtitles: await uploadFile(
          { data: vtt, name: 'demo-subtitles-chenguang.vtt', mimetype: 'text/vtt' },
          `${DEMO_VIDEO.title} 中文字幕`,
          DEMO_VIDEO.unit,
        ),
        duration: DEMO_VIDEO.duration,
        transcript: DEMO_VIDEO.transcript,
        body: richText(DEMO_VIDEO.body),
        workflowState: 'published',
        _status: DEMO_VIDEO.status,
      },
      context,
    })
  })
  video.set(DEMO_VIDEO.title, videoId)

  const project = DEMO_CULTURAL_PROJECT
  await ensure('cultural-projects', { name: { equals: project.name } }, async () =>
    payload.create({
      collection: 'cultural-projects',
      data: {
        name: project.name,
        kind: project.kind,
        unit: ref(unit, project.unit) as number,
        team: project.team.map((member) => ({
          user: member.user ? (ref(user, member.user) as number) : null,
          name: member.name,
          role: member.role,
        })),
        periodStart: inDays(project.periodStartInDays),
        periodEnd: inDays(project.periodEndInDays),
        stage: project.stage,
        evaluations: project.evaluations.map(({ stage, note, daysAgo }) => ({ stage, note, date: inDays(-daysAgo) })),
        works: [
          ...project.works.articles.map((title) => ({ relationTo: 'articles' as const, value: ref(article, title) as number })),
          ...project.works.videos.map((title) => ({ relationTo: 'videos' as const, value: ref(video, title) as number })),
        ],
        showcaseSummary: project.showcaseSummary,
        cover: await uploadCover(project.cover, project.unit),
        _status: project.status,
      },
      context,
    }),
  )

  // The radio column's next programme (串联单), with the column's article in script form, as a draft for review.
  const radioArticle = DEMO_ARTICLES.find((data) => data.column === 'tangqing-zhisheng')
  if (radioArticle) {
    await ensure('radio-programmes', { title: { equals: DEMO_PROGRAMME_TITLE } }, () =>
      payload.create({
        collection: 'radio-programmes',
        draft: true,
        data: {
          title: DEMO_PROGRAMME_TITLE,
          column: ref(column, 'tangqing-zhisheng') as number,
          unit: ref(unit, radioArticle.unit) as number,
          airAt: nextWednesdayNoon(),
          slotMinutes: 15,
          announcers: DEMO_ANNOUNCERS,
          items: demoProgrammeItems(radioArticle) as never,
        },
        context,
      }),
    )
  }

  // The newspaper's next issue, with the demo articles in its pool as print copy (版面编排 lays it out).
  const paper = DEMO_CHANNEL_ACCOUNTS.find((data) => data.kind === 'newspaper')
  if (paper) {
    await ensure('newspaper-issues', { title: { equals: DEMO_ISSUE_TITLE } }, async () => {
      const stories = []
      for (const [index, data] of DEMO_ARTICLES.entries()) {
        const doc = await payload.findByID({ collection: 'articles', id: ref(article, data.title), depth: 1, draft: true, overrideAccess: true })
        stories.push({ item: doc.id, priority: 8 - index, copy: renderPrintCopy({ ...doc, collection: 'articles', versionHash: '' }) })
      }
      return payload.create({ collection: 'newspaper-issues', data: demoIssueData(ref(account, paper.name), ref(unit, paper.unit), stories) as never, context })
    })
  }

  const total = Object.values(created).reduce((sum, n) => sum + n, 0)
  if (total) log(`演示数据已写入：${Object.entries(created).map(([c, n]) => `${c} ${n}`).join('，')}`)
  else log('演示数据已存在，无需写入。')
  return { status: total ? 'seeded' : 'present', created }
}

async function findId(payload: Payload, collection: CollectionSlug, where: Where): Promise<Id | null> {
  const { docs } = await payload.find({ collection, where, limit: 1, depth: 0, overrideAccess: true, pagination: false })
  return (docs[0]?.id as Id | undefined) ?? null
}

function ref(map: Map<string, Id>, key: string): Id {
  const id = map.get(key)
  if (id == null) throw new Error(`演示数据引用了不存在的记录：${key}`)
  return id
}
