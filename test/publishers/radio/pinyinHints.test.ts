import { describe, expect, it } from 'vitest'

import { isCommonHanzi } from '../../../publishers/radio/render/gb2312'
import { pinyinHints } from '../../../publishers/radio/render/pinyinHints'

const marks = (line: string) => pinyinHints(line).map((hint) => `${hint.char}:${hint.pinyin}:${hint.reason}`)

describe('pinyin hints (注音)', () => {
  it.each([
    ['他在银行工作。', ['行:háng:polyphone']],
    ['行长来了。', ['行:háng:polyphone', '长:zhǎng:polyphone']],
    ['孩子长大了。', ['长:zhǎng:polyphone']],
    ['调查组到达现场。', ['调:diào:polyphone']],
    ['重庆来的同学。', ['重:chóng:polyphone']],
    ['乐队演出。', ['乐:yuè:polyphone']],
  ])('marks a polyphone read differently in context: %s', (line, expected) => {
    expect(marks(line)).toEqual(expected)
  })

  it('leaves polyphones alone when the context reading is the usual one', () => {
    expect(marks('他们很快乐。')).toEqual([])
    expect(marks('长度为三米。')).toEqual([])
    expect(marks('我曾经去过那里。')).toEqual([])
    expect(marks('他还在图书馆。')).toEqual([])
  })

  it('corrects pinyin-pro with the project overrides: 还钱 huán, the surname 曾 zēng', () => {
    expect(marks('他按时还钱。')).toEqual(['还:huán:override'])
    expect(marks('同学们去还书。')).toEqual(['还:huán:override'])
    expect(marks('曾老师说。')).toEqual(['曾:zēng:override'])
    expect(marks('曾小明同学发言。')).toEqual(['曾:zēng:override'])
    expect(marks('记者曾明报道。')).toEqual(['曾:zēng:override'])
    expect(marks('单老师上课。')).toEqual(['单:shàn:override'])
  })

  it('marks rare characters (outside GB2312 level 1) with their reading', () => {
    expect(marks('王赟获奖。')).toEqual(['赟:yūn:rare'])
    expect(isCommonHanzi('学')).toBe(true)
    expect(isCommonHanzi('赟')).toBe(false)
    expect(isCommonHanzi('啊')).toBe(true)
    expect(isCommonHanzi('座')).toBe(true)
  })

  it('gives offsets into the line', () => {
    const [hint] = pinyinHints('去银行')
    expect(hint).toMatchObject({ index: 2, char: '行' })
  })

  it('does not bury the useful hints under particles (了 的 得 一 不)', () => {
    expect(marks('他跑得快，一个不落，看完了。')).toEqual([])
  })
})
