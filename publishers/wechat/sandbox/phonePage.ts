import express, { type Router } from 'express'

import type { SandboxState } from './state'

/**
 * What a reader would see: a phone-frame page (Chinese) listing the published posts, newest first, and
 * each article with its content; body images and covers are served from the sandbox's memory. Content is
 * what WeChat stored (scripts and handlers already removed); a CSP forbids scripts on these pages anyway.
 */
const escape = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

const STATUS = ['发表成功', '发表中', '原创声明失败', '发表失败', '平台审核不通过', '已被删除', '已被封禁']

const page = (title: string, body: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(title)} · 微信公众平台沙箱</title>
<style>
body{margin:0;background:#e9ecef;font-family:-apple-system,"PingFang SC","Noto Sans SC","Microsoft YaHei",sans-serif;color:#1a1a1a}
.phone{max-width:390px;min-height:780px;margin:24px auto;background:#fff;border:12px solid #1f1f1f;border-radius:40px;overflow:hidden;box-shadow:0 12px 40px rgba(0,0,0,.25)}
.bar{background:#ededed;padding:14px 16px;text-align:center;font-weight:600;border-bottom:1px solid #ddd}
.bar a{float:left;color:#576b95;text-decoration:none;font-weight:400}
.post{display:block;padding:12px 16px;border-bottom:1px solid #f0f0f0;color:inherit;text-decoration:none}
.post img{width:100%;aspect-ratio:2.35/1;object-fit:cover;border-radius:6px;background:#f3f3f3}
.post h3{margin:8px 0 4px;font-size:17px;line-height:1.4}.meta{color:#888;font-size:13px}
.article{padding:16px 18px;line-height:1.75;font-size:16px;word-wrap:break-word}.article img{max-width:100%!important;height:auto!important}
.article h1{font-size:22px;line-height:1.4;margin:0 0 8px}.badge{display:inline-block;padding:1px 6px;border-radius:4px;background:#f0f0f0;font-size:12px;margin-right:4px}
.deleted{color:#c0392b}.empty{padding:48px 16px;text-align:center;color:#999}.jobs{padding:8px 16px;color:#666;font-size:13px;background:#fafafa}
</style></head><body><div class="phone">${body}</div></body></html>`

const localImages = (html: string) => html.replace(/http:\/\/mmbiz\.qpic\.cn\/mmbiz_(?:jpg|png)\/([A-Za-z0-9_-]+)\/0/g, '/mmbiz/$1')

export function phoneRouter(state: SandboxState): Router {
  const router = express.Router()
  router.use((_req, res, next) => {
    res.setHeader('content-security-policy', "default-src 'self'; img-src 'self' data:; style-src 'unsafe-inline'; script-src 'none'")
    next()
  })

  router.get('/', (_req, res) => {
    const posts = [...state.published.values()].reverse()
    const pending = [...state.jobs.values()].filter((job) => job.status === 1)
    const failed = [...state.jobs.values()].filter((job) => [2, 3, 4].includes(job.status))
    const list = posts
      .flatMap((post) =>
        post.articles.map((article, i) => {
          const app = state.apps.get(post.appId)
          return `<a class="post" href="/s/${escape(post.articleId)}/${i + 1}">
            <img src="/material/${escape(article.thumb_media_id)}" alt="">
            <h3>${i === 0 ? '' : '<span class="badge">次条</span>'}${escape(article.title)}</h3>
            <div class="meta">${escape(app?.name ?? post.appId)} · ${new Date(post.updateTime * 1000).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}${article.is_deleted ? ' · <span class="deleted">已删除</span>' : ''}</div>
            <div class="meta">${escape(article.digest)}</div></a>`
        }),
      )
      .join('')
    const jobs = [
      pending.length ? `发表中：${pending.length} 篇` : '',
      failed.length ? `未成功：${failed.map((job) => `${escape(job.articles[0]?.title)}（${STATUS[job.status]}）`).join('，')}` : '',
      `草稿箱：${state.drafts.size} 篇`,
    ]
      .filter(Boolean)
      .join('；')
    res.type('html').send(page('已发表', `<div class="bar">已发表的图文</div><div class="jobs">${jobs}</div>${list || '<div class="empty">还没有发表的文章</div>'}`))
  })

  router.get('/s/:articleId/:idx', (req, res) => {
    const post = state.published.get(req.params.articleId)
    const article = post?.articles[Number(req.params.idx) - 1]
    if (!post || !article) return void res.status(404).type('html').send(page('未找到', '<div class="bar"><a href="/">‹ 返回</a>未找到</div><div class="empty">该文章不存在</div>'))
    const app = state.apps.get(post.appId)
    const body = article.is_deleted
      ? '<div class="empty">该内容已被发布者删除</div>'
      : `<div class="article"><h1>${escape(article.title)}</h1><div class="meta">${escape(article.author)} ${escape(app?.name ?? '')}</div>${localImages(article.content)}
         ${article.content_source_url ? `<p class="meta"><a href="${escape(article.content_source_url)}">阅读原文</a></p>` : ''}</div>`
    res.type('html').send(page(article.title, `<div class="bar"><a href="/">‹ 返回</a>${escape(app?.name ?? '公众号')}</div>${body}`))
  })

  const sendImage = (res: express.Response, found: { data: Buffer | null; contentType: string } | undefined) => {
    if (!found?.data) return void res.status(404).end()
    res.type(found.contentType || 'image/jpeg').send(found.data)
  }
  router.get('/mmbiz/:id', (req, res) => sendImage(res, state.bodyImages.get(req.params.id)))
  router.get('/material/:id', (req, res) => sendImage(res, state.materials.get(req.params.id) as never))
  return router
}
