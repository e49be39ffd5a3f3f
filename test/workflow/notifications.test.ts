import type { AddressInfo } from 'node:net'

import { simpleParser, type ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload } from '../setup/payload'
import { act, buildWorld, draftArticle, endpoint, refusal, requestAs, type World } from './reviewWorld'

/**
 * Review notices: who is told at each step (the next stage's reviewers who may act, never the wrong unit nor
 * the author; the author on return, approval and withdrawal), who may read and change a notice, and the mail
 * that goes with it — through Payload's nodemailer adapter, configured from SMTP_URL, to a real SMTP server
 * listening on loopback in this test.
 */
type Received = { envelopeTo: string[]; mail: ParsedMail }
const received: Received[] = []
let smtp: SMTPServer
let payload: Payload
let world: World

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    // A mailbox that does not exist: the mail fails, the review must not.
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('bounce')) return callback(Object.assign(new Error('550 无此用户'), { responseCode: 550 }))
      callback()
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push({ envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), mail })
          callback()
        },
        (error: Error) => callback(error),
      )
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  const { port } = smtp.server.address() as AddressInfo
  // Read by payload.config.ts when bootPayload imports it (a fresh module graph per test file).
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`
  process.env.MAIL_FROM = 'rongmei@notify.test'
  payload = await bootPayload('notifications')
  world = await buildWorld(payload, 'notify.test')
  const bouncer = await payload.create({
    collection: 'users',
    data: { email: 'bounce@notify.test', password: 'Review-test-2026', name: '退信作者', unit: world.units.A, roles: ['editor'] } as never,
  })
  world.users.bouncer = bouncer as never
})

afterAll(async () => {
  delete process.env.SMTP_URL
  delete process.env.MAIL_FROM
  await payload?.destroy()
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()))
})

/** The notices about one item, by recipient name (read by the system). */
async function noticesFor(id: number | string) {
  const { docs } = await payload.find({
    collection: 'notifications',
    where: { 'item.docId': { equals: String(id) } },
    sort: 'createdAt',
    depth: 1,
    pagination: false,
  })
  return docs.map((doc) => ({
    to: (doc.recipient as { name: string }).name,
    kind: doc.kind,
    message: doc.message,
    read: doc.read,
    id: doc.id,
  }))
}

/** What the notices of `id` since `skip` say: recipient names of each kind, sorted. */
const recipients = (notices: { to: string; kind: string }[], kind: string) =>
  notices.filter((n) => n.kind === kind).map((n) => n.to).sort()

const mailsTo = (email: string) => received.filter((r) => r.envelopeTo.includes(email))

async function waitFor<T>(probe: () => T | undefined, ms = 10_000): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const value = probe()
    if (value !== undefined) return value
    if (Date.now() > end) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe('who is notified', () => {
  it('each stage’s reviewers in scope, never the wrong unit nor the author; the author at the end', async () => {
    const { users: u } = world
    // The author is a stage-1 reviewer too: they are not asked to review their own work.
    const article = await draftArticle(world, 'authorReviewer', '迎新晚会圆满落幕')
    await act(world, 'authorReviewer', article.id, 'submit')
    let notices = await noticesFor(article.id)
    expect(recipients(notices, 'review-requested')).toEqual([u.r1.name, u.r12.name].sort())
    expect(notices[0].message).toBe(`稿件《迎新晚会圆满落幕》已提交审核（提交人：${u.authorReviewer.name}），等待您初审。`)

    // r12 approves stage 1: stage 2 goes to r2 only (r12 may not approve the same item twice).
    await act(world, 'r12', article.id, 'approve', { opinion: '同意，报复审' })
    notices = (await noticesFor(article.id)).slice(2)
    expect(notices.map((n) => [n.to, n.kind])).toEqual([[u.r2.name, 'review-requested']])
    expect(notices[0].message).toBe(`稿件《迎新晚会圆满落幕》已由${u.r12.name}初审通过，等待您复审。`)

    // Stage 3 of a college-level item: the unit's own 终审 and 宣传部 (who reviews unit A), not unit B's.
    await act(world, 'r2', article.id, 'approve', { opinion: '同意，报终审' })
    notices = (await noticesFor(article.id)).slice(3)
    expect(recipients(notices, 'review-requested')).toEqual([u.r3.name, u.r3xcb.name].sort())

    // Proofreading tells nobody; the final approval tells the author.
    await act(world, 'r2', article.id, 'proofread', { corrections: 1 })
    expect(await noticesFor(article.id)).toHaveLength(5)
    await act(world, 'r3', article.id, 'approve', { opinion: '同意发布', acknowledgeWarnings: true })
    notices = (await noticesFor(article.id)).slice(5)
    expect(notices.map((n) => [n.to, n.kind])).toEqual([[u.authorReviewer.name, 'approved']])
    expect(notices[0].message).toContain('已通过终审')

    const everyone = (await noticesFor(article.id)).map((n) => n.to)
    for (const never of ['r1B', 'r3B', 'editorB', 'admin', 'editor']) expect(everyone).not.toContain(u[never].name)
  })

  it('stage 3 of a university-level item goes to 宣传部 only', async () => {
    const { users: u } = world
    const article = await draftArticle(world, 'editor', '校级账号稿件', { targets: [world.accounts.university, world.accounts.college] })
    await act(world, 'editor', article.id, 'submit')
    await act(world, 'r1', article.id, 'approve', { opinion: '同意' })
    await act(world, 'r2', article.id, 'approve', { opinion: '同意' })
    const notices = (await noticesFor(article.id)).filter((n) => n.message.includes('等待您终审'))
    expect(notices.map((n) => n.to)).toEqual([u.r3xcb.name])
  })

  it('a return tells the author, with the opinion; the reviewer who returned is not told', async () => {
    const { users: u } = world
    const article = await draftArticle(world, 'editor', '退回通知测试')
    await act(world, 'editor', article.id, 'submit')
    await act(world, 'r1', article.id, 'return', { opinion: '导语过长，请精简到两句；第二段数据请核实。' })
    const returned = (await noticesFor(article.id)).filter((n) => n.kind === 'returned')
    expect(returned).toHaveLength(1)
    expect(returned[0].to).toBe(u.editor.name)
    expect(returned[0].message).toBe(
      `您的稿件《退回通知测试》在初审环节被${u.r1.name}退回修改。审核意见：导语过长，请精简到两句；第二段数据请核实。`,
    )
    // r1 had the submit notice; nothing about the return goes back to them.
    expect((await noticesFor(article.id)).filter((n) => n.to === u.r1.name).map((n) => n.kind)).toEqual(['review-requested'])
  })

  it('a refused transition leaves no notice behind (same transaction)', async () => {
    const article = await draftArticle(world, 'editor', '回滚测试')
    await act(world, 'editor', article.id, 'submit')
    const before = (await noticesFor(article.id)).length
    expect((await refusal(act(world, 'r3', article.id, 'approve', { opinion: '同意' })))?.status).toBe(403)
    expect(await noticesFor(article.id)).toHaveLength(before)
  })
})

describe('who may read and change notices', () => {
  it('a user reads only their own; admins read all; only `read` can be changed, only by the recipient', async () => {
    const { users: u } = world
    const article = await draftArticle(world, 'editor', '通知权限测试')
    await act(world, 'editor', article.id, 'submit')
    const [mine] = (await noticesFor(article.id)).filter((n) => n.to === u.r1.name)
    const [theirs] = (await noticesFor(article.id)).filter((n) => n.to === u.r12.name)

    const own = await payload.find({ collection: 'notifications', user: u.r1, overrideAccess: false, pagination: false, depth: 0 })
    expect(own.docs.length).toBeGreaterThan(0)
    expect(own.docs.every((doc) => String(doc.recipient) === String(u.r1.id))).toBe(true)
    expect((await refusal(payload.findByID({ collection: 'notifications', id: theirs.id, user: u.r1, overrideAccess: false })))?.status).toBe(404)
    const all = await payload.find({ collection: 'notifications', user: u.admin, overrideAccess: false, pagination: false, depth: 0 })
    expect(new Set(all.docs.map((doc) => String(doc.recipient))).size).toBeGreaterThan(3)

    // The recipient marks it read; a changed message or recipient is not taken.
    const marked = await payload.update({
      collection: 'notifications',
      id: mine.id,
      data: { read: true, message: '篡改的内容', recipient: u.r12.id } as never,
      user: u.r1,
      overrideAccess: false,
      depth: 0,
    })
    expect([marked.read, marked.message, String(marked.recipient)]).toEqual([true, mine.message, String(u.r1.id)])

    // Someone else's notice cannot be touched, not even by an admin; nobody creates or deletes notices.
    for (const who of ['r1', 'admin'] as const) {
      const refused = await refusal(payload.update({ collection: 'notifications', id: theirs.id, data: { read: true }, user: u[who], overrideAccess: false }))
      expect(refused?.status, who).toBe(403)
    }
    const forged = { recipient: u.r1.id, kind: 'approved', message: '伪造通知', item: { collectionSlug: 'articles', docId: String(article.id) } }
    for (const who of ['r1', 'admin', 'editor'] as const) {
      expect((await refusal(payload.create({ collection: 'notifications', data: forged as never, user: u[who], overrideAccess: false })))?.status, who).toBe(403)
      expect((await refusal(payload.delete({ collection: 'notifications', id: mine.id, user: u[who], overrideAccess: false })))?.status, who).toBe(403)
    }
    expect((await payload.findByID({ collection: 'notifications', id: theirs.id })).read).toBe(false)
    expect(await payload.findByID({ collection: 'notifications', id: mine.id })).toBeTruthy()
    // Anonymous: nothing.
    expect((await refusal(payload.find({ collection: 'notifications', overrideAccess: false })))?.status).toBe(403)
  })
})

describe('mail over SMTP', () => {
  it('each notified reviewer gets a mail from the configured sender, in Chinese', async () => {
    const { users: u } = world
    const article = await draftArticle(world, 'editor', '邮件通知测试')
    const { mail } = await act(world, 'editor', article.id, 'submit')
    // r1, r12 and authorReviewer (an editor who also reviews 初审, not the author here).
    expect(mail).toEqual({ sent: 3, failed: 0 })
    const toR1 = await waitFor(() => mailsTo(u.r1.email).find((r) => r.mail.subject?.includes('邮件通知测试')))
    expect(toR1.mail.subject).toBe('【融媒】待审稿件：《邮件通知测试》')
    expect(toR1.mail.from?.value[0].address).toBe('rongmei@notify.test')
    expect(toR1.mail.text).toContain(`稿件《邮件通知测试》已提交审核（提交人：${u.editor.name}），等待您初审。`)
    expect(toR1.mail.text).toContain(`/admin/collections/articles/${article.id}`)
    expect(mailsTo(u.r12.email).some((r) => r.mail.subject?.includes('邮件通知测试'))).toBe(true)
    for (const never of ['r1B', 'editor', 'r2']) {
      expect(mailsTo(u[never].email).some((r) => r.mail.subject?.includes('邮件通知测试')), never).toBe(false)
    }
  })

  it('the REST handler sends the mail after the commit, with the opinion for the author', async () => {
    const article = await draftArticle(world, 'editor', '接口退回测试')
    await act(world, 'editor', article.id, 'submit')
    const handler = endpoint(world, 'articles', 'post', '/:id/workflow').handler
    const response = await handler(await requestAs(world, 'r1', { id: String(article.id) }, { action: 'return', opinion: '标题与内容不符，请修改。' }))
    expect(response.status).toBe(200)
    const toAuthor = await waitFor(() => mailsTo(world.users.editor.email).find((r) => r.mail.subject?.includes('接口退回测试')))
    expect(toAuthor.mail.subject).toBe('【融媒】稿件被退回：《接口退回测试》')
    expect(toAuthor.mail.text).toContain('审核意见：标题与内容不符，请修改。')
  })

  it('a mail the server refuses is logged, and the transition stands', async () => {
    const article = await draftArticle(world, 'bouncer', '退信测试')
    await act(world, 'bouncer', article.id, 'submit')
    const { doc, mail } = await act(world, 'r1', article.id, 'return', { opinion: '请补充图片说明。' })
    expect(mail).toEqual({ sent: 0, failed: 1 })
    expect(doc.workflowState).toBe('draft')
    const latest = await payload.findByID({ collection: 'articles', id: article.id, draft: true })
    expect(latest.workflowState).toBe('draft')
    expect((await noticesFor(article.id)).filter((n) => n.kind === 'returned').map((n) => n.to)).toEqual(['退信作者'])
  })
})
