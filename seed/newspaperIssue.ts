import type { DeliveredCopy } from '../publishers/newspaper/model'

/**
 * The demo 校报期次: the next issue of 汤院校报 (four 四开 pages), with the demo articles in its pool as the
 * newspaper channel prints them, so 版面编排 has a paper to lay out right after `npm start`.
 */
export const DEMO_ISSUE = { number: 18, totalNumber: 612 }
export const DEMO_ISSUE_TITLE = `第${DEMO_ISSUE.number}期（总第${DEMO_ISSUE.totalNumber}期）`

/** The next Friday, at least two days ahead, as the publication day (Beijing midnight). */
export function nextIssueDate(now = new Date()): string {
  const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), -8))
  do at.setUTCDate(at.getUTCDate() + 1)
  while (at.getUTCDay() !== 4 || at.getTime() - now.getTime() < 2 * 24 * 60 * 60 * 1000)
  return at.toISOString()
}

export function demoIssueData(account: number | string, unit: number | string, stories: { item: number | string; copy: DeliveredCopy; priority: number }[]) {
  return {
    ...DEMO_ISSUE,
    date: nextIssueDate(),
    pageSize: 'tabloid' as const,
    status: 'planning' as const,
    account,
    unit,
    masthead: { name: '汤院校报', sponsor: '中共汤院委员会', registration: '皖内资准字（2021）第0086号', editorInChief: '刘建华', website: 'news.tangyuan.edu.cn' },
    pages: [
      { number: 1, name: '要闻', template: 'front' as const, editor: '王晓' },
      { number: 2, name: '校园', template: 'news' as const, editor: '李然' },
      { number: 3, name: '青春', template: 'news' as const, editor: '赵一' },
      { number: 4, name: '副刊', template: 'feature' as const, editor: '陈思' },
    ],
    stories,
  }
}
