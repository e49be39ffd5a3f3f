import { WECHAT_THEMES } from '../../publishers/wechat/render/themes'
import { formatShanghaiTime } from '../reviewRecord/formatTime'
import { defaultFormat } from './diffVersions'
import type { FieldSpec } from './types'

/** Same labels as CREDIT_ROLES in collections/fields/content.ts (not imported: this folder stays free of Payload). */
const CREDIT_ROLE_ZH: Record<string, string> = { text: '文', photo: '图', video: '视频', editor: '编辑', proof: '校对' }

/** A credit row { role, user | name } → '文：张三'. */
export function formatCredit(value: unknown): string {
  const credit = (value ?? {}) as { role?: string; name?: string | null; user?: unknown }
  const who = credit.name?.trim() || defaultFormat(credit.user)
  return `${CREDIT_ROLE_ZH[credit.role ?? ''] ?? credit.role ?? ''}：${who}`
}

/** 留言 choices as collections/fields/wechat.ts labels them (not imported: this folder stays free of Payload). */
const WECHAT_COMMENTS_ZH: Record<string, string> = { closed: '关闭留言', open: '所有人可留言', fans: '仅关注者可留言' }

/** The 微信设置 group → one line per field that is set ('微信标题：…'), so a reviewer sees what WeChat will get. */
export function formatWechat(value: unknown): string {
  const group = (value ?? {}) as Record<string, unknown>
  const theme = WECHAT_THEMES.find((t) => t.value === group.theme)?.label ?? group.theme
  const lines: [string, unknown][] = [
    ['微信标题', group.title],
    ['微信作者', group.author],
    ['微信摘要', group.digest],
    ['微信封面', group.cover == null ? null : defaultFormat(group.cover)],
    ['排版主题', theme],
    ['留言', WECHAT_COMMENTS_ZH[String(group.comments)] ?? group.comments],
    ['阅读原文', group.sourceUrl],
  ]
  return lines
    .filter(([, v]) => v != null && v !== '')
    .map(([label, v]) => `${label}：${String(v)}`)
    .join('\n')
}

/**
 * The fields of an article or a video a reviewer compares (a field neither version has is skipped), in reading order. Relationships (column, cover,
 * targets) show their name when the versions were read populated, their id otherwise.
 */
export const CONTENT_DIFF_FIELDS: readonly FieldSpec[] = [
  { name: 'kicker', label: '眉题', kind: 'text' },
  { name: 'title', label: '标题', kind: 'text' },
  { name: 'subtitle', label: '副题', kind: 'text' },
  { name: 'summary', label: '摘要', kind: 'text' },
  { name: 'body', label: '正文', kind: 'richText' },
  { name: 'cover', label: '封面', kind: 'value' },
  { name: 'video', label: '视频文件', kind: 'value' },
  { name: 'poster', label: '视频封面', kind: 'value' },
  { name: 'subtitles', label: '字幕', kind: 'value' },
  { name: 'transcript', label: '文字稿', kind: 'text' },
  { name: 'credits', label: '署名', kind: 'list', format: formatCredit },
  { name: 'column', label: '栏目', kind: 'value' },
  { name: 'tags', label: '标签', kind: 'list' },
  { name: 'source', label: '来源', kind: 'text' },
  { name: 'wechat', label: '微信设置', kind: 'text', format: formatWechat },
  { name: 'targets', label: '发布渠道账号', kind: 'list' },
  {
    name: 'scheduledAt',
    label: '定时发布时间',
    kind: 'value',
    format: (value) => (typeof value === 'string' || value instanceof Date ? formatShanghaiTime(value) : defaultFormat(value)),
  },
]
