import { describe, expect, it } from 'vitest'

import { CONTENT_DIFF_FIELDS, diffVersions, lexicalParagraphs, renderDiffHtml } from '../../workflow/diff'

/** A Lexical editor state with one paragraph per string (the shape Payload stores). */
const lexical = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    version: 1,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      version: 1,
      children: [{ type: 'text', version: 1, text, format: 0 }],
    })),
  },
})

const P1 = '我校召开2026年宣传思想工作会议，全面总结一年来的工作成绩，部署下一阶段重点任务。'
const P2 = '会议强调，要坚持正确政治方向，再接再励，推动融媒体中心建设取得新成效。'
const P3 = '各学院党委副书记、宣传委员及融媒体中心全体成员参加会议。'

const item = (overrides: Record<string, unknown> = {}) => ({
  kicker: '新闻',
  title: '我校召开宣传思想工作会议',
  subtitle: '',
  summary: '会议总结全年工作。',
  body: lexical(P1, P2, P3),
  tags: ['会议', '宣传'],
  credits: [{ role: 'text', name: '张三' }],
  cover: 12,
  targets: [3, 5],
  ...overrides,
})

describe('diffVersions', () => {
  it('gives nothing for identical versions, also with the body as serialized JSON', () => {
    expect(diffVersions(item(), item(), CONTENT_DIFF_FIELDS)).toEqual([])
    expect(diffVersions(item(), item({ body: JSON.stringify(lexical(P1, P2, P3)) }), CONTENT_DIFF_FIELDS)).toEqual([])
    expect(renderDiffHtml([])).toContain('没有改动')
  })

  it('a corrected word in a Chinese paragraph is exactly one deletion and one insertion', () => {
    const fixed = P2.replace('再接再励', '再接再厉')
    const diff = diffVersions(item(), item({ body: lexical(P1, fixed, P3) }), CONTENT_DIFF_FIELDS)
    expect(diff).toHaveLength(1)
    const [body] = diff
    expect(body).toMatchObject({ field: 'body', label: '正文', kind: 'richText' })
    expect(body.paragraphs).toHaveLength(1)
    expect(body.paragraphs![0]).toMatchObject({ change: 'changed', before: 2, after: 2 })
    const changes = body.paragraphs![0].parts.filter((p) => p.op !== 'equal')
    expect(changes).toEqual([
      { op: 'delete', text: '励' },
      { op: 'insert', text: '厉' },
    ])
    // The unchanged text around it is kept whole (short enough), so the paragraph reads back exactly.
    const after = body.paragraphs![0].parts.filter((p) => p.op !== 'delete').map((p) => p.text).join('')
    expect(after).toBe(fixed)
  })

  it('a rewritten phrase shows as one deletion and one insertion, not character confetti', () => {
    const diff = diffVersions({ title: '今天的会议在礼堂举行' }, { title: '明天上午的讨论在礼堂举行' }, [{ name: 'title', label: '标题' }])
    expect(diff[0].kind).toBe('text')
    expect(diff[0].parts).toEqual([
      { op: 'delete', text: '今天的会议' },
      { op: 'insert', text: '明天上午的讨论' },
      { op: 'equal', text: '在礼堂举行' },
    ])
  })

  it('reports added and removed paragraphs with their numbers', () => {
    const added = '会议还对优秀通讯员进行了表彰。'
    const diff = diffVersions(item(), item({ body: lexical(P1, P3, added) }), CONTENT_DIFF_FIELDS)
    expect(diff[0].paragraphs).toEqual([
      { change: 'removed', before: 2, parts: [{ op: 'delete', text: P2 }] },
      { change: 'added', after: 3, parts: [{ op: 'insert', text: added }] },
    ])
  })

  it('a paragraph rewritten beyond recognition is removed + added, not changed', () => {
    const other = '本次活动由校团委主办，共有三百余名学生参与志愿服务。'
    const diff = diffVersions(item(), item({ body: lexical(P1, other, P3) }), CONTENT_DIFF_FIELDS)
    expect(diff[0].paragraphs!.map((p) => p.change)).toEqual(['removed', 'added'])
  })

  it('cuts long unchanged text down to context around a change', () => {
    const long = '一'.repeat(200) + '二' + '三'.repeat(200)
    const diff = diffVersions({ summary: long }, { summary: long.replace('二', '四') }, [{ name: 'summary', label: '摘要' }])
    const [head, del, ins, tail] = diff[0].parts
    expect(del).toEqual({ op: 'delete', text: '二' })
    expect(ins).toEqual({ op: 'insert', text: '四' })
    expect(head).toEqual({ op: 'equal', text: '…' + '一'.repeat(20), elided: 180 })
    expect(tail).toEqual({ op: 'equal', text: '三'.repeat(20) + '…', elided: 180 })
  })

  it('diffs tags and credits as lists, and relationship values by id or name', () => {
    const diff = diffVersions(
      item(),
      item({ tags: ['会议', '融媒体'], credits: [{ role: 'text', name: '张三' }, { role: 'photo', name: '李四' }], cover: { id: 13, filename: 'cover.jpg' } }),
      CONTENT_DIFF_FIELDS,
    )
    expect(diff.map((d) => d.field)).toEqual(['cover', 'credits', 'tags'])
    const byField = Object.fromEntries(diff.map((d) => [d.field, d]))
    expect(byField.tags).toMatchObject({ label: '标签', kind: 'list' })
    expect(byField.tags.parts).toEqual([
      { op: 'equal', text: '会议' },
      { op: 'delete', text: '宣传' },
      { op: 'insert', text: '融媒体' },
    ])
    expect(byField.credits.parts).toEqual([
      { op: 'equal', text: '文：张三' },
      { op: 'insert', text: '图：李四' },
    ])
    expect(byField.cover.parts).toEqual([
      { op: 'delete', text: '12' },
      { op: 'insert', text: 'cover.jpg' },
    ])
  })

  it('an empty field that gets a value is one insertion; a cleared one is one deletion', () => {
    const diff = diffVersions(item(), item({ subtitle: '副题新加', kicker: '' }), CONTENT_DIFF_FIELDS)
    expect(diff).toEqual([
      { field: 'kicker', label: '眉题', kind: 'text', parts: [{ op: 'delete', text: '新闻' }] },
      { field: 'subtitle', label: '副题', kind: 'text', parts: [{ op: 'insert', text: '副题新加' }] },
    ])
  })

  it('is plain JSON (survives a round trip)', () => {
    const diff = diffVersions(item(), item({ title: '新标题', body: lexical(P1) }), CONTENT_DIFF_FIELDS)
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff)
  })
})

