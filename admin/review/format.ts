import { FIELD_LABELS } from '../../workflow/checks/types'
import { WORKFLOW_STATES } from '../../workflow/states'
import type { Finding } from './types'
import { formatShanghaiTime } from '../../workflow/reviewRecord/formatTime'

/** Chinese label of a workflow state ('review2' → 待复审). */
export const stateLabel = (state: string | null | undefined): string =>
  WORKFLOW_STATES.find((s) => s.value === state)?.zh ?? state ?? '—'

const ACTION_ZH: Record<string, string> = {
  submit: '提交审核',
  approve: '通过',
  return: '退回修改',
  proofread: '校对',
  schedule: '定时发布',
  publish: '发布',
  withdraw: '撤稿',
  create: '创建',
  update: '修改',
  delete: '删除',
}
export const actionLabel = (action: string): string => ACTION_ZH[action] ?? action

/** How long something has waited, coarse and Chinese: 刚刚, 5 分钟, 3 小时, 2 天. */
export function age(since: string | Date | null | undefined, now: Date = new Date()): string {
  if (!since) return '—'
  const ms = now.getTime() - new Date(since).getTime()
  if (!Number.isFinite(ms)) return '—'
  const minutes = Math.floor(ms / 60_000)
  if (minutes < 1) return '刚刚'
  if (minutes < 60) return `${minutes} 分钟`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `${hours} 小时`
  return `${Math.floor(hours / 24)} 天`
}

/** A timestamp in Beijing time, as the reviewers read it: 2026-03-01 14:05 (the review record's format). */
export function beijingTime(at: string | null | undefined): string {
  if (!at || Number.isNaN(new Date(at).getTime())) return '—'
  return formatShanghaiTime(at)
}

const LEVELS: Record<string, Finding['level']> = { block: 'block', error: 'block', warn: 'warn', warning: 'warn', info: 'info' }

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value ? value : typeof value === 'number' ? String(value) : undefined

function positionOf(raw: Record<string, unknown>): string | undefined {
  if (typeof raw.position === 'string') return raw.position
  const where: string[] = []
  const location = raw.location as { block?: unknown; offset?: unknown } | undefined
  // Body findings (workflow/checks) carry the block (0-based) and the offset inside it; other fields an offset range.
  if (location && typeof location.block === 'number') {
    where.push(`第 ${location.block + 1} 段`)
    if (typeof location.offset === 'number') where.push(`第 ${location.offset + 1} 字`)
    return where.join(' ')
  }
  if (typeof raw.paragraph === 'number') where.push(`第 ${raw.paragraph + 1} 段`)
  else if (typeof raw.line === 'number') where.push(`第 ${raw.line} 行`)
  const start = raw.charStart ?? raw.start ?? raw.offset
  const end = raw.charEnd ?? raw.end
  if (typeof start === 'number') where.push(typeof end === 'number' && end - start > 1 ? `第 ${start + 1}–${end} 字` : `第 ${start + 1} 字`)
  return where.length ? where.join(' ') : undefined
}

/** 'body' → 正文, 'channel.wechat.title' → 微信 标题. */
function fieldLabel(field: string | undefined): string | undefined {
  if (!field) return undefined
  const [head, kind, name] = field.split('.')
  if (head === 'channel' && kind) return `${CHANNEL_LABELS[kind] ?? kind}${name ? (FIELD_LABELS[name] ?? name) : ''}`
  return FIELD_LABELS[field] ?? field
}

const CHANNEL_LABELS: Record<string, string> = { wechat: '微信', weibo: '微博', douyin: '抖音', website: '网站' }

/**
 * The findings of the stored checks, whatever envelope they come in ({ report: { findings } }, { findings }, or a
 * plain list), in the panel's shape. Unknown entries are shown with what they say rather than dropped.
 */
export function findingsOf(checks: unknown): Finding[] | null {
  if (checks == null) return null
  const envelope = checks as Record<string, unknown>
  const report = (envelope.report ?? envelope) as Record<string, unknown> | unknown[] | null
  if (report == null) return null
  const list = Array.isArray(report) ? report : Array.isArray(report.findings) ? report.findings : Array.isArray(report.issues) ? report.issues : null
  if (!list) return null
  return list.map((entry) => {
    const raw = (entry ?? {}) as Record<string, unknown>
    const level = LEVELS[String(raw.level ?? raw.severity ?? 'warn')] ?? 'warn'
    const word = text(raw.word) ?? text(raw.match) ?? text(raw.wrong)
    const suggestion = text(raw.suggestion) ?? text(raw.right)
    const message =
      text(raw.message) ??
      (word ? (suggestion ? `“${word}”应为“${suggestion}”` : `“${word}”`) : JSON.stringify(raw).slice(0, 120))
    return {
      level,
      message,
      field: text(raw.fieldLabel) ?? text(raw.label) ?? fieldLabel(text(raw.field) ?? text(raw.path)),
      position: positionOf(raw),
      excerpt: text(raw.excerpt) ?? text(raw.context),
    }
  })
}
