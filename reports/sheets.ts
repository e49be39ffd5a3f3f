import { averageHours, STAGES, STAGE_NAMES, type Counts, type Report } from './aggregate'

/**
 * The report as tables with Chinese headers — one definition of the columns for the admin view, the CSV and
 * the XLSX, so the three always agree. Pure.
 */
export type Cell = string | number | null
export type Sheet = { key: 'units' | 'people' | 'stages'; title: string; headers: string[]; rows: Cell[][] }

export type ChannelLabel = (channel: string) => string

const countColumns = (channels: readonly string[], label: ChannelLabel) => [
  '撰稿',
  ...STAGES.flatMap((s) => [`${STAGE_NAMES[s]}（次）`, `${STAGE_NAMES[s]}平均用时（小时）`]),
  ...channels.map((channel) => `发布·${label(channel)}`),
  '发布合计',
  '撤稿',
]

const countCells = (c: Counts, channels: readonly string[]): Cell[] => [
  c.written,
  ...STAGES.flatMap((s) => [c.stages[s].reviews, averageHours(c.stages[s])]),
  ...channels.map((channel) => c.published[channel] ?? 0),
  channels.reduce((n, channel) => n + (c.published[channel] ?? 0), 0),
  c.withdrawn,
]

export function reportSheets(report: Report, label: ChannelLabel): Sheet[] {
  const { channels } = report
  return [
    {
      key: 'units',
      title: '按单位',
      headers: ['单位', ...countColumns(channels, label)],
      rows: [...report.units.map((row) => [row.name, ...countCells(row.counts, channels)]), ['合计', ...countCells(report.totals, channels)]],
    },
    {
      key: 'people',
      title: '按人员',
      headers: ['姓名', '所属单位', ...countColumns(channels, label)],
      rows: report.people.map((row) => [row.name, row.unit ?? '', ...countCells(row.counts, channels)]),
    },
    {
      key: 'stages',
      title: '审核环节',
      headers: ['环节', '审核次数', '通过', '退回', '平均用时（小时）', '最长用时（小时）'],
      rows: report.stages.map((s) => [s.name, s.reviews, s.approvals, s.returns, s.averageHours, s.maxHours]),
    },
  ]
}

/** The file name of an export: 融媒报表_2026-01-01_2026-12-31[_按单位].csv */
export const exportName = (report: Pick<Report, 'range'>, ext: 'csv' | 'xlsx', sheet?: Sheet) =>
  `融媒报表_${report.range.from}_${report.range.to}${sheet ? `_${sheet.title}` : ''}.${ext}`
