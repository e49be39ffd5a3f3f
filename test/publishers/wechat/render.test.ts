import { describe, expect, it } from 'vitest'

import { renderWechat, replacePlaceholders, validateWechat, WECHAT_THEMES } from '../../../publishers/wechat/render'
import { account, editorState, heading, image, linkNode, node, para, snapshot, textNode } from './documents'
import { declarations, elements, wechatHtmlProblems } from './html'

const content = (extra: Record<string, unknown> = {}, settings: Record<string, unknown> = {}) =>
  renderWechat(snapshot(extra), account(settings)).articles[0].content

/** Every node type the editor can produce, once. */
const everyNode = editorState(
  para(textNode('普通'), textNode('粗', 1), textNode('斜', 2), textNode('删', 4), textNode('下划', 8), textNode('码', 16), textNode('下标', 32), textNode('上标', 64), textNode('高亮', 128)),
  node('paragraph', { format: 'center' }, [textNode('居中')]),
  heading('h1', '一级'),
  heading('h3', '三级'),
  node('quote', {}, [textNode('引文')]),
  node('list', { listType: 'bullet' }, [node('listitem', {}, [textNode('甲')]), node('listitem', {}, [node('list', { listType: 'bullet' }, [node('listitem', {}, [textNode('嵌套')])])])]),
  node('list', { listType: 'number', start: 3 }, [node('listitem', {}, [textNode('三')])]),
  node('list', { listType: 'check' }, [node('listitem', { checked: true }, [textNode('已办')]), node('listitem', { checked: false }, [textNode('待办')])]),
  node('table', {}, [node('tablerow', {}, [node('tablecell', { headerState: 1, colSpan: 2 }, [para(textNode('表头'))])]), node('tablerow', {}, [node('tablecell', {}, [para(textNode('格'))])])]),
  node('code', {}, [textNode('const a = 1'), node('linebreak'), textNode('a++')]),
  node('horizontalrule'),
  image(5),
  node('upload', { relationTo: 'media', value: { id: 6, mimeType: 'video/mp4', filename: 'v.mp4' } }),
  node('relationship', { relationTo: 'articles', value: { id: 3, title: '相关报道' } }),
  para(linkNode('#section-2', '页内锚点'), linkNode('https://mp.weixin.qq.com/s/AbC', '往期推送'), linkNode('javascript:alert(1)', '坏链接')),
)

