import { strFromU8, unzipSync } from 'fflate'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DeliveryError } from '../../../publishers/core/contract'
import { radioPublisher } from '../../../publishers/radio'
import { saveRows } from '../../../publishers/radio/client'
import { bootPayload } from '../../setup/payload'
import { act, approveThroughAllStages, buildWorld, endpoint, requestAs, type World } from '../../workflow/reviewWorld'

/**
 * The radio channel on a real database (SQLite, or PostgreSQL with TEST_DATABASE_URL): a programme goes through
 * 三审 like an article; an approved article is delivered into the next programme of its column (or the one the
 * account names) and the programme is reviewed again; 撤稿 takes the script out again, with the same reset.
 */
let payload: Payload
let world: World
let radio: number | string
const DAY = 24 * 60 * 60 * 1000

const programmes = async (id: number | string) =>
  (await payload.findByID({ collection: 'radio-programmes', id, draft: true, depth: 0, overrideAccess: true })) as unknown as Record<string, any>

async function createProgramme(title: string, airAt: Date, column = world.columns.news) {
  return payload.create({
    collection: 'radio-programmes',
    data: {
      title,
      column,
      unit: world.units.A,
      airAt: airAt.toISOString(),
      slotMinutes: 15,
      announcers: [
        { name: '李明', label: '男', rate: 220 },
        { name: '王芳', label: '女', rate: 200 },
      ],
      items: [
        { blockType: 'host', hostRole: 'open', announcer: '李明', text: '各位同学，中午好！欢迎收听汤青之声。' },
        { blockType: 'float', title: '背景垫乐', seconds: 60, minSeconds: 30, maxSeconds: 180 },
        { blockType: 'host', hostRole: 'close', announcer: '李明', text: '感谢收听，我们下期再见。' },
      ],
    } as never,
    user: world.users.editor as never,
    overrideAccess: false,
    draft: true,
  })
}

async function approveProgramme(id: number | string) {
  await act(world, 'editor', id, 'submit', {}, 'radio-programmes')
  await act(world, 'r1', id, 'approve', { opinion: '播音稿无误' }, 'radio-programmes')
  await act(world, 'r2', id, 'approve', { opinion: '同意' }, 'radio-programmes')
  await act(world, 'r2', id, 'proofread', { corrections: 0 }, 'radio-programmes')
  return (await act(world, 'r3', id, 'approve', { opinion: '同意播出', acknowledgeWarnings: true }, 'radio-programmes')).doc
}

const publicationOf = async (itemId: number | string, account = radio) =>
  (await payload.find({ collection: 'publications', where: { and: [{ 'item.value': { equals: itemId } }, { account: { equals: account } }] }, depth: 0, overrideAccess: true })).docs[0]

const body = (...texts: string[]) => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: texts.map((text) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] })) },
})

let past: Record<string, any>
let next: Record<string, any>
let later: Record<string, any>

beforeAll(async () => {
  payload = await bootPayload('radio')
  world = await buildWorld(payload, 'radio.test')
  const account = await payload.create({
    collection: 'channel-accounts',
    data: { name: '校园广播站', kind: 'radio', tier: 'unit', unit: world.units.A, responsiblePerson: '负责人', responsiblePhone: '13800000000', status: 'filed' } as never,
  })
  radio = account.id
  past = await createProgramme('汤青之声 上期', new Date(Date.now() - DAY))
  next = await createProgramme('汤青之声 下期', new Date(Date.now() + DAY))
  later = await createProgramme('汤青之声 下下期', new Date(Date.now() + 2 * DAY))
})

afterAll(async () => {
  await payload?.destroy()
})

