'use client'

import { Button, toast, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { errorMessage } from '../publications/format'
import { bundleStateLabel } from '../../publishers/wechat/bundles/states'
import { formatShanghaiTime } from '../../workflow/reviewRecord/formatTime'

type Row = { item: { relationTo: string; value: { id: number | string; title?: string } | number | string }; url?: string | null; withdrawnAt?: string | null }
type Bundle = { id: number | string; state: string; lastError?: string | null; scheduledFor?: string | null; items?: Row[] | null }

const titleOf = (row: Row) => (typeof row.item.value === 'object' ? (row.item.value.title ?? `#${row.item.value.id}`) : `#${row.item.value}`)

/**
 * 发表组稿 in the bundle's sidebar: the state, each article with its position (头条/次条), link and 撤回,
 * and the button. It reads the saved bundle (unsaved edits must be saved first, so what is sent is what is shown).
 */
export function BundlePanel() {
  const { id, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const modified = useFormModified()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [bundle, setBundle] = useState<Bundle | null>(null)
  const [busy, setBusy] = useState(false)

  const refresh = useCallback(async () => {
    if (id == null) return
    const res = await fetch(`${api}/wechat-bundles/${id}?depth=1`, { credentials: 'include', cache: 'no-store' }).catch(() => null)
    if (res?.ok) setBundle((await res.json()) as Bundle)
  }, [api, id])
  useEffect(() => void refresh(), [refresh, lastUpdateTime])
  useEffect(() => {
    if (!bundle || !['queued', 'retrying', 'submitted'].includes(bundle.state)) return
    const timer = setInterval(() => void refresh(), 5_000)
    return () => clearInterval(timer)
  }, [bundle, refresh])

  const post = async (path: string, body?: unknown) => {
    setBusy(true)
    try {
      const res = await fetch(`${api}/wechat-bundles/${id}/${path}`, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) })
      if (res.ok) toast.success(((await res.json()) as { message?: string }).message ?? '已提交')
      else toast.error(await errorMessage(res))
    } catch {
      toast.error('无法连接服务器，请稍后重试')
    } finally {
      setBusy(false)
      await refresh()
    }
  }
  const withdraw = (index: number) => {
    const reason = window.prompt(`撤回第 ${index} 篇的原因：`)?.trim()
    if (reason) void post('withdraw-article', { index, reason })
  }

  if (id == null) return <p style={{ color: 'var(--theme-elevation-500)' }}>保存组稿后可在此发表。</p>
  const editable = !bundle || bundle.state === 'draft' || bundle.state === 'failed'
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <h4 style={{ margin: '0 0 8px' }}>微信组稿发表</h4>
      <p>状态：{bundle ? bundleStateLabel(bundle.state) : '读取中…'}</p>
      {bundle?.scheduledFor && bundle.state === 'queued' ? <p>计划发表时间：{formatShanghaiTime(bundle.scheduledFor)}（北京时间，等待稿件的定时发布或禁发至）</p> : null}
      {bundle?.lastError ? <p style={{ color: 'var(--theme-error-500)' }}>{bundle.lastError}</p> : null}
      <ol style={{ paddingLeft: 20 }}>
        {(bundle?.items ?? []).map((row, i) => (
          <li key={i} style={{ marginBottom: 6 }}>
            <strong>{i === 0 ? '头条' : '次条'}</strong> {titleOf(row)}
            {row.withdrawnAt ? <span>（已撤回）</span> : row.url ? (
              <>
                {' '}<a href={row.url} target="_blank" rel="noreferrer">查看文章</a>{' '}
                <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => withdraw(i + 1)}>撤回</Button>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      {editable ? (
        <Button buttonStyle="primary" size="small" margin={false} disabled={busy || modified} onClick={() => void post('publish')}>
          {busy ? '正在提交…' : modified ? '请先保存再发表' : '发表组稿'}
        </Button>
      ) : null}
    </div>
  )
}
