import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Endpoint, type Payload, type PayloadRequest } from 'payload'

import { runItemChecks } from '../../hooks/workflow/checks'
import { sendPendingMail } from '../../hooks/workflow/notify'
import { transition, type ReviewableSlug } from '../../hooks/workflow/transition'
import type { Action } from '../../workflow/transitions'

/**
 * A small review world on a fresh database for the notification, review-record and diff tests:
 *
 *   宣传部 XCB (reviewAuthority; r3xcb reviews unit A at 终审)
 *   文学与传媒学院 A (editor, authorReviewer = editor + 初审, r1, r12 = 初审+复审, r2, r3)
 *     └─ 微视频制作工作室 A1 (the content lives here)
 *   信息工程学院 B (editorB, r1B, r3B: the wrong unit)
 */
export type User = Record<string, unknown> & { id: number | string; name: string; email: string }
export type World = {
  payload: Payload
  users: Record<string, User>
  units: Record<string, number | string>
  accounts: Record<string, number | string>
  columns: Record<string, number | string>
}

export const paragraph = (text: string) => ({
  type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '',
  children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
})
export const body = (...texts: string[]) => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: texts.map(paragraph) },
})

export async function buildWorld(payload: Payload, domain: string): Promise<World> {
  const units: World['units'] = {}
  const users: World['users'] = {}
  const accounts: World['accounts'] = {}
  const unit = async (key: string, name: string, parent?: string, reviewAuthority = false) => {
    const doc = await payload.create({
      collection: 'units',
      data: { name, code: `u-${key.toLowerCase()}`, kind: parent ? 'studio' : 'college', parent: parent ? units[parent] : null, reviewAuthority } as never,
    })
    units[key] = doc.id
  }
  await unit('XCB', '党委宣传部', undefined, true)
  await unit('A', '文学与传媒学院')
  await unit('A1', '微视频制作工作室', 'A')
  await unit('B', '信息工程学院')
  const user = async (key: string, name: string, unitKey: string, roles: string[], stages: string[] = [], scope: string[] = []) => {
    users[key] = (await payload.create({
      collection: 'users',
      data: {
        email: `${key.toLowerCase()}@${domain}`, password: 'Review-test-2026', name, unit: units[unitKey], roles,
        reviewStages: stages, reviewScope: scope.map((k) => units[k]),
      } as never,
    })) as unknown as User
  }
  await user('admin', '管理员', 'XCB', ['admin'])
  await user('editor', '张编辑', 'A', ['editor'])
  await user('authorReviewer', '李编审', 'A', ['editor', 'reviewer'], ['1'])
  await user('editorB', '王编辑', 'B', ['editor'])
  await user('r1', '陈初审', 'A', ['reviewer'], ['1'])
  await user('r12', '赵双审', 'A', ['reviewer'], ['1', '2'])
  await user('r2', '刘复审', 'A', ['reviewer'], ['2'])
  await user('r3', '周终审', 'A', ['reviewer'], ['3'])
  await user('r3xcb', '吴部长', 'XCB', ['reviewer'], ['3'], ['A'])
  await user('r1B', '孙初审', 'B', ['reviewer'], ['1'])
  await user('r3B', '钱终审', 'B', ['reviewer'], ['3'])
  const account = async (key: string, name: string, tier: 'university' | 'unit') => {
    const doc = await payload.create({
      collection: 'channel-accounts',
      data: { name, kind: 'wechat', tier, unit: units.A, responsiblePerson: '负责人', responsiblePhone: '13800000000', status: 'filed' } as never,
    })
    accounts[key] = doc.id
  }
  await account('university', '学校官方微信公众号', 'university')
  await account('college', '文传学院公众号', 'unit')
  const column = await payload.create({ collection: 'columns', data: { name: '校园要闻', slug: 'xiaoyuan-yaowen', unit: units.A } as never })
  return { payload, users, units, accounts, columns: { news: column.id } }
}

/** A draft article in studio A1, created by `who` through the Local API with their access. */
export async function draftArticle(world: World, who: string, title: string, extra: Record<string, unknown> = {}) {
  return world.payload.create({
    collection: 'articles',
    data: { title, body: body('三千余名新生清晨相约图书馆广场。', '活动将持续到学期末。'), unit: world.units.A1, ...extra } as never,
    user: world.users[who],
    overrideAccess: false,
    draft: true,
  })
}

type Extra = { opinion?: string; corrections?: number; acknowledgeWarnings?: boolean }

/**
 * One transition as `who`, in its own transaction, like the REST endpoint: commit, then send the queued mail.
 * Returns the saved document and how many mails went out or failed.
 */
export async function act(world: World, who: string, id: number | string, action: Action, extra: Extra = {}, collection: ReviewableSlug = 'articles') {
  const req = await createLocalReq({ user: world.users[who] as never }, world.payload)
  const own = await initTransaction(req)
  try {
    const result = await transition(req, { collection, id, action, ...extra }, runItemChecks)
    if (own) await commitTransaction(req)
    return { doc: result.doc, mail: await sendPendingMail(req) }
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}

/** A collection endpoint of the config, so tests call exactly the handler the REST route runs. */
export function endpoint(world: World, collection: ReviewableSlug, method: 'get' | 'post', path: string): Endpoint {
  const found = (world.payload.collections[collection].config.endpoints || []).find((e) => e.method === method && e.path === path)
  if (!found) throw new Error(`no ${method} ${path} endpoint on ${collection}`)
  return found
}

/** A real request for `who` (or nobody) with the route parameters and JSON body the REST router would set. */
export async function requestAs(world: World, who: string | null, routeParams: Record<string, unknown>, json?: unknown): Promise<PayloadRequest> {
  const req = await createLocalReq(who ? { user: world.users[who] as never } : {}, world.payload)
  req.routeParams = routeParams
  if (json !== undefined) req.json = async () => json
  return req
}

export const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { status?: number; message: string }) => ({ status: error.status, message: error.message }),
  )

/** A website account of unit A (status 已备案 unless said otherwise), for the publisher tests. */
export async function websiteAccount(world: World, name = '学院网站', status: 'filed' | 'pending' = 'filed') {
  const account = await world.payload.create({
    collection: 'channel-accounts',
    data: { name, kind: 'website', tier: 'unit', unit: world.units.A, responsiblePerson: '负责人', responsiblePhone: '13800000000', status } as never,
  })
  return account.id
}

/** Submitted, approved at 初审 and 复审, proofread once: the item waits at 终审. */
export async function atFinalReview(world: World, title: string, extra: Record<string, unknown> = {}) {
  const article = await draftArticle(world, 'editor', title, { credits: [{ role: 'text', name: '沈佳怡' }], ...extra })
  await act(world, 'editor', article.id, 'submit')
  await act(world, 'r1', article.id, 'approve', { opinion: '同意' })
  await act(world, 'r2', article.id, 'approve', { opinion: '同意' })
  await act(world, 'r2', article.id, 'proofread', { corrections: 0 })
  return article
}

/** Through every stage to 终审 approval (acknowledging the check warnings), which writes the publications. */
export async function approveThroughAllStages(world: World, title: string, extra: Record<string, unknown> = {}) {
  const article = await atFinalReview(world, title, extra)
  return (await act(world, 'r3', article.id, 'approve', { opinion: '同意发布', acknowledgeWarnings: true })).doc
}