describe('radio programmes (串联单) under 三审', () => {
  it('a programme is reviewed like an article and approval creates no publications', async () => {
    const doc = await approveProgramme(next.id)
    expect(doc.workflowState).toBe('approved')
    expect(doc.review?.approvals?.map((approval) => approval.stage)).toEqual(['1', '2', '3'])
    const { totalDocs } = await payload.count({ collection: 'publications', where: { 'item.value': { equals: next.id } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
  })

  it('an editor’s change after approval sends it back to draft (the workflow’s own rule)', async () => {
    const doc = await approveProgramme(later.id)
    expect(doc.workflowState).toBe('approved')
    const edited = await payload.update({ collection: 'radio-programmes', id: later.id, data: { slotMinutes: 20 } as never, user: world.users.editor as never, overrideAccess: false, draft: true })
    expect(edited.workflowState).toBe('draft')
  })
})

describe('delivery into the next programme', () => {
  let articleId: number | string

  it('puts the approved article’s script into the next programme of its column, before the closing lines, and resets its review', async () => {
    const article = await approveThroughAllStages(world, '图书馆延长开放', {
      targets: [radio],
      column: world.columns.news,
      body: body('2026年1月1日起，图书馆开放时间调整为7:30—21:00。', '同学们还书后可以向曾老师咨询。'),
    })
    articleId = article.id
    await payload.jobs.run({ limit: 50 })
    const publication = await publicationOf(article.id)
    expect(publication.state).toBe('delivered')
    expect(publication.externalId).toBe(`${next.id}|articles:${article.id}:${article.review?.approvedHash}`)

    const programme = await programmes(next.id)
    expect(programme.items.map((item: { blockType: string }) => item.blockType)).toEqual(['host', 'float', 'script', 'host'])
    const row = programme.items[2]
    expect(row.title).toBe('图书馆延长开放')
    expect(row.text).toContain('二〇二六年一月一日起，图书馆开放时间调整为七点半到二十一点。')
    expect(row.hintedText).toContain('还〔huán〕书')
    expect(row.hintedText).toContain('曾〔zēng〕老师')
    expect(row.syllables).toBeGreaterThan(40)
    // The approved programme changed: reviewed again, and the audit log says why.
    expect(programme.workflowState).toBe('draft')
    expect(programme.review.approvals).toEqual([])
    expect(programme.review.returnReason).toBe('系统投递稿件《图书馆延长开放》，需重新审核')
    const audit = await payload.find({ collection: 'audit-log', where: { and: [{ collectionSlug: { equals: 'radio-programmes' } }, { docId: { equals: String(next.id) } }, { action: { equals: 'review-reset' } }] }, overrideAccess: true })
    expect(audit.docs.map((entry) => [entry.fromState, entry.toState])).toEqual([['approved', 'draft']])
    // The past programme and the later one are untouched.
    expect((await programmes(past.id)).items).toHaveLength(3)
    expect((await programmes(later.id)).items).toHaveLength(3)
  })

  it('delivering the same version again (a retry after a crash) adds nothing', async () => {
    const publication = await publicationOf(articleId)
    const again = await radioPublisher.deliver(publication.artifact as never, {
      payload,
      req: await requestAs(world, null, {}),
      account: { id: radio, name: '校园广播站', kind: 'radio', settings: null },
      snapshot: { id: articleId, collection: 'articles', versionHash: 'x', column: world.columns.news },
      now: new Date(),
    } as never)
    expect(again.externalId).toBe(publication.externalId)
    expect((await programmes(next.id)).items).toHaveLength(4)
  })

  it('two deliveries computed from the same version of a programme: the second is refused (transient) and retries', async () => {
    const stale = await programmes(past.id)
    const req = await requestAs(world, null, {})
    const row = (title: string) => ({ blockType: 'music', title, seconds: 10 })
    await saveRows(req, stale as never, [...stale.items, row('第一首')], '测试写入一')
    const second = await saveRows(req, stale as never, [...stale.items, row('第二首')], '测试写入二').catch((error: DeliveryError) => error)
    expect(second).toBeInstanceOf(DeliveryError)
    expect((second as DeliveryError).options).toMatchObject({ code: 'programme-busy', transient: true })
    expect((await programmes(past.id)).items.map((item: { title?: string }) => item.title)).toContain('第一首')
    const fresh = await programmes(past.id)
    await saveRows(req, fresh as never, fresh.items.filter((item: { title?: string }) => item.title !== '第一首'), '测试还原')
    expect((await programmes(past.id)).items).toHaveLength(3)
  })

  it('an account that names a programme in its settings delivers there', async () => {
    const chosen = await payload.create({
      collection: 'channel-accounts',
      data: { name: '广播站（指定节目）', kind: 'radio', tier: 'unit', unit: world.units.A, responsiblePerson: '负责人', responsiblePhone: '13800000000', status: 'filed', settings: { programme: later.id } } as never,
    })
    const article = await approveThroughAllStages(world, '运动会通知', { targets: [chosen.id], column: world.columns.news, body: body('第3名获得者将得到奖励。') })
    await payload.jobs.run({ limit: 50 })
    expect((await publicationOf(article.id, chosen.id)).state).toBe('delivered')
    const rows = (await programmes(later.id)).items
    expect(rows.map((item: { title?: string }) => item.title)).toContain('运动会通知')
    expect(rows.find((item: { title?: string }) => item.title === '运动会通知').text).toContain('第三名获得者将得到奖励。')
  })

  it('a column without an upcoming programme fails with the reason', async () => {
    const column = await payload.create({ collection: 'columns', data: { name: '无节目栏目', slug: 'no-programme', unit: world.units.A } as never })
    const article = await approveThroughAllStages(world, '没有节目可放', { targets: [radio], column: column.id })
    await payload.jobs.run({ limit: 50 })
    const publication = await publicationOf(article.id)
    expect([publication.state, publication.lastError?.code]).toEqual(['failed', 'no-programme'])
    expect(publication.lastError?.message).toMatch(/没有待播出的节目/)
  })

  it('撤稿 removes the script from the programme and sends the programme back to review', async () => {
    await approveProgramme(next.id)
    expect((await programmes(next.id)).workflowState).toBe('approved')
    await act(world, 'r3', articleId, 'withdraw', { opinion: '时间有误，撤稿核实' })
    await payload.jobs.run({ limit: 50 })
    expect((await publicationOf(articleId)).state).toBe('withdrawn')
    const programme = await programmes(next.id)
    expect(programme.items.map((item: { blockType: string }) => item.blockType)).toEqual(['host', 'float', 'host'])
    expect(programme.workflowState).toBe('draft')
    expect(programme.review.returnReason).toBe('稿件《图书馆延长开放》已撤稿，从串联单中移除，需重新审核')
  })
})

describe('downloads and previews (access by unit)', () => {
  const call = async (path: string, who: string | null, params: Record<string, unknown>, query = '') => {
    const req = await requestAs(world, who, params)
    ;(req as { searchParams: URLSearchParams }).searchParams = new URLSearchParams(query)
    return Promise.resolve(endpoint(world, 'radio-programmes', 'get', path).handler(req)).catch((error: { status?: number; message: string }) => ({ status: error.status, message: error.message }) as never)
  }

  it('the unit’s editor downloads the DOCX, PDF and text; another unit’s editor gets 404; nobody signed in gets 401', async () => {
    const docx = (await call('/:id/rundown.docx', 'editor', { id: later.id })) as Response
    expect(docx.status).toBe(200)
    expect(docx.headers.get('content-disposition')).toContain(encodeURIComponent('串联单-汤青之声 下下期.docx'))
    const xml = strFromU8(unzipSync(new Uint8Array(await docx.arrayBuffer()))['word/document.xml'])
    expect(xml).toContain('运动会通知')
    const pdf = (await call('/:id/rundown.pdf', 'editor', { id: later.id })) as Response
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
    const text = await ((await call('/:id/rundown.txt', 'r1', { id: later.id })) as Response).text()
    expect(text).toContain('第三名获得者将得到奖励。')
    expect(await call('/:id/rundown.docx', 'editorB', { id: later.id })).toMatchObject({ status: 404 })
    expect(await call('/:id/rundown.pdf', null, { id: later.id })).toMatchObject({ status: 401 })
  })

  it('the audio preview answers 503 in Chinese without espeak-ng, and WAV with it', async () => {
    const saved = process.env.ESPEAK_NG
    process.env.ESPEAK_NG = '/nonexistent/espeak-ng'
    try {
      const missing = (await call('/:id/preview.wav', 'editor', { id: later.id })) as Response
      expect(missing.status).toBe(503)
      expect((await missing.json()).errors[0].message).toMatch(/未安装 espeak-ng/)
    } finally {
      if (saved === undefined) delete process.env.ESPEAK_NG
      else process.env.ESPEAK_NG = saved
    }
    const { espeakAvailable } = await import('../../../publishers/radio/audioPreview')
    const real = (await call('/:id/preview.wav', 'editor', { id: later.id }, 'item=0')) as Response
    expect(real.status).toBe((await espeakAvailable()) ? 200 : 503)
    if (real.status === 200) expect(real.headers.get('content-type')).toBe('audio/wav')
    expect(await call('/:id/preview.wav', 'editor', { id: later.id }, 'item=1')).toMatchObject({ status: 400 })
  })

  it('the script preview of an article follows the article’s access', async () => {
    const { docs } = await payload.find({ collection: 'articles', where: { title: { equals: '运动会通知' } }, draft: true, overrideAccess: true })
    const params = { collection: 'articles', itemId: docs[0].id }
    const preview = (await call('/script-preview/:collection/:itemId', 'editor', params, 'rate=110')) as Response
    const json = await preview.json()
    expect(json.text).toContain('第三名获得者将得到奖励。')
    expect(json.script.rate).toBe(110)
    expect(json.script.seconds).toBeCloseTo((json.script.syllables / 110) * 60, 0)
    expect(await call('/script-preview/:collection/:itemId', null, params)).toMatchObject({ status: 401 })
  })
})
