'use client'

import React, { useCallback, useEffect, useState } from 'react'

import type { Sheet } from '../../reports/sheets'
import { saveBlob, streamExport, type ProgressLine } from './download'

type Props = { api: string; units: { id: string; name: string }[]; initial: { from: string; to: string } }
type Load = { status: 'idle' | 'loading' } | { status: 'error'; message: string } | { status: 'ready'; sheets: Sheet[]; range: { from: string; to: string } }
type Exporting = { label: string; progress: Extract<ProgressLine, { type: 'progress' }> | null } | null

const EXPORTS = [
  { key: 'csv-units', label: '导出 CSV（按单位）', format: 'csv', sheet: 'units' },
  { key: 'csv-people', label: '导出 CSV（按人员）', format: 'csv', sheet: 'people' },
  { key: 'xlsx', label: '导出 XLSX（全部表）', format: 'xlsx', sheet: 'units' },
] as const

/**
 * 报表: a date range (Beijing days) and a unit, the three tables from GET /api/reports, and exports that show the
 * server's progress while the file is made.
 */
export function ReportsClient({ api, units, initial }: Props) {
  const [from, setFrom] = useState(initial.from)
  const [to, setTo] = useState(initial.to)
  const [unit, setUnit] = useState('')
  const [load, setLoad] = useState<Load>({ status: 'idle' })
  const [exporting, setExporting] = useState<Exporting>(null)
  const [exportError, setExportError] = useState('')

  const query = useCallback((extra: Record<string, string>) => new URLSearchParams({ from, to, ...(unit ? { unit } : {}), ...extra }).toString(), [from, to, unit])

  const run = useCallback(async () => {
    setLoad({ status: 'loading' })
    try {
      const res = await fetch(`${api}/reports?${query({ format: 'json' })}`, { credentials: 'include', cache: 'no-store' })
      const body = (await res.json()) as { sheets?: Sheet[]; range?: { from: string; to: string }; errors?: { message?: string }[] }
      if (!res.ok || !body.sheets) return setLoad({ status: 'error', message: body.errors?.[0]?.message ?? `查询失败（HTTP ${res.status}）` })
      setLoad({ status: 'ready', sheets: body.sheets, range: body.range! })
    } catch {
      setLoad({ status: 'error', message: '无法连接服务器，请稍后重试' })
    }
  }, [api, query])

  useEffect(() => {
    void run()
    // The first report loads by itself; later ones on 查询.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const download = async (item: (typeof EXPORTS)[number]) => {
    setExportError('')
    setExporting({ label: item.label, progress: null })
    try {
      const file = await streamExport(`${api}/reports?${query({ format: item.format, sheet: item.sheet, progress: '1' })}`, (progress) => setExporting({ label: item.label, progress }))
      saveBlob(file.name, file.blob)
    } catch (error) {
      setExportError((error as Error).message)
    } finally {
      setExporting(null)
    }
  }

  const p = exporting?.progress
  return (
    <div className="rm-reports">
      <form
        className="rm-filters"
        onSubmit={(event) => {
          event.preventDefault()
          void run()
        }}
      >
        <label>
          开始日期
          <input type="date" name="from" value={from} onChange={(e) => setFrom(e.target.value)} required />
        </label>
        <label>
          结束日期
          <input type="date" name="to" value={to} onChange={(e) => setTo(e.target.value)} required />
        </label>
        <label>
          单位（含下级）
          <select name="unit" value={unit} onChange={(e) => setUnit(e.target.value)}>
            <option value="">全部可查看的单位</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rm-button" disabled={load.status === 'loading'}>
          {load.status === 'loading' ? '正在统计…' : '查询'}
        </button>
        {EXPORTS.map((item) => (
          <button key={item.key} type="button" className="rm-button" data-export={item.key} disabled={exporting != null} onClick={() => void download(item)}>
            {item.label}
          </button>
        ))}
      </form>
      {exporting ? (
        <div className="rm-progress" role="status" aria-live="polite">
          <div>
            {exporting.label}：{p ? `第 ${p.step}/${p.steps} 步 · ${p.phase}${p.total ? `（${p.loaded ?? 0}/${p.total} 条）` : ''}` : '正在连接服务器…'}
          </div>
          <progress max={p?.steps ?? 1} value={p ? p.step - 1 + (p.total ? (p.loaded ?? 0) / p.total : 0) : 0} />
        </div>
      ) : null}
      {exportError ? <p className="rm-error">{exportError}</p> : null}
      {load.status === 'error' ? <p className="rm-error">{load.message}</p> : null}
      {load.status === 'ready' ? (
        <>
          <p className="rm-muted">
            统计区间：{load.range.from} 至 {load.range.to}（北京时间，含首尾两天）。撰稿按创建人计；审核按审核人计，用时为稿件在该环节等待的时间；发布按送达渠道计（“已提交”未确认的不计），与撤稿一样计入稿件的撰稿人；单位按稿件所属单位计，不含下级单位。
          </p>
          {load.sheets.map((sheet) => (
            <section key={sheet.key} data-sheet={sheet.key} aria-label={sheet.title}>
              <h2>{sheet.title}</h2>
              {sheet.rows.length ? (
                <table className="rm-table">
                  <thead>
                    <tr>
                      {sheet.headers.map((h) => (
                        <th key={h}>{h}</th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {sheet.rows.map((row, i) => (
                      <tr key={i}>
                        {row.map((cell, j) => (
                          <td key={j} className={typeof cell === 'number' ? 'rm-num' : undefined}>
                            {cell ?? '—'}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p className="rm-muted">本区间没有记录。</p>
              )}
            </section>
          ))}
        </>
      ) : null}
    </div>
  )
}