describe('WeChat renderer: tags, attributes and styles', () => {
  it.each(WECHAT_THEMES.map((theme) => theme.value))('theme %s: only WeChat-safe tags, attributes and inline styles', (theme) => {
    const html = renderWechat(snapshot({ body: everyNode }), account(), { theme }).articles[0].content
    expect(wechatHtmlProblems(html)).toEqual([])
    expect(html).not.toMatch(/\bclass=|\bid=|<style|<script|<div|<mark|href="#/i)
    // Styles come from the theme, inlined: every paragraph and heading carries some.
    for (const { tag, attrs } of elements(html).filter((e) => ['p', 'h2', 'h3', 'blockquote', 'img'].includes(e.tag))) {
      expect(attrs.style, `<${tag}> has no inline style`).toBeTruthy()
    }
  })

  it('the three themes differ where a reader sees them (heading and quote colours)', () => {
    const h2Styles = WECHAT_THEMES.map(({ value }) => {
      const html = renderWechat(snapshot(), account(), { theme: value }).articles[0].content
      return elements(html).find((e) => e.tag === 'h2')!.attrs.style
    })
    expect(new Set(h2Styles).size).toBe(3)
    expect(h2Styles[1]).toContain('#b71c1c')
    expect(h2Styles[2]).toContain('#1b7a5a')
  })

  it('maps what WeChat lacks: h1 → h2, mark → span, check lists show their state, videos become a note', () => {
    const out = renderWechat(snapshot({ body: everyNode }), account())
    const html = out.articles[0].content
    const tags = elements(html).map((e) => e.tag)
    expect(tags).not.toContain('h1')
    expect(html).toMatch(/<h2[^>]*>一级<\/h2>/)
    expect(html).toMatch(/<span[^>]*>高亮<\/span>/)
    expect(html).toContain('☑ 已办')
    expect(html).toContain('☐ 待办')
    expect(html).toContain('【视频】')
    expect(out.warnings.some((w) => w.includes('视频') && w.includes('v.mp4'))).toBe(true)
    expect(html).toMatch(/<th colspan="2"[^>]*>/)
    expect(html).toMatch(/<ol start="3"[^>]*>/)
    // Code keeps its line break as <br> (WeChat ignores white-space: pre-wrap).
    expect(html).toMatch(/const a = 1<br>a\+\+/)
  })

  it('styles are written compactly (the 20,000-character limit counts markup)', () => {
    const p = elements(content()).find((e) => e.tag === 'p')!
    expect(p.attrs.style).not.toMatch(/: |; /)
    expect(declarations(p.attrs.style).length).toBeGreaterThan(0)
  })

  it('is deterministic: the same snapshot gives the same bytes', () => {
    expect(JSON.stringify(renderWechat(snapshot({ body: everyNode }), account()))).toBe(JSON.stringify(renderWechat(snapshot({ body: everyNode }), account())))
  })
})

describe('WeChat renderer: links become 参考链接', () => {
  const body = editorState(
    para(
      textNode('见'),
      linkNode('https://www.example.org/a', '甲网站'),
      textNode('，又见'),
      linkNode('https://www.example.org/b', '乙网站'),
      textNode('，再见'),
      linkNode('https://www.example.org/a', '甲网站（再次）'),
      textNode('。'),
    ),
    para(node('autolink', { fields: { linkType: 'custom', url: 'https://c.example.com/x?y=1&z=2' } }, [textNode('https://c.example.com/x?y=1&z=2')])),
    para(node('link', { fields: { linkType: 'internal', doc: { relationTo: 'articles', value: { id: 8, title: '旧闻' } } } }, [textNode('本站旧闻')])),
    para(linkNode('mailto:news@example.edu.cn', '来信'), linkNode('#top', '回到顶部'), linkNode('https://mp.weixin.qq.com/s/abc', '往期')),
  )

  it('numbers external links in order of first appearance, one number per URL', () => {
    const html = content({ body })
    expect(html).toMatch(/甲网站<sup[^>]*>\[1\]<\/sup>/)
    expect(html).toMatch(/乙网站<sup[^>]*>\[2\]<\/sup>/)
    expect(html).toMatch(/甲网站（再次）<sup[^>]*>\[1\]<\/sup>/)
    expect(html).toMatch(/https:\/\/c\.example\.com\/x\?y=1&amp;z=2<sup[^>]*>\[3\]<\/sup>/)
    expect(html).toMatch(/本站旧闻<sup[^>]*>\[4\]<\/sup>/)
    expect(html).toMatch(/来信<sup[^>]*>\[5\]<\/sup>/)
  })

  it('lists them under 参考链接 at the end, as text, with the first label', () => {
    const html = content({ body })
    const list = html.slice(html.indexOf('参考链接'))
    expect(list).toMatch(/\[1\] 甲网站：https:\/\/www\.example\.org\/a</)
    expect(list).toMatch(/\[2\] 乙网站：https:\/\/www\.example\.org\/b</)
    // An autolink's label is its URL: shown once.
    expect(list).toMatch(/\[3\] https:\/\/c\.example\.com\/x\?y=1&amp;z=2</)
    expect(list).toContain('[4] 本站旧闻：https://news.example.edu.cn/articles/8')
    expect(list).toContain('[5] 来信：news@example.edu.cn')
    expect(list.match(/\[\d\] /g)).toHaveLength(5)
    expect(elements(list).some((e) => e.tag === 'a')).toBe(false)
  })

  it('keeps links to WeChat articles, drops in-page anchors to text', () => {
    const html = content({ body })
    expect(html).toMatch(/<a href="https:\/\/mp\.weixin\.qq\.com\/s\/abc"[^>]*>往期<\/a>/)
    expect(html).toContain('回到顶部')
    expect(html).not.toContain('#top')
  })

  it('an account that may link out keeps the external links as <a>', () => {
    const html = content({ body }, { externalLinks: true })
    expect(html).toMatch(/<a href="https:\/\/www\.example\.org\/a"[^>]*>甲网站<\/a>/)
    // Only what cannot be a web link is left as a footnote (the e-mail address).
    expect(html.slice(html.indexOf('参考链接')).match(/\[\d\] [^<]*/g)).toEqual(['[1] 来信：news@example.edu.cn'])
    expect(wechatHtmlProblems(html, { externalLinks: true })).toEqual([])
  })

  it('without a site URL, a site-relative link stays plain text', () => {
    const out = renderWechat(snapshot({ body }), { ...account(), settings: {} })
    expect(out.articles[0].content).toContain('本站旧闻')
    expect(out.articles[0].content).not.toContain('/articles/8')
    expect(out.articles[0].contentSourceUrl).toBe('')
  })

  it('no footnote section when there are no external links', () => {
    expect(content({ body: editorState(para(textNode('无链接'))) })).not.toContain('参考链接')
  })
})

describe('WeChat renderer: images', () => {
  const body = editorState(image(11), para(textNode('中间')), image(12), image(11), image(1))

  it('body images are placeholders, listed once per media document', () => {
    const out = renderWechat(snapshot({ body }), account())
    const srcs = elements(out.articles[0].content).filter((e) => e.tag === 'img').map((e) => e.attrs.src)
    expect(srcs).toEqual(['rongmei-media:11', 'rongmei-media:12', 'rongmei-media:11', 'rongmei-media:1'])
    expect(out.images).toEqual([
      { placeholder: 'rongmei-media:11', mediaId: 11 },
      { placeholder: 'rongmei-media:12', mediaId: 12 },
      { placeholder: 'rongmei-media:1', mediaId: 1 },
    ])
  })

  it('alt, caption and credit survive; no local URL leaks into the content', () => {
    const html = content({ body })
    expect(html).toMatch(/<img src="rongmei-media:11" alt="图11"/)
    expect(html).toMatch(/<figcaption[^>]*>图片说明11<span[^>]*>摄影／王浩然<\/span><\/figcaption>/)
    expect(html).not.toContain('/api/media')
  })

  it('replacePlaceholders swaps whole ids only (1 never touches 11 or 12) and drops unknown ones', () => {
    const html = content({ body })
    const urls: Record<string, string> = { '11': 'http://mmbiz.qpic.cn/a/0', '12': 'http://mmbiz.qpic.cn/b/0?x=1&y=2' }
    const swapped = replacePlaceholders(html, (id) => urls[id])
    const srcs = elements(swapped).filter((e) => e.tag === 'img').map((e) => e.attrs.src)
    expect(srcs).toEqual(['http://mmbiz.qpic.cn/a/0', 'http://mmbiz.qpic.cn/b/0?x=1&y=2', 'http://mmbiz.qpic.cn/a/0'])
    expect(swapped).not.toContain('rongmei-media:')
  })

  it('SVG and unpopulated uploads are not sent as images', () => {
    const out = renderWechat(snapshot({ body: editorState(image(20, { mimeType: 'image/svg+xml' }), node('upload', { relationTo: 'media', value: 21 })) }), account())
    expect(out.images).toEqual([])
    expect(out.warnings).toEqual(['正文中的SVG 图片“图20”无法放入微信图文，已替换为“请点击阅读原文查看”的提示', '正文中有图片未能读取（可能已被删除），已略去'])
  })
})

describe('WeChat renderer: credits, column templates and the article fields', () => {
  it('prints 文/图/编辑 and 初审/复审/终审 after the body and 参考链接, then the column footer', () => {
    const html = content()
    expect(html).toContain('文／李沐阳　图／王浩然　编辑／陈晓')
    expect(html).toContain('初审：王嘉怡  复审：赵国栋  终审：刘建华')
    const order = ['早鸟行动 · 第 12 期', '大赛决赛', '参考链接', '文／李沐阳', '初审：', '投稿邮箱：news@example.edu.cn', '长按二维码关注我们'].map((s) => html.indexOf(s))
    expect(order.every((at) => at >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
  })

  it('column templates are text: one paragraph per line, escaped', () => {
    const html = content({ column: { name: '栏', slug: 'l', wechat: { header: '<b>开头</b>\n\n第二行', footer: '<script>x</script>' } } })
    expect(html).toMatch(/<p[^>]*>&lt;b&gt;开头&lt;\/b&gt;<\/p><p[^>]*>第二行<\/p>/)
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;')
    expect(content({ column: 5 })).not.toContain('早鸟行动')
  })

  it('title, author, digest, 阅读原文 and comments come from the item by default', () => {
    const article = renderWechat(snapshot(), account()).articles[0]
    expect(article).toMatchObject({
      title: '我校学子在全国大学生创新大赛中获一等奖',
      author: '李沐阳',
      digest: '11 月 28 日，第十届全国大学生创新大赛决赛落幕，我校代表队获得一等奖。',
      contentSourceUrl: 'https://news.example.edu.cn/articles/42',
      needOpenComment: 0,
      onlyFansCanComment: 0,
    })
  })

  it('微信设置 overrides title, author, digest, cover, theme, comments and 阅读原文', () => {
    const wechat = {
      title: '创新大赛一等奖',
      author: '校团委',
      digest: '我校获全国一等奖',
      cover: { id: 70, mimeType: 'image/png', width: 1000, height: 1000, focalX: 50, focalY: 50 },
      theme: 'red',
      comments: 'fans',
      sourceUrl: 'https://www.example.org/original',
    }
    const out = renderWechat(snapshot({ wechat }), account())
    const article = out.articles[0]
    expect(article).toMatchObject({
      title: '创新大赛一等奖',
      author: '校团委',
      digest: '我校获全国一等奖',
      contentSourceUrl: 'https://www.example.org/original',
      needOpenComment: 1,
      onlyFansCanComment: 1,
    })
    expect(article.cover?.mediaId).toBe(70)
    expect(elements(article.content).find((e) => e.tag === 'h2')!.attrs.style).toContain('#b71c1c')
    expect(renderWechat(snapshot({ wechat: { comments: 'open' } }), account()).articles[0]).toMatchObject({ needOpenComment: 1, onlyFansCanComment: 0 })
    // Account defaults: wechatComments, or the short commentsOpen flag; the item's choice wins.
    expect(renderWechat(snapshot(), account({ wechatComments: 'fans' })).articles[0]).toMatchObject({ needOpenComment: 1, onlyFansCanComment: 1 })
    expect(renderWechat(snapshot(), account({ commentsOpen: true })).articles[0]).toMatchObject({ needOpenComment: 1, onlyFansCanComment: 0 })
    expect(renderWechat(snapshot({ wechat: { comments: 'closed' } }), account({ commentsOpen: true })).articles[0]).toMatchObject({ needOpenComment: 0 })
  })

  it('theme falls back from the item to the account default to 默认', () => {
    const h2 = (extra: Record<string, unknown>, settings: Record<string, unknown>) =>
      elements(renderWechat(snapshot(extra), account(settings)).articles[0].content).find((e) => e.tag === 'h2')!.attrs.style
    expect(h2({}, { wechatTheme: 'campus' })).toContain('#1b7a5a')
    expect(h2({ wechat: { theme: 'red' } }, { wechatTheme: 'campus' })).toContain('#b71c1c')
    expect(h2({ wechat: { theme: 'no-such' } }, {})).toBe(h2({}, {}))
  })

  it('digest without summary: the start of the body, cut at 120 characters with an ellipsis', () => {
    const long = '校'.repeat(300)
    const article = renderWechat(snapshot({ summary: '', body: editorState(para(textNode(long))) }), account()).articles[0]
    expect([...article.digest]).toHaveLength(120)
    expect(article.digest.endsWith('…')).toBe(true)
    expect(renderWechat(snapshot({ summary: null, body: editorState(para(textNode('短正文'))) }), account()).articles[0].digest).toBe('短正文')
  })

  it('cover crops: the largest 2.35:1 and 1:1 rectangles around the focal point, normalised', () => {
    // 4000×3000, focus (30 %, 40 %): 2.35:1 is 4000×1702 from y=349; 1:1 is 3000×3000 pushed to the left edge.
    const cover = renderWechat(snapshot(), account()).articles[0].cover!
    expect(cover.mediaId).toBe(7)
    expect(cover.crop235).toBe('0.000000_0.116333_1.000000_0.683667')
    expect(cover.crop11).toBe('0.000000_0.000000_0.750000_1.000000')
    for (const crop of [cover.crop235, cover.crop11]) {
      const [x1, y1, x2, y2] = crop.split('_').map(Number)
      expect(crop).toMatch(/^(\d\.\d{1,6}_){3}\d\.\d{1,6}$/)
      expect(0 <= x1 && x1 < x2 && x2 <= 1 && 0 <= y1 && y1 < y2 && y2 <= 1).toBe(true)
    }
    const tall = renderWechat(snapshot({ cover: { id: 8, mimeType: 'image/jpeg', width: 1000, height: 2000, focalX: 50, focalY: 90 } }), account()).articles[0].cover!
    // 1000×426 band kept around y = 1800, inside the image: 1574..2000 → 0.787..1.
    expect(tall.crop235).toBe('0.000000_0.787000_1.000000_1.000000')
  })

  it('without a cover the first body image is used, with a note; without any image validate refuses', () => {
    const out = renderWechat(snapshot({ cover: null }), account())
    expect(out.articles[0].cover).toEqual({ mediaId: 101, crop235: '0_0_1_1', crop11: '0_0_1_1' })
    expect(out.warnings).toContain('未设置封面，已使用正文第一张图片作为微信封面')
    const bare = snapshot({ cover: null, body: editorState(para(textNode('只有文字'))) })
    expect(validateWechat(bare, account())).toEqual(['微信封面（thumb_media_id）：缺少封面图片；请设置封面，或在“微信设置”中选择封面'])
  })

  it('a video: its poster is the cover and a note says the video is behind 阅读原文', () => {
    const out = renderWechat(snapshot({ collection: 'videos', cover: null, poster: { id: 33, mimeType: 'image/jpeg', width: 1920, height: 1080 } }), account())
    expect(out.articles[0].cover?.mediaId).toBe(33)
    expect(out.articles[0].contentSourceUrl).toBe('https://news.example.edu.cn/videos/42')
    expect(out.warnings.some((w) => w.includes('阅读原文'))).toBe(true)
  })
})

describe('validateWechat: limits with clear Chinese messages', () => {
  it('a valid item has no problems', () => {
    expect(validateWechat(snapshot(), account())).toEqual([])
  })

  it('title over 32, author over 8, digest over 120 (from the item or from 微信设置)', () => {
    const problems = validateWechat(
      snapshot({ title: '标'.repeat(33), summary: '摘'.repeat(121), credits: [{ role: 'text', name: '欧阳' }, { role: 'text', name: '司马相如' }, { role: 'text', name: '诸葛' }] }),
      account(),
    )
    expect(problems).toEqual([
      '微信标题 33 字，超过上限 32 字（安徽某大学）',
      '微信摘要 121 字，超过上限 120 字（安徽某大学）',
      '微信作者 10 字，超过上限 8 字（安徽某大学）',
    ])
    // An override that fits makes the item's long title acceptable.
    expect(validateWechat(snapshot({ title: '标'.repeat(40), wechat: { title: '短标题' } }), account())).toEqual([])
  })

  it('content of 20,000 characters or more is refused, counting the markup', () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) => para(textNode(`第${i}段`.padEnd(90, '文'))))
    const problems = validateWechat(snapshot({ body: editorState(...paragraphs) }), account())
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^微信正文（content）排版后共 [\d,]+ 字符（含样式代码），须少于 20,000 字符；请精简正文或拆分为多篇$/)
    const fits = Array.from({ length: 60 }, (_, i) => para(textNode(`第${i}段`.padEnd(90, '文'))))
    expect(validateWechat(snapshot({ body: editorState(...fits) }), account())).toEqual([])
  })

  it('阅读原文 must be http(s) and at most 1 KB', () => {
    expect(validateWechat(snapshot({ wechat: { sourceUrl: 'ftp://x.example/' } }), account())[0]).toMatch(/^微信阅读原文链接（content_source_url）须为 http\(s\) 地址且不超过 1 KB/)
    expect(validateWechat(snapshot({ wechat: { sourceUrl: `https://x.example/${'a'.repeat(1100)}` } }), account())).toHaveLength(1)
  })

  it('a cover that is not an image is refused, naming the field', () => {
    expect(validateWechat(snapshot({ wechat: { cover: { id: 5, mimeType: 'video/mp4' } } }), account())).toEqual(['微信封面（thumb_media_id）：所选文件不是图片（video/mp4）'])
  })

  it('an empty title is refused', () => {
    expect(validateWechat(snapshot({ title: '  ' }), account())).toContain('微信标题（title）不能为空')
  })

  it('warns about ™ ® © in the title (45003 reported below 32 characters)', () => {
    expect(renderWechat(snapshot({ title: 'Rongmei™ 发布' }), account()).warnings.some((w) => w.includes('45003'))).toBe(true)
  })
})
