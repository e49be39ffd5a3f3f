'use client'

import { Banner, Button, toast, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import type { LayoutProgress } from '../../publishers/newspaper/endpoints'
import { readLines } from '../../progress/readLines'
import { errorMessage } from '../publications/format'
import { pagesToRelayout, plannerRows, sortedWarnings, type IssueForPlanner } from './plannerRows'
import './planner.css'

type LayoutLine = LayoutProgress | { type: 'done'; message?: string } | { type: 'error'; message: string }

const WARNING_LABELS: Record<string, string> = { overset: '超版', unplaced: '未排入', underset: '留白', jump: '转版' }

/**
 * 版面编排 at the top of an issue: 自动排版, the stories with the page each landed on (and a select to move
 * one), the layout's overset/underset warnings, and a PNG preview of every page that refreshes after each
 * layout. The server does the work (POST …/layout, …/move); this only shows it.
 */
export function IssuePlanner() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [issue, setIssue] = useState<IssueForPlanner | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  // Every line received: a line per page may arrive in one network chunk with the next, and each page stays listed.
  const [progress, setProgress] = useState<LayoutProgress[]>([])
  // The server lays out the saved issue: unsaved edits in the form below would not be in it.
  const modified = useFormModified()

  const refresh = useCallback(async () => {
    if (id == null) return
    try {
      const res = await fetch(`${api}/newspaper-issues/${id}?depth=0`, { credentials: 'include', cache: 'no-store' })
      if (!res.ok) return setError(await errorMessage(res))
      setIssue((await res.json()) as IssueForPlanner)
      setError(null)
    } catch {
      setError('无法连接服务器，请稍后重试')
    }
  }, [api, id])

  useEffect(() => {
    void refresh()
  }, [refresh])

  // Layouts stream their progress (progress/, publishers/newspaper/endpoints.ts): one line per page.
  const post = async (label: string, path: string, body?: unknown) => {
    setBusy(label)
    setProgress([])
    try {
      const done = await readLines<LayoutLine, Extract<LayoutLine, { type: 'done' }>>(
        `${api}/newspaper-issues/${id}${path}?progress=1`,
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) },
        (line) => {
          if (line.type === 'progress') return void setProgress((lines) => [...lines, line])
          if (line.type === 'error') throw new Error(line.message)
          return line
        },
        { failed: '排版失败', cut: '连接中断：请刷新页面查看排版是否已完成' },
      )
      toast.success(done.message ?? '已完成')
      // Let the full bar be seen (painted) before the reload replaces the page.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
      // The server changed the document (layout, the story's page): reload so the form below shows it and a
      // later 保存 cannot write the old values back.
      window.location.reload()
      return
    } catch (e) {
      toast.error((e as Error).message || '无法连接服务器，请稍后重试')
    }
    setBusy(null)
    setProgress([])
    await refresh()
  }

  if (id == null) return <p className="rm-planner__muted">保存期次后即可排版。</p>
  if (error) return <Banner type="error">{error}</Banner>
  if (!issue) return <p className="rm-planner__muted">正在读取期次…</p>

  const rows = plannerRows(issue)
  const warnings = sortedWarnings(issue)
  const relayout = pagesToRelayout(issue)
  const version = encodeURIComponent(issue.layoutAt ?? issue.updatedAt ?? '')
  const pages = issue.pages ?? []
  return (
    <section className="rm-planner" aria-label="版面编排">
      <header className="rm-planner__header">
        <h3>版面编排</h3>
        <div className="rm-planner__actions">
          <Button size="small" margin={false} disabled={busy != null || modified || !rows.length} onClick={() => void post('layout', '/layout')}>
            {busy === 'layout' ? '正在排版…' : '自动排版'}
          </Button>
          <a className="rm-planner__link" href={`${api}/newspaper-issues/${id}/print.pdf?v=${version}`}>
            下载印刷 PDF
          </a>
        </div>
      </header>
      {busy ? <LayoutProgressBar lines={progress} /> : null}
      {modified ? <Banner type="info">有未保存的修改：请先保存期次，再排版或调整版面。</Banner> : null}
      <p className="rm-planner__muted">
        {issue.layoutAt ? `上次排版：${new Date(issue.layoutAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}` : '尚未排版'}
        {issue.layout?.passes ? ` · 校验 ${issue.layout.passes} 次` : ''} · 稿件池 {rows.length} 篇
      </p>
      {relayout.length || issue.status === 'needs-relayout' ? (
        <Banner type="info">稿件池有变动{relayout.length ? `（第${relayout.join('、')}版）` : ''}，请重新排版。</Banner>
      ) : null}
      {warnings.length ? (
        <ul className="rm-planner__warnings">
          {warnings.map((w, i) => (
            <li key={i} className={`is-${w.level}`}>
              <span className="rm-planner__level">{WARNING_LABELS[w.code] ?? '提示'}</span> {w.message}
            </li>
          ))}
        </ul>
      ) : null}
      {rows.length ? (
        <table className="rm-planner__stories">
          <thead>
            <tr>
              <th>稿件</th>
              <th>优先级</th>
              <th>排在</th>
              <th>指定版面</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.storyId}>
                <td>{row.headline}</td>
                <td>{row.priority}</td>
                <td>{row.placed}</td>
                <td>
                  <select
                    aria-label={`《${row.headline}》的版面`}
                    value={row.pinned ?? ''}
                    disabled={busy != null || modified}
                    onChange={(event) => void post('move', '/move', { story: row.storyId, page: event.target.value ? Number(event.target.value) : null })}
                  >
                    <option value="">自动</option>
                    {pages.map((page) => (
                      <option key={page.number} value={page.number}>
                        第{page.number}版（{page.name}）
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="rm-planner__muted">稿件池为空：终审通过并选择本校报账号的稿件会自动进入下一期。</p>
      )}
      {issue.layoutAt ? (
        <div className="rm-planner__pages">
          {pages.map((page) => (
            <figure key={page.number}>
              {/* eslint-disable-next-line @next/next/no-img-element -- a server-rendered preview, not a static asset */}
              <img src={`${api}/newspaper-issues/${id}/pages/${page.number}/preview.png?v=${version}`} alt={`第${page.number}版预览`} loading="lazy" />
              <figcaption>
                第{page.number}版 · {page.name} · <a href={`${api}/newspaper-issues/${id}/pages/${page.number}/idml?v=${version}`}>IDML</a>
              </figcaption>
            </figure>
          ))}
        </div>
      ) : null}
    </section>
  )
}

/** The layout's progress: the current step, the bar by pages, and the pages done so far (第 k/N 版). */
function LayoutProgressBar({ lines }: { lines: LayoutProgress[] }) {
  const last = lines.at(-1)
  const pages = lines.filter((line) => line.page > 0 && line.phase.startsWith('第'))
  return (
    <div className="rm-planner__progress" role="status" aria-live="polite">
      <div>{last ? (last.page ? last.phase : `正在排版（共 ${last.pages} 版）：${last.phase}…`) : '正在连接服务器…'}</div>
      <progress max={last?.pages || 1} value={last?.page ?? 0} />
      {pages.length ? (
        <ol className="rm-planner__done">
          {pages.map((line) => (
            <li key={line.page}>{line.phase}</li>
          ))}
        </ol>
      ) : null}
    </div>
  )
}
