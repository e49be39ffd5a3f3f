'use client'

import { Banner, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useCallback, useState } from 'react'

import { duration } from '../../publishers/radio/rundown/timing'
import './radio.css'

type Preview = { script: { syllables: number; seconds: number; rate: number; notes: string[] }; text: string }

/**
 * 播音稿预览 on an article or video: the saved version in spoken form, with readings in 〔〕, its syllables and
 * read time at a chosen rate (220 字/分 by default), and what was left out (images, tables, links).
 */
export function ScriptPreview() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const [rate, setRate] = useState(220)
  const [state, setState] = useState<{ status: 'idle' | 'loading' } | { status: 'error'; message: string } | { status: 'ready'; preview: Preview }>({ status: 'idle' })
  const api = `${config.serverURL ?? ''}${config.routes.api}`

  const load = useCallback(async () => {
    setState({ status: 'loading' })
    try {
      const res = await fetch(`${api}/radio-programmes/script-preview/${collectionSlug}/${id}?rate=${rate}`, { credentials: 'include', cache: 'no-store' })
      const body = await res.json().catch(() => null)
      if (!res.ok) return setState({ status: 'error', message: body?.errors?.[0]?.message ?? `读取失败（${res.status}）` })
      setState({ status: 'ready', preview: body as Preview })
    } catch {
      setState({ status: 'error', message: '无法连接服务器，请稍后重试' })
    }
  }, [api, collectionSlug, id, rate])

  if (id == null) return null
  return (
    <section className="rm-radio" aria-label="播音稿预览">
      <h3 className="rm-radio__title">播音稿预览（校园广播）</h3>
      <label className="rm-radio__muted">
        语速（字/分钟）：
        <input type="number" min={60} max={400} value={rate} onChange={(event) => setRate(Number(event.target.value) || 220)} style={{ width: 72 }} />
      </label>{' '}
      <button type="button" onClick={() => void load()}>
        {state.status === 'ready' ? '刷新预览' : '生成预览'}
      </button>
      {state.status === 'loading' ? <p className="rm-radio__muted">正在生成…</p> : null}
      {state.status === 'error' ? <Banner type="error">{state.message}</Banner> : null}
      {state.status === 'ready' ? (
        <>
          <p>
            约 {state.preview.script.syllables} 个音节，按 {state.preview.script.rate} 字/分钟朗读约 <strong>{duration(state.preview.script.seconds)}</strong>（预览的是已保存的版本）
          </p>
          {state.preview.script.notes.length ? <p className="rm-radio__muted">{state.preview.script.notes.join('；')}</p> : null}
          <div className="rm-radio__script">{state.preview.text}</div>
        </>
      ) : null}
    </section>
  )
}
