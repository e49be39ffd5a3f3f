import { describe, expect, it } from 'vitest'

import { cutAtSentence, itemLink, renderWeibo, sentences } from '../../../publishers/weibo/render'
import { weiboLength } from '../../../workflow/checks/weiboLength'

/** The Weibo renderer, pure: texts, cuts at sentence boundaries, Weibo counting, the picture, the problems. */
const site = { siteUrl: 'https://news.example.edu.cn/' }
const cjk = (n: number) => '汉'.repeat(n)
const article = (extra: Record<string, unknown> = {}) => ({ id: 42, collection: 'articles', title: '图书馆延长开放时间', ...extra })

describe('weibo render', () => {
  it('composes 【title】 + the whole summary + the item link on the website when it fits', () => {
    const out = renderWeibo(article({ summary: '即日起，图书馆自习区开放至23点。' }), site)
    expect(out.text).toBe('【图书馆延长开放时间】即日起，图书馆自习区开放至23点。 https://news.example.edu.cn/articles/42')
    expect(out.link).toBe('https://news.example.edu.cn/articles/42')
    // 11 (【…】) + 15 CJK + 1 ("23" = ½ + ½) + ½ (space) + 20 (link) = 47.5 → 48
    expect([out.length, out.limit, out.source, out.problems]).toEqual([48, 140, 'composed', []])
    expect(itemLink({ id: 7, collection: 'videos' }, 'http://localhost:3000')).toBe('http://localhost:3000/videos/7')
  })

  it('cuts a long summary after the last whole sentence that fits, never mid-sentence', () => {
    const s1 = `${cjk(40)}。`
    const s2 = `${cjk(40)}！`
    const s3 = `${cjk(40)}？`
    const out = renderWeibo(article({ summary: s1 + s2 + s3 }), site)
    // Budget: 140 − 11 (【title】) − 20.5 (space + link) = 108.5: two sentences (82) fit, three (123) do not.
    expect(out.text).toBe(`【图书馆延长开放时间】${s1}${s2} https://news.example.edu.cn/articles/42`)
    expect(out.length).toBeLessThanOrEqual(140)
    expect(out.problems).toEqual([])
  })

  it('counts mixed Chinese and ASCII the Weibo way when cutting (ASCII ½)', () => {
    const english = `${'Library opens late. '.repeat(6)}` // 120 ASCII = 60
    const chinese = `${cjk(45)}。` // 46
    const out = renderWeibo(article({ summary: english + chinese + '最后一句。' }), site)
    // 60 + 46 = 106 ≤ 108.5 fits; adding 最后一句。 (5) would not.
    expect(out.text).toBe(`【图书馆延长开放时间】${(english + chinese).trim()} https://news.example.edu.cn/articles/42`)
    expect(out.length).toBe(weiboLength(out.text))
    expect(out.length).toBeLessThanOrEqual(140)
  })

  it('splits sentences at Chinese and Western end marks, keeping closing quotes with their sentence', () => {
    expect(sentences('他说：“开学了。”大家很高兴！真的吗？是的; Fine. 尾巴')).toEqual(['他说：“开学了。”', '大家很高兴！', '真的吗？', '是的; ', 'Fine. ', '尾巴'])
    // A decimal point is not a sentence end.
    expect(sentences('增长了3.5个百分点。')).toEqual(['增长了3.5个百分点。'])
  })

  it('when not one sentence fits, cuts at a clause mark or a character and adds …', () => {
    expect(cutAtSentence(`${cjk(10)}，${cjk(10)}，${cjk(10)}。`, 25)).toBe(`${cjk(10)}，${cjk(10)}…`)
    expect(cutAtSentence(cjk(30), 10)).toBe(`${cjk(9)}…`)
    expect(cutAtSentence('任何内容', 0)).toBe('')
  })

  it('never cuts inside an emoji (surrogate pairs and ZWJ sequences stay whole)', () => {
    const family = '👨‍👩‍👧' // counts 5: three emoji code points and two joiners
    const cut = cutAtSentence(`${family}${family}${family}${family}`, 12)
    expect(cut).toBe(`${family}${family}…`)
    expect([...cut].every((ch) => ch.codePointAt(0)! < 0xd800 || ch.codePointAt(0)! > 0xdfff)).toBe(true)
    const out = renderWeibo(article({ summary: `🎉${cjk(200)}` }), site)
    expect(out.text.startsWith('【图书馆延长开放时间】🎉')).toBe(true)
    expect(out.length).toBeLessThanOrEqual(140)
  })

  it('uses the item’s own Weibo text as written and appends the link unless the text has it already', () => {
    const out = renderWeibo(article({ summary: '不会用到', weibo: { text: '  今晚图书馆开到23点，冲！  ' } }), site)
    expect(out.text).toBe('今晚图书馆开到23点，冲！ https://news.example.edu.cn/articles/42')
    expect(out.source).toBe('override')
    const withLink = renderWeibo(article({ weibo: { text: '详情 https://news.example.edu.cn/articles/42 戳' } }), site)
    expect(withLink.text).toBe('详情 https://news.example.edu.cn/articles/42 戳')
  })

  it('reports an override over the limit with the count and the fix, in Chinese', () => {
    const out = renderWeibo(article({ weibo: { text: cjk(120) } }), site)
    expect(out.length).toBe(141) // 120 + ½ + 20 = 140.5 → 141
    expect(out.problems).toEqual([
      '微博正文 141 字，超过上限 140 字（按微博方式计数：汉字 1，英文半角 ½，每个链接 20，含自动附上的稿件链接）。请删减“微博文字”',
    ])
    expect(renderWeibo(article({ weibo: { text: cjk(119) } }), site).problems).toEqual([])
  })

  it('reports a title too long for any summary, suggesting the override', () => {
    const out = renderWeibo(article({ title: cjk(125), summary: '摘要。' }), site)
    expect(out.text).toBe(`【${cjk(125)}】 https://news.example.edu.cn/articles/42`)
    expect(out.problems[0]).toMatch(/^微博正文 148 字，超过上限 140 字.*请缩短标题，或在“微博文字”中另写一段较短的微博$/)
  })

  it('takes the link length, the weights and the limit as configuration', () => {
    const options = { ...site, counting: { urlLength: 12, asciiWeight: 1, otherWeight: 1 }, maxLength: 60 }
    const out = renderWeibo(article({ summary: `${cjk(30)}。${cjk(30)}。` }), options)
    // Budget 60 − 11 − 13 (space 1 + link 12) = 36: one sentence (31).
    expect(out.text).toBe(`【图书馆延长开放时间】${cjk(30)}。 https://news.example.edu.cn/articles/42`)
    expect([out.length, out.limit]).toEqual([55, 60])
  })

  it('picks the chosen picture, else the cover, else a video’s poster, with the Weibo rendition file', () => {
    const cover = { id: 3, filename: 'cover.png', renditions: { weibo: { filename: 'cover-weibo.jpg' } } }
    expect(renderWeibo(article({ cover }), site).picture).toEqual({ mediaId: 3, filename: 'cover-weibo.jpg', originalFilename: 'cover.png', alt: null })
    expect(renderWeibo(article({ cover, weibo: { picture: 9 } }), site).picture).toEqual({ mediaId: 9, filename: null, originalFilename: null, alt: null })
    expect(renderWeibo({ id: 1, collection: 'videos', title: 't', poster: 5 }, site).picture?.mediaId).toBe(5)
    expect(renderWeibo(article(), site).picture).toBeNull()
  })
})
