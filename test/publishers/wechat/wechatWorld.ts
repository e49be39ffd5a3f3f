import { createLocalReq, type Payload } from 'payload'
import { vi } from 'vitest'

import { loadBundle } from '../../../publishers/wechat/bundles/load'
import { publishBundle } from '../../../publishers/wechat/bundles/publish'
import type { SandboxApp } from '../../../publishers/wechat/sandbox/options'
import { bootPayload } from '../../setup/payload'
import { body as textBody, paragraph } from '../../workflow/reviewWorld'
import { approveThroughAllStages, buildWorld, type World } from '../../workflow/reviewWorld'
import { jpeg, startSandbox, TEST_APP } from './sandboxWorld'

/** WeChat accounts, media and approved items in a review world, and a queue runner on a controlled clock. */
let mediaSeq = 0

export async function imageMedia(world: World, color = '#c0392b', width = 900, height = 500) {
  mediaSeq += 1
  const data = await jpeg(width, height, color)
  const doc = await world.payload.create({
    collection: 'media',
    data: { alt: `图片 ${mediaSeq}`, unit: world.units.A1 } as never,
    file: { data, mimetype: 'image/jpeg', name: `wechat-${process.pid}-${Date.now()}-${mediaSeq}.jpg`, size: data.length },
    overrideAccess: true,
  } as never)
  return doc.id as number
}

export async function wechatAccount(world: World, app: SandboxApp, apiBaseUrl: string, name = app.name ?? '测试公众号') {
  const doc = await world.payload.create({
    collection: 'channel-accounts',
    data: {
      name, kind: 'wechat', tier: 'unit', unit: world.units.A, responsiblePerson: '负责人', responsiblePhone: '13800000000', status: 'filed',
      credentials: { appId: app.appId, appSecret: app.appSecret, token: app.token, encodingAESKey: app.encodingAESKey, apiBaseUrl },
    } as never,
    overrideAccess: true,
  })
  return doc.id as number
}

export const uploadNode = (mediaId: number) => ({ type: 'upload', version: 3, format: '', relationTo: 'media', value: mediaId, fields: null })

/** An approved article for the accounts, with a cover and (optionally) a body image and other fields (scheduledAt…). */
export async function approvedFor(world: World, title: string, targets: (number | string)[], cover: number, bodyImage?: number, extra: Record<string, unknown> = {}) {
  const body = bodyImage
    ? { root: { ...textBody('三千余名新生清晨相约图书馆广场。').root, children: [paragraph('三千余名新生清晨相约图书馆广场。'), uploadNode(bodyImage), paragraph('活动将持续到学期末。')] } }
    : textBody('三千余名新生清晨相约图书馆广场。', '活动将持续到学期末。')
  return approveThroughAllStages(world, title, { ...extra, targets, cover, body })
}

/** Runs the job queue as if `ms` had passed since the last run (jobs wait on waitUntil; only Date is faked). */
export function queueRunner(payload: Payload) {
  let clock = Date.now()
  const run = async (ms: number, limit = 50) => {
    clock = Math.max(clock, Date.now()) + ms
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(clock)
    try {
      await payload.jobs.run({ limit, silent: true })
    } finally {
      vi.useRealTimers()
    }
  }
  return Object.assign(run, { clock: () => clock })
}

export const publicationsOf = async (payload: Payload, itemId: number | string) =>
  (await payload.find({ collection: 'publications', where: { 'item.value': { equals: itemId } }, depth: 0, overrideAccess: true, limit: 0, pagination: false })).docs

export const localReq = (payload: Payload) => createLocalReq({}, payload)

export async function until<T>(probe: () => T | Promise<T>, timeoutMs = 5_000): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** One test file's setting: a database with a review world, the sandbox, a 公众号 on it, a cover and a queue runner. */
export async function wechatTestWorld(name: string) {
  const sandbox = await startSandbox()
  const payload = await bootPayload(name, { statusPolling: { baseDelayMs: 1_000, maxDelayMs: 4_000, giveUpAfterMs: 24 * 3600_000 } })
  const world = await buildWorld(payload, `${name}.test`)
  const account = await wechatAccount(world, TEST_APP, sandbox.url)
  const cover = await imageMedia(world)
  const close = async () => {
    await sandbox.close()
    await payload.destroy()
  }
  return { sandbox, payload, world, account, cover, runQueue: queueRunner(payload), close }
}

/** A 微信组稿 of new approved items with these titles (the first is the 头条), published (发表组稿); `publish` does it again. */
export async function publishedBundle(world: World, account: number, cover: number, name: string, titles: string[]) {
  const docs = []
  for (const title of titles) docs.push(await approvedFor(world, title, [account], cover))
  const created = await world.payload.create({
    collection: 'wechat-bundles',
    data: { title: name, account, items: docs.map((doc) => ({ item: { relationTo: 'articles', value: doc.id } })) } as never,
    overrideAccess: true,
  })
  const load = async () => (await loadBundle(await localReq(world.payload), created.id))!
  const publish = async () => publishBundle(await localReq(world.payload), await load())
  await publish()
  return { id: created.id, load, publish }
}
