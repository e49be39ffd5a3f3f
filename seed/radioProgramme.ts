import { articleScript } from '../publishers/radio/render/articleScript'
import { scriptText } from '../publishers/radio/render/scriptText'
import type { DemoArticle } from './articles'
import { richText } from './lexical'

/**
 * The demo 串联单: next Wednesday's 12:10 edition of 汤青之声 on 校园之声广播台 (15 minutes), with the column's
 * article already in script form, so the rundown editor, its timing and the downloads have something to show.
 */
export const DEMO_PROGRAMME_TITLE = '汤青之声 周三午间版'

/** Next Wednesday at 12:10 Beijing time (04:10 UTC), at least a day ahead. */
export function nextWednesdayNoon(now = new Date()): string {
  const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 4, 10))
  do at.setUTCDate(at.getUTCDate() + 1)
  while (at.getUTCDay() !== 3 || at.getTime() - now.getTime() < 24 * 60 * 60 * 1000)
  return at.toISOString()
}

export function demoProgrammeItems(article: DemoArticle) {
  const script = articleScript({ ...article, body: richText(article.body) })
  return [
    { blockType: 'music', title: '栏目片头《汤青之声》', seconds: 15, segment: '开场', cue: '渐弱后压混' },
    { blockType: 'host', hostRole: 'open', announcer: '林晓', segment: '开场', text: '各位同学，中午好！这里是校园之声广播台，欢迎收听汤青之声。我是林晓。我是周扬。' },
    { blockType: 'host', hostRole: 'link', announcer: '周扬', segment: '身边的榜样', text: '三年、一千多次往返、一颗更耐旱的小麦种子。今天，我们走近博士研究生郑宇航。' },
    { blockType: 'script', title: article.title, announcer: '林晓', segment: '身边的榜样', text: scriptText(script, { hints: false }), hintedText: scriptText(script), syllables: script.syllables },
    { blockType: 'sting', title: '转场音效', seconds: 4, segment: '身边的榜样' },
    { blockType: 'insert', title: '郑宇航采访录音', seconds: 95, inCue: '第一次走进温室的时候', outCue: '这就是我想做的事', segment: '身边的榜样' },
    { blockType: 'music', title: '《追梦赤子心》（节选）', seconds: 150, segment: '音乐时间' },
    { blockType: 'float', title: '背景垫乐', seconds: 90, minSeconds: 30, maxSeconds: 300, segment: '音乐时间' },
    { blockType: 'host', hostRole: 'close', announcer: '周扬', text: '感谢收听本期汤青之声，我们下周三中午再见。' },
  ]
}

export const DEMO_ANNOUNCERS = [
  { name: '林晓', label: '女', rate: 220 },
  { name: '周扬', label: '男', rate: 230 },
]
