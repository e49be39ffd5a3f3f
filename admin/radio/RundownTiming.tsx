'use client'

import { useAllFormFields, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import React, { useMemo } from 'react'

import { toProgramme, type ProgrammeDoc } from '../../publishers/radio/programmeData'
import { duration, timeRundown } from '../../publishers/radio/rundown/timing'
import { HOST_ROLE_ZH, ITEM_KIND_ZH } from '../../publishers/radio/rundown/types'
import './radio.css'

/**
 * The rundown editor's live timing, above the items: as items are added, moved or changed in the form, the
 * table recomputes front-timing (开始), back-timing (倒计时 to the hard out) and 超时/欠时 with its hint — the same
 * pure timing the DOCX and PDF print. Downloads and the audio preview use the saved version.
 */
export function RundownTiming() {
  const [fields] = useAllFormFields()
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const timing = useMemo(() => {
    const values = reduceFieldsToValues(fields, true) as ProgrammeDoc
    const programme = toProgramme({ ...values, airAt: values.airAt || new Date().toISOString() })
    return timeRundown(programme)
  }, [fields])

  return (
    <section className="rm-radio" aria-label="串联单计时">
      <h3 className="rm-radio__title">串联单计时（随编辑实时更新）</h3>
      {timing.rows.length ? (
        <table className="rm-radio__table">
          <thead>
            <tr>
              <th>序号</th>
              <th>开始（前计时）</th>
              <th>倒计时（后计时）</th>
              <th>形式</th>
              <th>内容</th>
              <th>时长</th>
            </tr>
          </thead>
          <tbody>
            {timing.rows.map((row) => (
              <tr key={row.index}>
                <td className="num">{row.index + 1}</td>
                <td className="num">{row.frontClock}</td>
                <td className="num">{row.backClock}</td>
                <td>{ITEM_KIND_ZH[row.item.kind] ?? row.item.kind}</td>
                <td>{row.item.kind === 'host' ? `${HOST_ROLE_ZH[row.item.hostRole ?? 'link'] ?? '串词'} ${row.item.title ?? ''}` : row.item.title}</td>
                <td className="num">{duration(row.seconds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="rm-radio__muted">还没有条目。添加开场、稿件、音乐、录音、垫乐后，这里显示每条的开始时间和倒计时。</p>
      )}
      <p className="rm-radio__balance" data-status={timing.balance.status}>
        合计 {duration(timing.totalSeconds)} / 时段 {duration(timing.slotSeconds)}：{timing.balance.hint}
      </p>
      {id != null ? (
        <div className="rm-radio__downloads">
          <a href={`${api}/radio-programmes/${id}/rundown.docx`}>下载 Word（DOCX）</a>
          <a href={`${api}/radio-programmes/${id}/rundown.pdf`} target="_blank" rel="noreferrer">下载 PDF</a>
          <a href={`${api}/radio-programmes/${id}/rundown.txt`} target="_blank" rel="noreferrer">纯文本</a>
          <a href={`${api}/radio-programmes/${id}/preview.wav`} target="_blank" rel="noreferrer">试听第一段（espeak-ng）</a>
        </div>
      ) : (
        <p className="rm-radio__muted">保存后可下载串联单和播音稿。</p>
      )}
    </section>
  )
}
