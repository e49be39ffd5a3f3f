import { describe, expect, it } from 'vitest'

import { pagesToRelayout, plannerRows, sortedWarnings } from '../../admin/newspaper/plannerRows'

/** The issue planner's rows: where each pooled story landed, warnings problems-first, pages to re-lay out. */
const issue = {
  id: 1,
  pages: [
    { number: 1, name: '要闻', needsRelayout: false },
    { number: 2, name: '校园', needsRelayout: true },
  ],
  stories: [
    { item: 7, priority: 9, copy: { headline: '开学典礼' } },
    { item: { id: 8 }, priority: 5, page: 2, headline: '印刷标题', copy: { headline: '原标题' } },
    { item: 9, copy: { headline: '简讯一则' } },
    { item: 10, copy: { headline: '排不下的稿件' } },
  ],
  layout: {
    pages: [
      { number: 1, name: '要闻', stories: ['7', '9'], blocks: [{ storyId: '7', part: 0, kind: 'story' }, { storyId: '9', part: 0, kind: 'brief' }] },
      { number: 2, name: '校园', stories: ['8', '7'], blocks: [{ storyId: '8', part: 0, kind: 'story' }, { storyId: '7', part: 1, kind: 'continuation' }] },
    ],
    warnings: [
      { level: 'info' as const, code: 'jump', message: '《开学典礼》在第1版排不下，下转第2版' },
      { level: 'warning' as const, code: 'underset', message: '第2版（校园）底部空 4 行' },
      { level: 'error' as const, code: 'unplaced', message: '《排不下的稿件》未能排入本期' },
    ],
  },
}

describe('issue planner rows', () => {
  it('says where each story stands, with jumps, briefs and the editor’s page', () => {
    expect(plannerRows(issue)).toEqual([
      { storyId: '7', headline: '开学典礼', priority: 9, pinned: null, placed: '第1版，转第2版' },
      { storyId: '8', headline: '印刷标题', priority: 5, pinned: 2, placed: '第2版' },
      { storyId: '9', headline: '简讯一则', priority: 5, pinned: null, placed: '第1版（简讯）' },
      { storyId: '10', headline: '排不下的稿件', priority: 5, pinned: null, placed: '未排入' },
    ])
    expect(plannerRows({ ...issue, layout: null })[0].placed).toBe('尚未排版')
  })
  it('lists problems first and the pages to re-lay out', () => {
    expect(sortedWarnings(issue).map((w) => w.code)).toEqual(['unplaced', 'underset', 'jump'])
    expect(pagesToRelayout(issue)).toEqual([2])
  })
})
