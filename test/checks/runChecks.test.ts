import { describe, expect, it } from 'vitest'

import { DEMO_ARTICLES } from '../../seed/articles'
import { richText } from '../../seed/lexical'
import { DEMO_SENSITIVE_WORDS } from '../../seed/sensitiveWords'
import { runChecks, type CheckInput } from '../../workflow/checks'

const NOW = new Date('2026-09-16T06:30:00.000Z')
const cover = { id: 1, alt: '图书馆广场晨读', credit: '王浩然 摄', mimeType: 'image/jpeg' }

describe('runChecks', () => {
  it('reports every kind of finding, sorted by field then position, as plain JSON', () => {
    const input: CheckInput = {
      item: {
        kicker: '再接再励',
        title: `${'长'.repeat(30)}代写论文`,
        summary: '警惕校园贷',
        body: richText(['第一段没有问题。', ['第二段：', { bold: '刷单' }, '兼职一股作气。']]),
        credits: [],
        cover: { ...cover, alt: '' },
      },
      targets: [{ kind: 'wechat', name: '青春汤院微信公众号' }],
      words: [...DEMO_SENSITIVE_WORDS],
    }
    const report = runChecks(input, { now: NOW })
    expect(report.ok).toBe(false)
    expect(report.checkedAt).toBe('2026-09-16T06:30:00.000Z')
    expect(report.findings.map(({ field, kind, level, start, end, match }) => [field, kind, level, start, end, match])).toEqual([
      ['kicker', 'typo', 'warn', 0, 4, '再接再励'],
      ['title', 'sensitive-word', 'block', 30, 34, '代写论文'],
      ['summary', 'sensitive-word', 'warn', 2, 5, '校园贷'],
      // "刷单" is bold and "兼职" plain: the word spans two text nodes and still matches.
      ['body', 'sensitive-word', 'block', 13, 17, '刷单兼职'],
      ['body', 'typo', 'warn', 17, 21, '一股作气'],
      ['cover', 'missing-alt', 'warn', undefined, undefined, undefined],
      ['credits', 'missing-credit', 'warn', undefined, undefined, undefined],
      ['channel.wechat.title', 'channel-limit', 'block', undefined, undefined, undefined],
    ])
    const body = report.findings.find((finding) => finding.match === '刷单兼职')!
    expect(body.location).toEqual({ block: 1, blockType: 'paragraph', offset: 4, path: [1, 1], nodeOffset: 0 })
    expect(body.message).toBe('正文第 2 段第 5 字出现敏感词“刷单兼职”（诈骗）：禁止使用，须修改后才能提交')
    expect(report.counts).toEqual({ block: 3, warn: 5 })
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
    expect(new Set(report.findings.map((finding) => finding.id)).size).toBe(report.findings.length)
  })

  it('checks channel overrides as texts too, and merges admin typo pairs', () => {
    const report = runChecks(
      {
        item: { title: '标题', credits: [{ role: 'text', name: '李沐阳' }], overrides: { weibo: { text: '翻墙教程 登陆账号 https://news.example.edu.cn/1' } } },
        targets: [{ kind: 'weibo', name: '汤溪学院官方微博' }],
        words: [...DEMO_SENSITIVE_WORDS],
        typos: [{ wrong: '登陆账号', right: '登录账号' }],
      },
      { now: NOW },
    )
    expect(report.ok).toBe(true)
    expect(report.findings.map(({ field, match, suggestion }) => [field, match, suggestion])).toEqual([
      ['channel.weibo.text', '翻墙', undefined],
      ['channel.weibo.text', '登陆账号', '登录账号'],
    ])
  })

  it('passes a demo article with its covers and credits, except the words the list is meant to catch', () => {
    for (const article of DEMO_ARTICLES) {
      const report = runChecks({
        item: {
          title: article.title,
          kicker: article.kicker,
          subtitle: article.subtitle,
          summary: article.summary,
          body: richText(article.body),
          credits: article.credits.map((credit) => ({ role: credit.role, name: credit.name ?? credit.user })),
          cover: { alt: article.cover.alt, credit: article.cover.credit, mimeType: 'image/jpeg' },
        },
        targets: [],
        words: [...DEMO_SENSITIVE_WORDS],
      })
      expect(report.findings.filter((finding) => finding.kind !== 'sensitive-word'), article.title).toEqual([])
      expect(report.ok, article.title).toBe(true)
    }
  })
})
