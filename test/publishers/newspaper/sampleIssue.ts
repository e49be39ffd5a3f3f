import sharp from 'sharp'

import type { PrintIssue, PrintStory } from '../../../publishers/newspaper/model'

/**
 * A 4-page 四开 issue with 16 stories of very different lengths (briefs to long features), three photos, and
 * text that contains Typst syntax. Deterministic: the same issue every run.
 */
const PHRASES = [
  '学校召开新学期工作部署会，对教学、科研和学生工作作出全面安排',
  '与会人员围绕人才培养质量、学科建设和校园安全等议题展开深入讨论',
  '图书馆自本周起延长开放时间，工作日开放至晚上十点半',
  '来自全校二十三个学院的三千余名新生参加了开学典礼',
  '志愿者们走进周边社区，为老人提供智能手机使用辅导和义诊服务',
  '据统计，今年共有一百二十六个项目获得大学生创新创业训练计划立项',
  '活动现场气氛热烈，同学们纷纷表示收获很大',
  '下一步，学校将持续推进“三全育人”综合改革，完善协同育人机制',
  '运动会历时三天，共有四十二个代表队的一千八百余名运动员参赛',
  '该团队研发的AI辅助诊断系统在2026年全国大赛中获得一等奖',
  '校园食堂推出了二十余道新菜品，并在小程序上公开每日菜单和价格',
  '讲座中，专家结合大量案例，深入浅出地阐释了科学精神的内涵',
]

function paragraphs(seed: number, chars: number): string[] {
  const out: string[] = []
  let current = ''
  let i = seed
  let total = 0
  while (total < chars) {
    const phrase = PHRASES[i % PHRASES.length]
    current += phrase + (i % 3 === 2 ? '。' : '，')
    total += phrase.length + 1
    i += seed % 5 + 1
    if (current.length > 120 + (seed % 4) * 40) {
      out.push(current.replace(/，$/, '。'))
      current = ''
    }
  }
  if (current) out.push(current.replace(/，$/, '。'))
  return out
}

const HEADLINES = [
  '学校隆重举行2026级新生开学典礼',
  '我校在全国大学生创新大赛中获一等奖',
  '图书馆延长开放时间 服务师生学习',
  '志愿者走进社区开展暖心服务',
  '第五十届校运会圆满落幕',
  '百项大创项目获批立项',
  '食堂新菜上线 菜单价格网上公开',
  '专家讲坛：科学精神与时代担当',
  '信息学院举办人工智能前沿论坛',
  '校园马拉松报名开启',
  '艺术学院师生作品亮相省美展',
  '研究生学术沙龙开讲',
  '校史馆新展厅开放',
  '秋季招聘会提供岗位三千余个',
  '心理健康月系列活动启动',
  '国际文化节展示多元风采',
]

// Story 7 carries Typst syntax that must print literally.
export const TYPST_TRAP = '#set page(fill: red) *粗体* $x^2$ [链接] <label> @ref // 注释 \\ 反斜杠 #{1+1}'

export async function samplePhoto(width = 1600, height = 1000, color = '#3a6ea5'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: color } })
    .composite([{ input: Buffer.from(`<svg width="${width}" height="${height}"><circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="#f2c14e"/></svg>`) }])
    .jpeg({ quality: 80 })
    .toBuffer()
}

export function sampleIssue(overrides: Partial<PrintIssue> = {}): PrintIssue {
  const lengths = [1200, 800, 600, 500, 900, 450, 380, 700, 550, 150, 300, 140, 260, 120, 480, 520]
  const priorities = [9, 8, 6, 5, 7, 5, 4, 6, 5, 2, 4, 2, 3, 1, 5, 4]
  const stories: PrintStory[] = lengths.map((chars, i) => ({
    id: `s${i + 1}`,
    headline: HEADLINES[i],
    kicker: i % 4 === 0 ? '聚焦新学期' : undefined,
    deck: i % 5 === 1 ? '三支团队入围决赛，一支夺冠' : undefined,
    byline: `本报记者 学生记者${i + 1}号`,
    paragraphs: i === 6 ? [`${TYPST_TRAP}。`, ...paragraphs(i + 3, chars)] : paragraphs(i + 3, chars),
    priority: priorities[i],
    photo: i === 0 || i === 4 || i === 8 ? { key: `photo-${i + 1}`, width: 1600, height: 1000, caption: `图为${HEADLINES[i]}现场。（摄影 学生记者）` } : null,
  }))
  return {
    number: 12,
    totalNumber: 345,
    date: '2026-11-30T00:00:00.000Z',
    pageSize: 'tabloid',
    masthead: { name: '融媒大学报', sponsor: '中共融媒大学委员会', registration: '皖内资准字（2026）第001号', editorInChief: '周明', website: 'news.rongmei.edu.cn' },
    pages: [
      { number: 1, name: '要闻', template: 'front', editor: '王晓' },
      { number: 2, name: '校园', template: 'news', editor: '李然' },
      { number: 3, name: '学术', template: 'news', editor: '赵一' },
      { number: 4, name: '副刊', template: 'feature', editor: '陈思' },
    ],
    stories,
    ...overrides,
  }
}

export async function samplePhotos(): Promise<Record<string, Buffer>> {
  return { 'photo-1': await samplePhoto(), 'photo-5': await samplePhoto(1200, 900, '#7a4e9a'), 'photo-9': await samplePhoto(1000, 1000, '#2e8b57') }
}
