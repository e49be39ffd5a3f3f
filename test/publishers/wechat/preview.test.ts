import type { Endpoint, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { file, photoWithGps } from '../../media/fixtures'
import { bootPayload } from '../../setup/payload'
import { buildWorld, draftArticle, paragraph, refusal, requestAs, type World } from '../../workflow/reviewWorld'

/**
 * 微信预览 through the handler `GET /api/articles/:id/wechat-preview` runs, with real requests on a real
 * database: the saved draft rendered in the chosen theme, local images in place of the placeholders, access
 * as for reading the article.
 */
let payload: Payload
let world: World
let articleId: number | string
let media: { id: number | string; renditions: { card: { url: string } } }

const preview = async (who: string | null, query = '') => {
  const endpoint = (payload.collections.articles.config.endpoints || []).find((e) => e.path === '/:id/wechat-preview') as Endpoint
  const req = await requestAs(world, who, { id: String(articleId) })
  Object.assign(req, { searchParams: new URLSearchParams(query) })
  return endpoint.handler(req)
}

beforeAll(async () => {
  payload = await bootPayload('wechat-preview')
  world = await buildWorld(payload, 'wechat-preview.test')
  media = (await payload.create({
    collection: 'media',
    data: { alt: '晨读现场', caption: '新生在图书馆广场晨读', unit: world.units.A1, focalX: 30, focalY: 40 },
    file: file(await photoWithGps(1200, 800), 'image/jpeg', `wx-preview-${process.pid}.jpg`),
    user: world.users.editor,
    overrideAccess: false,
  } as never)) as never
  await payload.update({ collection: 'columns', id: world.columns.news, data: { wechat: { header: '校园要闻 · 晨读专题', footer: '投稿：news@example.edu.cn' } } as never })
  const body = {
    root: {
      type: 'root', version: 1, direction: null, format: '', indent: 0,
      children: [paragraph('三千余名新生清晨相约图书馆广场。'), { type: 'upload', version: 3, relationTo: 'media', value: media.id, fields: null }],
    },
  }
  const article = await draftArticle(world, 'editor', '“早鸟行动”晨读打卡启动', {
    body,
    cover: media.id,
    column: world.columns.news,
    targets: [world.accounts.college],
    credits: [{ role: 'text', name: '李沐阳' }],
    wechat: { theme: 'campus', comments: 'open' },
  })
  articleId = article.id
})

afterAll(async () => {
  await payload?.destroy()
})

describe('微信预览', () => {
  it('renders the saved draft as a script-free page with local images in place of the placeholders', async () => {
    const res = await preview('editor')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'")
    const html = await res.text()
    expect(html).toContain('“早鸟行动”晨读打卡启动')
    expect(html).toContain('文传学院公众号')
    expect(html).toContain('校园要闻 · 晨读专题')
    expect(html).toContain(`src="${media.renditions.card.url}"`)
    expect(html).not.toContain('rongmei-media:')
    expect(html).not.toMatch(/<script/i)
    // The item's theme (清新校园) is used unless the preview asks for another.
    expect(html).toContain('#23936b')
    const red = await (await preview('editor', 'theme=red')).text()
    expect(red).toContain('#b71c1c')
    expect(red).not.toContain('#23936b')
  })

  it('as JSON: the account, the size and the notes in Chinese', async () => {
    const report = (await (await preview('editor', 'format=json')).json()) as Record<string, unknown>
    expect(report).toMatchObject({ account: '文传学院公众号', title: '“早鸟行动”晨读打卡启动', author: '李沐阳', images: 1, problems: [], warnings: [] })
    expect(report.contentLength).toBeGreaterThan(500)
    expect(report.cover).toMatchObject({ mediaId: media.id })
  })

  it('lists what would stop delivery', async () => {
    await payload.update({ collection: 'articles', id: articleId, data: { wechat: { sourceUrl: null }, title: '标'.repeat(40) } as never, draft: true, overrideAccess: true })
    const report = (await (await preview('editor', 'format=json')).json()) as { problems: string[] }
    expect(report.problems).toEqual(['微信标题 40 字，超过上限 32 字（文传学院公众号）'])
  })

  it('is for signed-in users who may read the item', async () => {
    expect(await refusal(preview(null))).toEqual({ status: 401, message: '请先登录' })
    expect(await refusal(preview('editorB'))).toMatchObject({ status: 404 })
  })
})
