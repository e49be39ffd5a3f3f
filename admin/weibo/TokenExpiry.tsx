'use client'

import { useConfig, useDocumentInfo, useField } from '@payloadcms/ui'
import React, { useState } from 'react'

import { beijingMinute, tokenState, type WeiboTokenSettings } from '../../publishers/weibo/token'
import './weibo.css'

/** Within this many days the expiry is shown as a warning (re-authorise soon). */
const WARN_DAYS = 7

/**
 * 微博授权 in a Weibo account's sidebar: days until the access token expires, or why it cannot be used, and
 * 检查授权, which asks Weibo (POST /api/channel-accounts/:id/weibo-token) and puts the answer into the form's
 * settings, so saving the form keeps it.
 */
export function TokenExpiry() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { value, setValue } = useField<Record<string, unknown> | null>({ path: 'settings' })
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const settings = (value && typeof value === 'object' ? value : {}) as WeiboTokenSettings
  const state = tokenState(settings)

  const check = async () => {
    if (id == null) return
    setBusy(true)
    setMessage(null)
    try {
      const res = await fetch(`${config.serverURL ?? ''}${config.routes.api}/channel-accounts/${id}/weibo-token`, { method: 'POST', credentials: 'include' })
      const body = (await res.json().catch(() => ({}))) as WeiboTokenSettings & { errors?: { message?: string }[] }
      if (!res.ok) return setMessage(body.errors?.[0]?.message ?? `查询失败（HTTP ${res.status}）`)
      setValue({ ...(value ?? {}), ...body }, true)
      setMessage('已向微博查询并记录。')
    } catch {
      setMessage('无法连接服务器，请稍后重试')
    } finally {
      setBusy(false)
    }
  }

  const level = state.kind === 'valid' ? (state.daysLeft <= WARN_DAYS ? 'warn' : 'ok') : state.kind === 'unknown' ? 'ok' : 'bad'
  return (
    <div className="rm-wb-token" data-level={level} aria-label="微博授权">
      <div className="field-label">微博授权</div>
      {state.kind === 'valid' ? (
        <div>
          还有 <span className="rm-wb-token__days">{state.daysLeft}</span> 天到期
          <div className="rm-wb__muted">到期时间 {beijingMinute(state.expiresAt)}（北京时间）{state.daysLeft <= WARN_DAYS ? '，请尽快重新授权' : ''}</div>
        </div>
      ) : null}
      {state.kind === 'expired' ? (
        <div>
          <span className="rm-wb-token__days">已过期</span>
          <div className="rm-wb__muted">于 {beijingMinute(state.expiresAt)} 过期，投递已停止；请重新授权后再点“检查授权”。</div>
        </div>
      ) : null}
      {state.kind === 'refused' ? (
        <div>
          <span className="rm-wb-token__days">不可用</span>
          <div className="rm-wb__muted">{state.problem}。投递已停止；请重新授权后再点“检查授权”。</div>
        </div>
      ) : null}
      {state.kind === 'unknown' ? <div className="rm-wb__muted">尚未查询授权有效期。</div> : null}
      {id != null ? (
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => void check()} disabled={busy}>
          {busy ? '查询中…' : '检查授权'}
        </button>
      ) : null}
      {message ? <div className="rm-wb__muted">{message}</div> : null}
    </div>
  )
}

export default TokenExpiry
