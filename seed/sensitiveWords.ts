/** A handful of demo entries for the sensitive-word list (the real list is maintained by 宣传部). */
export const DEMO_SENSITIVE_WORDS: readonly { word: string; level: 'block' | 'warn'; category: string; note?: string }[] = [
  { word: '代写论文', level: 'block', category: '学术不端', note: '涉及学术不端的广告，一律不得刊发。' },
  { word: '刷单兼职', level: 'block', category: '诈骗', note: '常见电信诈骗话术。' },
  { word: '校园贷', level: 'warn', category: '金融风险', note: '防范类宣传可用，需审核确认语境。' },
  { word: '网络赌博', level: 'block', category: '违法信息' },
  { word: '内部消息', level: 'warn', category: '不实信息', note: '未经核实的“内部消息”不得作为新闻来源。' },
  { word: '翻墙', level: 'warn', category: '网络安全' },
]
