import { describe, expect, it } from 'vitest'

import { richText } from '../../seed/lexical'
import { DEMO_ARTICLES } from '../../seed/articles'
import { lexicalToText } from '../../workflow/text/lexicalText'
import { BUILT_IN_TYPOS, mergeTypoPairs } from '../../workflow/checks/typoList'
import { getTypoMatcher, TypoMatcher } from '../../workflow/checks/typos'

const builtIn = new TypoMatcher(BUILT_IN_TYPOS)

describe('the built-in typo list', () => {
  it('has at least 200 distinct pairs whose corrections differ from the wrong forms', () => {
    expect(BUILT_IN_TYPOS.length).toBeGreaterThanOrEqual(200)
    expect(new Set(BUILT_IN_TYPOS.map((pair) => pair.wrong)).size).toBe(BUILT_IN_TYPOS.length)
    for (const { wrong, right, except } of BUILT_IN_TYPOS) {
      expect(right, wrong).not.toBe(wrong)
      expect([...right].length, wrong).toBe([...wrong].length)
      for (const context of except ?? []) expect(context, wrong).toContain(wrong)
    }
  })

  it('does not flag its own corrections (correcting a typo never creates another)', () => {
    for (const { right } of BUILT_IN_TYPOS) expect(builtIn.scan({ field: 'body', text: `他说：${right}。` }), right).toEqual([])
  })

  it('finds nothing in the demo articles', () => {
    for (const article of DEMO_ARTICLES) {
      const fields = {
        title: article.title,
        kicker: article.kicker ?? '',
        subtitle: article.subtitle ?? '',
        summary: article.summary,
        body: lexicalToText(richText(article.body)).text,
        cover: [article.cover.alt, article.cover.caption, article.cover.credit].join('\n'),
        credits: article.credits.map((credit) => credit.name ?? '').join('、'),
      }
      for (const [field, text] of Object.entries(fields)) expect(builtIn.scan({ field, text }), `${article.title} ${field}`).toEqual([])
    }
  })

  it('finds nothing in correct sentences that contain a wrong form across a word boundary', () => {
    const sentences = [
      '这款应用既使用方便，又保护隐私。',
      '新规既使得流程更清楚，也既使人安心。',
      '请沿虚线按装订顺序整理材料。',
      '他随即然后又补充了两点意见。',
      '学校持续开展预防犯罪宣传教育。',
      '团队研究竞争机制，也研究竞赛规则。',
      '比赛完毕竞赛组委会公布成绩，毕竟争取到了宝贵经验。',
      '这是一颗智慧星球，时代变迁徒留回忆。',
      '沿着山脉博物馆一路向西，动脉博士后在此工作。',
      '学院公开发布署名文章，倘佯装不知也无济于事。',
      '即使下雨，活动也照常进行；既然决定了，就再接再厉。',
      '安装调试完成后，同学们一鼓作气、迫不及待地川流不息涌入场馆，谈笑风生。',
      '攻坚难度很大，但天赋于三岁就已显现，风格守正创新，挖掘起来并不容易。',
      '青春汤院微信公众号发布了“早鸟行动”晨读打卡活动的报道，部分学院在体育馆东侧设点。',
    ]
    for (const text of sentences) expect(builtIn.scan({ field: 'body', text }), text).toEqual([])
  })
})

describe('TypoMatcher', () => {
  it('reports a typo as a warning with exact positions and the suggestion', () => {
    expect(builtIn.scan({ field: 'title', text: '希望同学们再接再励' })).toEqual([
      {
        id: 'typo:title:5:再接再励',
        kind: 'typo',
        level: 'warn',
        field: 'title',
        start: 5,
        end: 9,
        match: '再接再励',
        suggestion: '再接再厉',
        message: '标题第 6 字疑似错别字“再接再励”，应为“再接再厉”',
      },
    ])
  })

  it('flags a wrong form outside its exception contexts, and every occurrence', () => {
    const found = builtIn.scan({ field: 'summary', text: '既使用方便，既使下雨也按装好，按装订线' })
    expect(found.map(({ match, start, suggestion }) => [match, start, suggestion])).toEqual([
      ['既使', 6, '即使'],
      ['按装', 11, '安装'],
    ])
  })

  it('reports a wrong form nested in a longer one once, as the longer one', () => {
    expect(builtIn.scan({ field: 'body', text: '行踪鬼鬼崇崇，有鬼崇' }).map(({ match, start }) => [match, start])).toEqual([
      ['鬼鬼崇崇', 2],
      ['鬼崇', 8],
    ])
  })

  it('positions in emoji-rich text in UTF-16 and code points', () => {
    const [finding] = builtIn.scan({ field: 'title', text: '🎉🎉一股作气' })
    expect(finding).toMatchObject({ start: 4, end: 8, charStart: 2, charEnd: 6, suggestion: '一鼓作气' })
  })
})

describe('admin-maintained pairs', () => {
  it('adds pairs, replaces built-in suggestions and removes built-in pairs', () => {
    const merged = mergeTypoPairs([
      { wrong: '登陆账号', right: '登录账号' },
      { wrong: '部份', right: '' },
      { wrong: '既使', right: '即使', except: ['既使用', '不相干'] },
      { wrong: '  ', right: 'x' },
    ])
    expect(merged.length).toBe(BUILT_IN_TYPOS.length)
    expect(merged.find((pair) => pair.wrong === '既使')).toEqual({ wrong: '既使', right: '即使', except: ['既使用'] })
    const matcher = getTypoMatcher([{ wrong: '登陆账号', right: '登录账号' }, { wrong: '部份', right: '' }])
    expect(matcher.scan({ field: 'body', text: '请登陆账号查看部份内容' }).map(({ match, suggestion }) => [match, suggestion])).toEqual([['登陆账号', '登录账号']])
    expect(getTypoMatcher([{ wrong: '登陆账号', right: '登录账号' }, { wrong: '部份', right: '' }])).toBe(matcher)
    expect(getTypoMatcher()).not.toBe(matcher)
  })
})
