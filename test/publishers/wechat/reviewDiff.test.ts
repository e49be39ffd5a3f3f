import { describe, expect, it } from 'vitest'

import { CONTENT_DIFF_FIELDS, diffVersions } from '../../../workflow/diff'

/** 微信设置 is approved content: a reviewer comparing two rounds sees what WeChat will receive change. */
describe('微信设置 in the reviewer’s diff', () => {
  it('shows changed WeChat fields by their Chinese names', () => {
    const before = { title: '标题', wechat: { title: '旧的微信标题', theme: 'default', comments: 'closed', cover: null } }
    const after = { title: '标题', wechat: { title: '新的微信标题', theme: 'red', comments: 'fans', cover: { id: 4, filename: 'cover.jpg' } } }
    const [diff, ...rest] = diffVersions(before, after, CONTENT_DIFF_FIELDS)
    expect(rest).toEqual([])
    expect(diff.label).toBe('微信设置')
    const inserted = diff.parts.filter((p) => p.op === 'insert').map((p) => p.text).join('')
    const deleted = diff.parts.filter((p) => p.op === 'delete').map((p) => p.text).join('')
    expect(inserted).toContain('新')
    expect(inserted).toContain('红色主题')
    expect(inserted).toContain('仅关注者可')
    expect(inserted).toContain('微信封面：cover.jpg')
    expect(deleted).toContain('旧')
    expect(deleted).toContain('默认')
    expect(deleted).toContain('关闭')
  })

  it('an unchanged or empty group shows nothing', () => {
    const group = { title: null, digest: '', theme: null }
    expect(diffVersions({ wechat: group }, { wechat: { ...group } }, CONTENT_DIFF_FIELDS)).toEqual([])
    expect(diffVersions({ wechat: null }, { wechat: group }, CONTENT_DIFF_FIELDS)).toEqual([])
  })
})
