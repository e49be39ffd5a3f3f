import { describe, expect, it } from 'vitest'

import { affectedTags, isSiteTag, siteTags } from '../../publishers/website/cache/tags'

/** Which cached pages and feeds a change expires (publishers/website/cache/tags.ts). */
describe('site cache tags', () => {
  it('a published article touches its page, the lists, its column, its tags, the sitemap and showcases listing it', () => {
    const tags = affectedTags('articles', { id: 7, _status: 'published', column: { id: 3 }, tags: ['迎新', 'AI'] })
    expect(tags.sort()).toEqual(
      [siteTags.item('articles', 7), siteTags.articles, siteTags.sitemap, siteTags.work('articles', 7), siteTags.column(3), siteTags.tag('迎新'), siteTags.tag('AI')].sort(),
    )
    expect(tags.every(isSiteTag)).toBe(true)
  })

  it('moving a live article to another column or retagging it refreshes the old pages and the new', () => {
    const tags = affectedTags('articles', { id: 7, _status: 'published', column: 4, tags: ['新'] }, { id: 7, _status: 'published', column: 3, tags: ['旧'] })
    expect(tags).toEqual(expect.arrayContaining([siteTags.column(3), siteTags.column(4), siteTags.tag('旧'), siteTags.tag('新')]))
  })

  it('撤稿 (published → draft) still expires what showed the item; a draft save of an unpublished item touches nothing', () => {
    expect(affectedTags('articles', { id: 7, _status: 'draft', column: 3 }, { id: 7, _status: 'published', column: 3 })).toContain(siteTags.item('articles', 7))
    expect(affectedTags('articles', { id: 8, _status: 'draft', column: 3 }, { id: 8, _status: 'draft', column: 3 })).toEqual([])
    expect(affectedTags('videos', { id: 2, _status: 'draft' }, null)).toEqual([])
  })

  it('videos, projects and columns', () => {
    expect(affectedTags('videos', { id: 2, _status: 'published' }).sort()).toEqual([siteTags.item('videos', 2), siteTags.sitemap, siteTags.work('videos', 2)].sort())
    expect(affectedTags('cultural-projects', { id: 5, _status: 'published' }).sort()).toEqual([siteTags.item('cultural-projects', 5), siteTags.sitemap].sort())
    expect(affectedTags('columns', { id: 3 })).toEqual(expect.arrayContaining([siteTags.column(3), siteTags.columns, siteTags.articles]))
  })

  it('only the site’s own ASCII tags may be revalidated from outside', () => {
    expect(isSiteTag('site:articles')).toBe(true)
    expect(isSiteTag(siteTags.tag('中文 标签'))).toBe(true)
    for (const bad of ['_N_T_/articles/1', 'site:中文', 'site:a b', 'x'.repeat(300), 42, null]) expect(isSiteTag(bad), String(bad)).toBe(false)
  })
})
