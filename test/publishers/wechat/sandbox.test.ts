import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { WechatSandbox } from '../../../publishers/wechat/sandbox/server'
import { clientOf, jpeg, startSandbox, TEST_APP, upload } from './sandboxWorld'

/** The sandbox's own surface over HTTP: the admin controls (outside /cgi-bin), push retries, the phone page. */
let sandbox: WechatSandbox
beforeAll(async () => {
  sandbox = await startSandbox({ callbackTimeoutMs: 300 })
})
afterAll(async () => {
  await sandbox?.close()
})

const admin = (path: string, body: unknown = {}) =>
  fetch(`${sandbox.url}/__admin${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json())
const state = () => fetch(`${sandbox.url}/__admin/state`).then((r) => r.json())

async function publishOne(title: string) {
  const client = clientOf(sandbox)
  const image = await client.uploadImage(upload(await jpeg()))
  const { media_id } = await client.addMaterial('image', upload(await jpeg(900, 383)))
  const draft = await client.addDraft([{ title, content: `<p>第一段&lt;正文&gt;</p><img src="${image}">`, thumb_media_id: media_id, author: '融媒' }])
  return { client, draft, ...(await client.submit(draft)) }
}

describe('sandbox controls', () => {
  it('scripted faults, fault rate with seed, token invalidation, app settings, quotas, clock, state export and reset', async () => {
    const client = clientOf(sandbox)
    await client.accessToken()
    expect(await admin('/faults', { kind: 'errcode', errcode: 45009, path: '/cgi-bin/draft/get', times: 2 })).toMatchObject({ ok: true })
    for (let i = 0; i < 2; i++) await expect(client.getDraft('x')).rejects.toMatchObject({ options: { code: 'wechat-45009' } })
    await expect(client.getDraft('x')).rejects.toMatchObject({ options: { code: 'wechat-40007' } })

    await admin('/fault-rate', { rate: 1, seed: 1, kinds: ['5xx'] })
    await expect(client.getDraft('x')).rejects.toMatchObject({ options: { code: 'wechat-http-502' } })
    await admin('/fault-rate', { rate: 0 })

    const before = await client.accessToken()
    await admin(`/tokens/${TEST_APP.appId}/invalidate`)
    const raw = await fetch(`${sandbox.url}/cgi-bin/draft/get?access_token=${before}`, { method: 'POST', body: '{"media_id":"x"}' }).then((r) => r.json())
    expect(raw.errcode).toBe(40001)
    await admin(`/tokens/${TEST_APP.appId}/expire`)
    const current = (await state()).apps
    expect(current[0]).toMatchObject({ appId: TEST_APP.appId, certified: true })

    await admin(`/apps/${TEST_APP.appId}`, { certified: false })
    await expect(clientOf(sandbox).submit('x')).rejects.toMatchObject({ options: { code: 'wechat-48001' } })
    await admin(`/apps/${TEST_APP.appId}`, { certified: true })

    await admin('/config', { quotas: { '/cgi-bin/draft/delete': 0 } })
    await expect(clientOf(sandbox).deleteDraft('x')).rejects.toMatchObject({ options: { code: 'wechat-45009' } })
    await admin('/config', { quotas: { '/cgi-bin/draft/delete': 1000 }, limits: 'observed-strict' })
    const strict = clientOf(sandbox)
    const { media_id } = await strict.addMaterial('image', upload(await jpeg()))
    await expect(strict.addDraft([{ title: '标题', author: '九个字的作者名字啊', content: '<p>x</p>', thumb_media_id: media_id }])).rejects.toMatchObject({ options: { code: 'wechat-45110' } })
    await admin('/config', { limits: 'official' })

    const { now } = await admin('/clock', { offsetMs: 3_600_000 })
    expect(now).toBeGreaterThan(Date.now() + 3_500_000)
    await admin('/clock', { offsetMs: 0 })
    expect(await admin('/reset')).toMatchObject({ ok: true })
    expect(await state()).toMatchObject({ drafts: [], jobs: [], published: [], publishedArticles: 0, duplicates: [] })
  })

  it('publishing by script: next outcome, finish now, ban (status 6); pushes are retried 3 times', async () => {
    let hits = 0
    const refusing = http.createServer((_req, res) => {
      hits++
      res.writeHead(500).end()
    })
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve))
    try {
      await admin(`/apps/${TEST_APP.appId}`, { callbackUrl: `http://127.0.0.1:${(refusing.address() as AddressInfo).port}/cb`, callbackMode: 'plain' })
      await admin('/next-publish', { status: 3 })
      const failed = await publishOne('常规失败')
      expect(await admin(`/jobs/${failed.publish_id}/finish`)).toMatchObject({ publish_status: 3 })
      const ok = await publishOne('发表成功')
      await admin(`/jobs/${ok.publish_id}/finish`)
      const result = await ok.client.getPublish(ok.publish_id)
      expect(result.publish_status).toBe(0)
      await admin(`/published/${result.article_id}/ban`)
      expect((await ok.client.getPublish(ok.publish_id)).publish_status).toBe(6)
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(hits).toBe(6)
      expect((await state()).callbacks.filter((c: { publishId: string }) => c.publishId === ok.publish_id).map((c: { attempt: number; ok: boolean }) => [c.attempt, c.ok])).toEqual([[1, false], [2, false], [3, false]])
    } finally {
      await admin(`/apps/${TEST_APP.appId}`, { callbackUrl: null })
      refusing.close()
    }
  })

  it('the phone page lists what was published, shows the article with its images, and forbids scripts', async () => {
    const { client, publish_id } = await publishOne('手机页面上的文章')
    sandbox.finishPending()
    const { article_id } = await client.getPublish(publish_id)
    const home = await fetch(`${sandbox.url}/`)
    expect(home.headers.get('content-security-policy')).toContain("script-src 'none'")
    const html = await home.text()
    expect(html).toContain('已发表的图文')
    expect(html).toContain('手机页面上的文章')
    const page = await fetch(`${sandbox.url}/s/${article_id}/1`).then((r) => r.text())
    expect(page).toContain('第一段&lt;正文&gt;')
    const src = /<img src="(\/mmbiz\/[^"]+)"/.exec(page)![1]
    const image = await fetch(`${sandbox.url}${src}`)
    expect([image.status, image.headers.get('content-type')]).toEqual([200, 'image/jpeg'])
    expect((await fetch(`${sandbox.url}/s/nope/1`)).status).toBe(404)
  })
})
