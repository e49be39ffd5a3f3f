import { duration, timeRundown, type Timing } from '../rundown/timing'
import { HOST_ROLE_ZH, ITEM_KIND_ZH, type Programme, type RundownItem } from '../rundown/types'

/**
 * What every output of a programme prints, laid out once: the header, the rundown table (前计时, 后计时,
 * durations, the 超时/欠时 line) and the script body (segment headings, announcer labels, cues set apart,
 * readings in 〔〕). DOCX, PDF and plain text only typeset it.
 */
export type SheetBlock =
  | { kind: 'segment'; text: string }
  | { kind: 'item'; text: string }
  | { kind: 'cue'; text: string }
  | { kind: 'speech'; label: string; lines: string[] }

export type Sheet = {
  title: string
  subtitle: string
  meta: string[]
  columns: string[]
  rows: string[][]
  total: string
  blocks: SheetBlock[]
  timing: Timing
}

export const TABLE_COLUMNS = ['序号', '开始', '倒计时', '段落', '形式', '内容', '播音', '时长', '提示']

const WEEKDAY = ['日', '一', '二', '三', '四', '五', '六']

/** 2026年12月1日 星期二 12:00 (Beijing time). */
export function airDate(iso: string): string {
  const at = new Date(iso)
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', weekday: 'short', hourCycle: 'h23' })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  )
  const weekday = WEEKDAY[new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day))).getUTCDay()]
  return `${parts.year}年${Number(parts.month)}月${Number(parts.day)}日 星期${weekday} ${parts.hour}:${parts.minute}`
}

function cueText(item: RundownItem, seconds: number): string {
  const length = duration(seconds)
  const extra = item.cue ? `，${item.cue}` : ''
  switch (item.kind) {
    case 'music':
      return `【音乐】${item.title ?? ''}（${length}${extra}）`
    case 'sting':
      return `【音效】${item.title ?? ''}（${length}${extra}）`
    case 'insert':
      return `【录音】${item.title ?? ''}　入点：“${item.inCue ?? ''}”　出点：“${item.outCue ?? ''}”（${length}${extra}）`
    case 'float':
      return `【垫乐】${item.title ?? ''}（${length}，可在 ${duration(item.minSeconds ?? seconds)}—${duration(item.maxSeconds ?? seconds)} 间伸缩${extra}）`
    default:
      return ''
  }
}

const content = (item: RundownItem) =>
  item.kind === 'host' ? `${HOST_ROLE_ZH[item.hostRole ?? 'link'] ?? '串词'}${item.title ? `：${item.title}` : ''}` : (item.title ?? '')

export function buildSheet(programme: Programme): Sheet {
  const timing = timeRundown(programme)
  const label = (name: string | null | undefined) => {
    const announcer = programme.announcers.find((a) => a.name === name)
    return announcer?.label?.trim() || announcer?.name || name || '播音'
  }
  const rows = timing.rows.map((row) => [
    String(row.index + 1),
    row.frontClock,
    row.backClock,
    row.item.segment ?? '',
    ITEM_KIND_ZH[row.item.kind],
    content(row.item),
    row.item.kind === 'script' || row.item.kind === 'host' ? label(row.item.announcer) : '',
    duration(row.seconds),
    row.item.kind === 'insert' ? `入：${row.item.inCue ?? ''} / 出：${row.item.outCue ?? ''}` : (row.item.cue ?? ''),
  ])
  const blocks: SheetBlock[] = []
  let segment: string | null = null
  for (const row of timing.rows) {
    const { item } = row
    if (item.segment && item.segment !== segment) blocks.push({ kind: 'segment', text: item.segment })
    segment = item.segment ?? segment
    const head = `${row.index + 1}. ${ITEM_KIND_ZH[item.kind]}${content(item) ? `：${content(item)}` : ''}　${row.frontClock}　${duration(row.seconds)}`
    blocks.push({ kind: 'item', text: head })
    if (item.kind === 'script' || item.kind === 'host') {
      const text = (item.hintedText || item.text || '').trim()
      blocks.push({ kind: 'speech', label: label(item.announcer), lines: text.split(/\n+/).filter((line) => line.trim()) })
    } else blocks.push({ kind: 'cue', text: cueText(item, row.seconds) })
  }
  const { balance } = timing
  return {
    title: programme.title,
    subtitle: `${programme.columnName ? `${programme.columnName}　` : ''}${airDate(programme.airAt)} 播出　时段 ${duration(programme.slotSeconds)}`,
    meta: [`播音员：${programme.announcers.map((a) => `${a.label?.trim() ? `${a.label}（${a.name}）` : a.name} ${a.rate || programme.rate || 220} 字/分`).join('；') || '未指定'}`],
    columns: TABLE_COLUMNS,
    rows,
    total: `合计 ${duration(timing.totalSeconds)} / 时段 ${duration(programme.slotSeconds)}　${balance.hint}`,
    blocks,
    timing,
  }
}

/** Splits a hinted line into text and 〔reading〕 runs, for typesetting the readings smaller. */
export function hintRuns(line: string): { text: string; hint: boolean }[] {
  return line
    .split(/(〔[^〕]*〕)/)
    .filter(Boolean)
    .map((part) => (part.startsWith('〔') ? { text: part, hint: true } : { text: part, hint: false }))
}
