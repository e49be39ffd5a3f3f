import { XMLParser, XMLValidator } from 'fast-xml-parser'
import Parser from 'rss-parser'
import { describe, expect, it } from 'vitest'

import { buildFeed, renderArticlePage, type FeedItemInput } from '../../publishers/website/render'
import { hostileArticle } from './documents'
import { HTML_VECTORS } from './xssVectors'

const item = (i: number, title: string, summary = '摘要', contentHtml = '<p>正文</p>'): FeedItemInput => ({
  id: String(i),
  title,
  link: `https://news.example.edu.cn/articles/${i}`,
  summary,
  contentHtml,
  date: new Date(Date.UTC(2026, 8, 16 - i, 0, 30)),
  authors: ['李沐阳'],
  categories: ['早鸟行动'],
})

const input = (items: FeedItemInput[]) => ({
  title: '融媒 · 全媒体中心',
  description: '高校全媒体中心',
  siteUrl: 'https://news.example.edu.cn/',
  pagePath: '/columns/zaoniao-xingdong',
  feedPath: '/columns/zaoniao-xingdong',
  items,
})

describe('website feeds', () => {
  const items = [item(1, '“早鸟行动”晨读打卡启动'), item(2, '新生开学典礼举行')]

  it('RSS 2.0 and Atom parse with rss-parser and carry the items', async () => {
    const feed = buildFeed(input(items))
    for (const xml of [feed.rss2(), feed.atom1()]) {
      expect(XMLValidator.validate(xml)).toBe(true)
      const parsed = await new Parser().parseString(xml)
      expect(parsed.title).toBe('融媒 · 全媒体中心')
      expect(parsed.items.map((i) => i.title?.trim())).toEqual(['“早鸟行动”晨读打卡启动', '新生开学典礼举行'])
      expect(parsed.items[0].link).toBe('https://news.example.edu.cn/articles/1')
      expect(new Date(parsed.items[0].isoDate!).toISOString()).toBe('2026-09-15T00:30:00.000Z')
    }
    expect(feed.rss2()).toContain('<atom:link href="https://news.example.edu.cn/columns/zaoniao-xingdong/feed.xml" rel="self"')
  })

  it('JSON Feed is version 1 with the items', () => {
    const json = JSON.parse(buildFeed(input(items)).json1()) as { version: string; items: { id: string; url: string; title: string; content_html: string }[] }
    expect(json.version).toBe('https://jsonfeed.org/version/1')
    expect(json.items.map((i) => [i.url, i.title, i.content_html])).toEqual([
      ['https://news.example.edu.cn/articles/1', '“早鸟行动”晨读打卡启动', '<p>正文</p>'],
      ['https://news.example.edu.cn/articles/2', '新生开学典礼举行', '<p>正文</p>'],
    ])
  })

  it('stays well-formed XML with every XSS vector (and control characters) as title, summary and body', async () => {
    const hostile = HTML_VECTORS.map((v, i) => {
      const page = renderArticlePage(hostileArticle(v, 'javascript:alert(1)'))
      return item(i, `${v}\u0001\u000b`, v, page.bodyHtml)
    })
    const feed = buildFeed(input(hostile))
    const rss = feed.rss2()
    const atom = feed.atom1()
    for (const xml of [rss, atom]) expect(XMLValidator.validate(xml)).toBe(true)
    const parsed = await new Parser().parseString(rss)
    // Titles round-trip as text (control characters dropped); they are never parsed as markup by the XML reader.
    expect(parsed.items.map((i) => i.title?.trim())).toEqual(HTML_VECTORS.map((v) => v.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').trim() || '（无标题）'))
    const channel = new XMLParser().parse(rss).rss.channel as { item: unknown[] }
    expect(channel.item).toHaveLength(HTML_VECTORS.length)
    // Titles are plain text by definition (checked above); everything else readers render as HTML is inert.
    // (A CDATA title may itself contain '</title>': cut at the CDATA end.)
    expect(rss.replace(/<title><!\[CDATA\[[\s\S]*?\]\]><\/title>|<title>[^<]*<\/title>/g, '')).not.toMatch(/<script/i)
    expect(atom).not.toMatch(/<script/i)
    expect((await new Parser().parseString(atom)).items).toHaveLength(HTML_VECTORS.length)
    expect(parsed.items[0].contentSnippet).toContain('<script>')
    expect(JSON.parse(feed.json1()).items).toHaveLength(HTML_VECTORS.length)
  })
})
