import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { CHANNEL_KINDS } from '../../publishers/channelKinds'
import { channelLabel } from '../publications/format'
import { formatShanghaiTime } from '../../workflow/reviewRecord/formatTime'
import { FilterSelect, param, ViewShell } from '../ViewShell'
import { loadEntries } from './loadEntries'
import { monthGrid, monthKey, monthRange, parseMonth, shiftMonth } from './monthGrid'

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日']

/**
 * 编辑日历: a month (Beijing time) of what was published and what is scheduled, across channels and units,
 * filtered by unit (with its sub-units) and channel. A plain GET form: the filters live in the URL.
 */
export async function CalendarView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const admin = req.payload.config.routes.admin
  const month = parseMonth(param(props.searchParams, 'month'))
  const filters = { unit: param(props.searchParams, 'unit'), channel: param(props.searchParams, 'channel') }
  const user = req.user
  const entries = user ? await loadEntries(req.payload, user, monthRange(month), filters, admin) : []
  const { docs: units } = await req.payload.find({ collection: 'units', depth: 0, limit: 0, pagination: false, sort: 'name', select: { name: true }, overrideAccess: false, user })
  const weeks = monthGrid(month, entries)
  const link = (m: typeof month) => `${admin}/calendar?${new URLSearchParams({ month: monthKey(m), ...(filters.unit ? { unit: filters.unit } : {}), ...(filters.channel ? { channel: filters.channel } : {}) })}`
  const published = entries.filter((e) => e.kind === 'published').length
  return (
    <ViewShell props={props} title="编辑日历" path="/calendar">
      <form className="rm-filters" method="get" action={`${admin}/calendar`}>
        <label>
          月份
          <input type="month" name="month" defaultValue={monthKey(month)} />
        </label>
        <FilterSelect label="单位（含下级）" name="unit" value={filters.unit} options={units.map((u) => ({ value: u.id, label: String(u.name) }))} />
        <FilterSelect label="渠道" name="channel" value={filters.channel} options={CHANNEL_KINDS.map((k) => ({ value: k.value, label: k.label.zh }))} />
        <button type="submit" className="rm-button">
          查看
        </button>
        <a href={link(shiftMonth(month, -1))}>‹ 上月</a>
        <a href={link(shiftMonth(month, 1))}>下月 ›</a>
      </form>
      <p className="rm-muted" id="rm-calendar-summary">
        {month.year} 年 {month.month} 月（北京时间）：已发布 {published} 条，待发布 {entries.length - published} 条。绿色为已发布，黄色为已排期。
      </p>
      <table className="rm-calendar" aria-label={`${month.year} 年 ${month.month} 月`}>
        <thead>
          <tr>
            {WEEKDAYS.map((d) => (
              <th key={d}>周{d}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0].date}>
              {week.map((day) => (
                <td key={day.date} data-date={day.date} className={[day.inMonth ? '' : 'is-outside', day.isToday ? 'is-today' : ''].join(' ').trim() || undefined}>
                  <div className="rm-day">{day.day}</div>
                  <ul>
                    {day.entries.map((e) => (
                      <li key={`${e.kind}:${e.key}`} data-kind={e.kind} title={`${e.kind === 'published' ? '已发布' : '定时发布'} ${formatShanghaiTime(e.at)} · ${e.channels.map(channelLabel).join('、')}${e.unit ? ` · ${e.unit}` : ''}`}>
                        <a href={e.href}>
                          {formatShanghaiTime(e.at).slice(11)} {e.title}
                        </a>
                        <div className="rm-muted">{e.channels.map(channelLabel).join('、') || '未选渠道'}</div>
                      </li>
                    ))}
                  </ul>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ViewShell>
  )
}

export default CalendarView