describe('lexicalParagraphs', () => {
  it('one paragraph per block and list item, images as placeholders, blank paragraphs dropped', () => {
    const state = {
      root: {
        children: [
          { type: 'heading', children: [{ type: 'text', text: '一、' }, { type: 'text', text: '总体要求' }] },
          { type: 'paragraph', children: [] },
          { type: 'paragraph', children: [{ type: 'text', text: '第一行' }, { type: 'linebreak' }, { type: 'text', text: '第二行' }] },
          { type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [{ type: 'text', text: '甲' }] }, { type: 'listitem', children: [{ type: 'text', text: '乙' }] }] },
          { type: 'upload', relationTo: 'media', value: { id: 7, alt: '会场全景' } },
        ],
      },
    }
    expect(lexicalParagraphs(state)).toEqual(['一、总体要求', '第一行\n第二行', '• 甲', '• 乙', '[图片 会场全景]'])
    expect(lexicalParagraphs(null)).toEqual([])
  })
})

describe('renderDiffHtml', () => {
  it('escapes < > & and quotes in every text, and marks insertions and deletions', () => {
    const diff = diffVersions(
      { title: 'A & B <旧>', tags: ['<script>'] },
      { title: 'A & B <新> "引号"', tags: ['x&y'] },
      [
        { name: 'title', label: '标题' },
        { name: 'tags', label: '标签<>' },
      ],
    )
    const html = renderDiffHtml(diff)
    expect(html).not.toMatch(/<script>|<旧>|<新>/)
    expect(html).toContain('A &amp; B &lt;')
    // The lone shared '>' is folded into the change around it (it reads better than '>' standing alone).
    expect(html).toContain('<del>旧&gt;</del><ins>新&gt; &quot;引号&quot;</ins>')
    expect(html).toContain('<del>&lt;script&gt;</del>')
    expect(html).toContain('<ins>x&amp;y</ins>')
    expect(html).toContain('<h4>标签&lt;&gt;</h4>')
    // Nothing but our own tags survives.
    const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]))
    expect([...tags].every((t) => ['div', 'section', 'h4', 'p', 'ul', 'li', 'ins', 'del', 'span', 'small', 'br'].includes(t))).toBe(true)
  })

  it('labels paragraph changes in Chinese', () => {
    const html = renderDiffHtml(diffVersions(item(), item({ body: lexical(P1, P3, '新增一段。') }), CONTENT_DIFF_FIELDS))
    expect(html).toContain('<h4>正文</h4>')
    expect(html).toContain('删除原第 2 段')
    expect(html).toContain('新增第 3 段')
    expect(html).toContain('<ins>新增一段。</ins>')
  })
})
