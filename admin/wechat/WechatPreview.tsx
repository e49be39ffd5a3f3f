'use client'

import { Banner, useConfig, useDocumentInfo, useFormFields, useFormModified } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { WECHAT_THEMES } from '../../publishers/wechat/render/themes'
import './wechatPreview.css'

type Report = { warnings: string[]; problems: string[]; contentLength: number; images: number; account: string }
type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; report: Report }

/**
 * 微信预览 inside 微信设置: the last saved version rendered by the WeChat renderer, in a phone frame, in the
 * theme chosen in the form (or one picked here to compare), with the renderer's notes and what would stop
 * delivery listed in Chinese. The frame loads GET /api/<collection>/:id/wechat-preview (server-rendered, access
 * checked there); unsaved edits show after saving.
 */
export function WechatPreview() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const modified = useFormModified()
  const formTheme = useFormFields(([fields]) => fields['wechat.theme']?.value) as string | undefined
  const [picked, setPicked] = useState<string>('')
  const [load, setLoad] = useState<Load>({ status: 'loading' })
  const theme = picked || formTheme || ''
  const base = `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}/wechat-preview`
  const query = (extra: string) => `?${[theme ? `theme=${encodeURIComponent(theme)}` : '', extra, `v=${lastUpdateTime ?? 0}`].filter(Boolean).join('&')}`

  const refresh = useCallback(async () => {
    if (id == null) return
    try {
      const res = await fetch(`${base}${query('format=json')}`, { credentials: 'include', cache: 'no-store' })
      if (!res.ok) return setLoad({ status: 'error', message: res.status === 404 ? '找不到该稿件或无权查看' : `预览失败（HTTP ${res.status}）` })
      setLoad({ status: 'ready', report: (await res.json()) as Report })
    } catch {
      setLoad({ status: 'error', message: '无法连接服务器，请稍后重试' })
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [base, theme, lastUpdateTime])

  useEffect(() => {
    void refresh()
  }, [refresh])

  if (id == null) return <p className="rm-wx__muted">保存稿件后可预览微信排版。</p>
  return (
    <section className="rm-wx" aria-label="微信预览">
      <header className="rm-wx__bar">
        <strong>微信预览</strong>
        <label>
          主题
          <select value={theme} onChange={(event) => setPicked(event.target.value)}>
            <option value="">账号默认</option>
            {WECHAT_THEMES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void refresh()}>
          刷新
        </button>
      </header>
      {modified ? <p className="rm-wx__muted">有未保存的修改：预览显示的是上次保存的版本。</p> : null}
      <div className="rm-wx__layout">
        <div className="rm-wx__phone">
          <div className="rm-wx__notch" />
          <iframe key={`${theme}-${lastUpdateTime}`} title="微信文章预览" src={`${base}${query('')}`} sandbox="" className="rm-wx__screen" />
        </div>
        <div className="rm-wx__notes">
          {load.status === 'loading' ? <p className="rm-wx__muted">正在渲染…</p> : null}
          {load.status === 'error' ? <Banner type="error">{load.message}</Banner> : null}
          {load.status === 'ready' ? <Notes report={load.report} /> : null}
        </div>
      </div>
    </section>
  )
}

function Notes({ report }: { report: Report }) {
  return (
    <>
      <p className="rm-wx__muted">
        账号：{report.account}　正文 {report.contentLength.toLocaleString('zh-CN')} / 20,000 字符　图片 {report.images} 张
      </p>
      {report.problems.length ? (
        <>
          <h4>无法投递的问题</h4>
          <ul className="rm-wx__problems">
            {report.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="rm-wx__ok">符合微信公众号的限制。</p>
      )}
      {report.warnings.length ? (
        <>
          <h4>提示</h4>
          <ul className="rm-wx__warnings">
            {report.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}
