import juice from 'juice'

import { DEMO_ARTICLES } from '../../seed/articles'
import { richText } from '../../seed/lexical'
import type { Snapshot } from '../../publishers/core/contract'
import { composeArticle, JUICE_OPTIONS, renderWechat } from '../../publishers/wechat/render'
import { plainText } from '../../seed/lexical'
import type { BenchEntry } from '../harness'

const ARTICLE_LENGTH = 5_000
const IMAGES = 10
/** Renders per round on each side, so a round is long enough to time on a shared machine. */
const RENDERS = 20

/** A ~5,000-character article from the demo prose (headings, bold, links, lists, quotes) with 10 images. */
export function benchSnapshot(): Snapshot {
  const blocks = DEMO_ARTICLES.flatMap((article) => article.body)
  const body: unknown[] = []
  const root = { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: body } }
  let length = 0
  for (let i = 0; length < ARTICLE_LENGTH; i++) {
    const block = blocks[i % blocks.length]
    body.push(...(richText([block]).root.children as unknown[]))
    length += plainText([block]).length
    if (body.length % 4 === 0 && body.filter((n) => (n as { type: string }).type === 'upload').length < IMAGES) {
      const id = 1000 + body.length
      body.push({ type: 'upload', version: 3, relationTo: 'media', value: { id, alt: '配图', caption: '图片说明文字', credit: '摄影／王浩然', mimeType: 'image/jpeg', width: 2000, height: 1333 } })
    }
  }
  const article = DEMO_ARTICLES[0]
  return {
    id: 1,
    collection: 'articles',
    versionHash: 'bench',
    title: article.title.slice(0, 32),
    summary: article.summary.slice(0, 120),
    body: root,
    cover: { id: 1, mimeType: 'image/jpeg', width: 4000, height: 3000, focalX: 40, focalY: 40 },
    credits: article.credits.map((credit) => ({ role: credit.role, name: credit.name ?? '陈晓' })),
    column: { name: '早鸟行动', slug: 'zaoniao', wechat: { header: '早鸟行动 · 第 12 期', footer: '投稿邮箱：news@example.edu.cn' } },
    review: { approvals: [{ stage: '1', reviewerName: '王嘉怡' }, { stage: '2', reviewerName: '赵国栋' }, { stage: '3', reviewerName: '刘建华' }] },
  }
}

/**
 * The whole WeChat render of a 5,000-character article with 10 images (Lexical walk, footnotes, juice inlining
 * of the theme, allowlist sanitising, limits, cover crops) against juice alone inlining the same theme into
 * the same HTML (what doocs/md and mdnice do). Goal: at most 1.5×.
 */
export async function wechatRender(): Promise<BenchEntry> {
  const snapshot = benchSnapshot()
  const account = { id: 1, name: '基准公众号', kind: 'wechat' as const, settings: { siteUrl: 'https://news.example.edu.cn' } }
  const { html, css } = composeArticle(snapshot, account)
  const artifact = renderWechat(snapshot, account)
  const text = plainText(DEMO_ARTICLES.flatMap((a) => a.body)).length
  return {
    name: `WeChat render: ${ARTICLE_LENGTH.toLocaleString('en-US')}-character article, ${artifact.images.length} images, ${artifact.articles[0].content.length.toLocaleString('en-US')} characters out (×${RENDERS} per round; ${text} characters of demo prose reused)`,
    ratioLabel: 'renderWechat / juice.inlineContent on the same HTML and theme',
    goal: { max: 1.5 },
    rounds: 9,
    subject: async () => {
      let size = 0
      for (let i = 0; i < RENDERS; i++) size += renderWechat(snapshot, account).articles[0].content.length
      return size
    },
    baseline: async () => {
      let size = 0
      for (let i = 0; i < RENDERS; i++) size += juice.inlineContent(html, css, JUICE_OPTIONS).length
      return size
    },
  }
}
