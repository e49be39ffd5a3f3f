import type { Account, Snapshot } from '../../../publishers/core/contract'
import type { LexicalNode } from '../../../publishers/website/render'
import { editorState, linkNode, para, textNode } from '../../website/documents'

export { editorState, linkNode, para, textNode }

export const node = (type: string, extra: Record<string, unknown> = {}, children?: LexicalNode[]): LexicalNode => ({
  type,
  version: 1,
  ...(children ? { children, direction: 'ltr', format: '', indent: 0 } : {}),
  ...extra,
})

export const heading = (tag: string, text: string) => node('heading', { tag }, [textNode(text)])

export const image = (id: number, extra: Record<string, unknown> = {}) =>
  node('upload', {
    relationTo: 'media',
    value: { id, url: `/api/media/file/p${id}.jpg`, alt: `图${id}`, caption: `图片说明${id}`, credit: '摄影／王浩然', mimeType: 'image/jpeg', width: 1600, height: 900, ...extra },
  })

export const account = (settings: Record<string, unknown> = {}): Account => ({
  id: 9,
  name: '安徽某大学',
  kind: 'wechat',
  status: 'filed',
  settings: { siteUrl: 'https://news.example.edu.cn', ...settings },
})

/** An approved article as the delivery job reads it (depth 1: cover, column, credited users populated). */
export function snapshot(extra: Record<string, unknown> = {}): Snapshot {
  return {
    id: 42,
    collection: 'articles',
    versionHash: 'a'.repeat(64),
    title: '我校学子在全国大学生创新大赛中获一等奖',
    summary: '11 月 28 日，第十届全国大学生创新大赛决赛落幕，我校代表队获得一等奖。',
    body: editorState(
      para(textNode('11 月 28 日，大赛决赛在合肥落幕。详见'), linkNode('https://www.example.org/news/1', '大赛官网'), textNode('。')),
      heading('h2', '赛前准备'),
      para(textNode('团队历时半年打磨作品。', 1)),
      image(101),
    ),
    cover: { id: 7, mimeType: 'image/jpeg', url: '/api/media/file/cover.jpg', width: 4000, height: 3000, focalX: 30, focalY: 40 },
    credits: [
      { role: 'text', name: '李沐阳' },
      { role: 'photo', user: { id: 3, name: '王浩然' } },
      { role: 'editor', name: '陈晓' },
    ],
    column: { id: 2, name: '早鸟行动', slug: 'zaoniao', wechat: { header: '早鸟行动 · 第 12 期', footer: '投稿邮箱：news@example.edu.cn\n长按二维码关注我们' } },
    review: {
      approvals: [
        { stage: '3', reviewerName: '刘建华' },
        { stage: '1', reviewerName: '王嘉怡' },
        { stage: '2', reviewerName: '赵国栋' },
      ],
    },
    ...extra,
  }
}
