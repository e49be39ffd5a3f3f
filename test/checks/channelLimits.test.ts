import { describe, expect, it } from 'vitest'

import { CHANNEL_LIMITS, checkChannelLimits, type ChannelLimitSpec } from '../../workflow/checks/channelLimits'
import { WEIBO_COUNTING, weiboLength } from '../../workflow/checks/weiboLength'

const WECHAT = { kind: 'wechat', name: '青春汤院微信公众号' }
const WEIBO = { kind: 'weibo', name: '汤溪学院官方微博' }
const cjk = (n: number) => '汉'.repeat(n)

describe('weiboLength', () => {
  it('counts CJK 1, ASCII ½ rounded up, any other code point 1', () => {
    expect(weiboLength('')).toBe(0)
    expect(weiboLength('a')).toBe(1)
    expect(weiboLength('ab')).toBe(1)
    expect(weiboLength('汉字abc')).toBe(4) // 2 + 1.5
    expect(weiboLength('，。！')).toBe(3) // full-width punctuation is not ASCII
    expect(weiboLength('😀')).toBe(1) // one code point, two UTF-16 units
    expect(weiboLength('👨‍👩‍👧')).toBe(5) // three emoji joined by two ZWJ code points
  })

  it('counts each URL as a fixed length whatever its own', () => {
    expect(weiboLength('看https://example.com/a?b=1')).toBe(21)
    expect(weiboLength('https://a.cn/ 和 http://b.cn/x')).toBe(42) // 20 + ' 和 ' (0.5 + 1 + 0.5) + 20
    expect(weiboLength('早鸟🐦 Early Bird https://t.cn/abc')).toBe(29) // 2 + 1 + 6 + 20
    expect(weiboLength('链接 https://t.cn/abc', { ...WEIBO_COUNTING, urlLength: 10 })).toBe(13)
  })
})

describe('checkChannelLimits', () => {
  it('blocks a WeChat title over 32 characters, stating the count and the limit', () => {
    expect(checkChannelLimits({ title: cjk(35) }, [WECHAT])).toEqual([
      {
        id: 'channel-limit:wechat:title',
        kind: 'channel-limit',
        level: 'block',
        field: 'channel.wechat.title',
        channel: { kind: 'wechat', names: ['青春汤院微信公众号'] },
        count: 35,
        limit: 32,
        message: '微信标题 35 字，超过上限 32 字（青春汤院微信公众号）',
      },
    ])
    expect(checkChannelLimits({ title: cjk(32) }, [WECHAT])).toEqual([])
    // Characters, not UTF-16 units: 32 emoji are 64 units but 32 characters.
    expect(checkChannelLimits({ title: '😀'.repeat(32) }, [WECHAT])).toEqual([])
  })

  it('checks the per-channel override instead of the item field when there is one', () => {
    expect(checkChannelLimits({ title: cjk(40), overrides: { wechat: { title: cjk(20) } } }, [WECHAT])).toEqual([])
    expect(checkChannelLimits({ title: cjk(10), overrides: { wechat: { title: cjk(33) } } }, [WECHAT])).toMatchObject([{ count: 33 }])
  })

  it('checks the digest (summary or override) ≤ 120 and the author (text credits or override) ≤ 8', () => {
    const item = {
      title: '短标题',
      summary: cjk(121),
      credits: [
        { role: 'text', name: '李沐阳' },
        { role: 'text', user: { name: '张可欣' } },
        { role: 'photo', name: '王浩然' },
        { role: 'text', name: '欧阳明月' },
      ],
    }
    expect(checkChannelLimits(item, [WECHAT]).map(({ field, count, limit, message }) => [field, count, limit, message])).toEqual([
      ['channel.wechat.digest', 121, 120, '微信摘要 121 字，超过上限 120 字（青春汤院微信公众号）'],
      ['channel.wechat.author', 12, 8, '微信作者 12 字，超过上限 8 字（青春汤院微信公众号）'], // 李沐阳、张可欣、欧阳明月
    ])
    expect(checkChannelLimits({ ...item, overrides: { wechat: { digest: cjk(120), author: '校团委' } } }, [WECHAT])).toEqual([])
  })

  it('composes the Weibo text as the Weibo renderer does (summary cut at a sentence, link appended) and counts it against 140', () => {
    // A long title leaves no room: 2 + 120 + ½ (space) + 20 (link) = 142.5 → 143, the summary dropped entirely.
    const item = { title: cjk(120), summary: cjk(30) }
    expect(checkChannelLimits(item, [WEIBO])).toEqual([
      {
        id: 'channel-limit:weibo:text',
        kind: 'channel-limit',
        level: 'block',
        field: 'channel.weibo.text',
        channel: { kind: 'weibo', names: ['汤溪学院官方微博'] },
        count: 143,
        limit: 140,
        message:
          '微博正文 143 字，超过上限 140 字（按微博方式计数：汉字 1，英文半角 ½，每个链接 20，含自动附上的稿件链接；摘要会在句末自动截断）（汤溪学院官方微博）',
      },
    ])
    // A long summary is cut at a sentence boundary by the renderer, so it never blocks by itself.
    expect(checkChannelLimits({ title: cjk(20), summary: `${cjk(60)}。${cjk(60)}。` }, [WEIBO])).toEqual([])
    // An override is counted with the link appended: 118 + ½ + 20 = 138.5 → 139 passes; 121 + ½ + 20 → 142 blocks.
    expect(checkChannelLimits({ ...item, overrides: { weibo: { text: cjk(118) } } }, [WEIBO])).toEqual([])
    expect(checkChannelLimits({ ...item, overrides: { weibo: { text: cjk(121) } } }, [WEIBO]).map((f) => f.count)).toEqual([142])
  })

  it('reports once per channel kind naming every account, and ignores kinds without limits', () => {
    const found = checkChannelLimits({ title: cjk(33) }, [WECHAT, { kind: 'wechat', name: '汤溪学院' }, { kind: 'website', name: '融媒网站' }])
    expect(found).toHaveLength(1)
    expect(found[0].channel).toEqual({ kind: 'wechat', names: ['青春汤院微信公众号', '汤溪学院'] })
    expect(found[0].message).toBe('微信标题 33 字，超过上限 32 字（青春汤院微信公众号、汤溪学院）')
  })

  it('lets a new channel add its own entry as data', () => {
    const limits: Record<string, ChannelLimitSpec> = {
      ...CHANNEL_LIMITS,
      yiban: { label: '易班', rules: [{ field: 'title', label: '易班标题', limit: 50, text: ({ item }) => item.title }] },
    }
    const item = { title: cjk(51) }
    expect(checkChannelLimits(item, [{ kind: 'yiban', name: '易班' }], limits).map(({ message }) => message)).toEqual(['易班标题 51 字，超过上限 50 字（易班）'])
    expect(checkChannelLimits(item, [{ kind: 'yiban', name: '易班' }])).toEqual([])
  })
})
