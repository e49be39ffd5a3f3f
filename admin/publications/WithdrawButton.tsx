'use client'

import { Button, toast } from '@payloadcms/ui'
import React, { useState } from 'react'

import { errorMessage } from './format'

/**
 * 撤回 one delivery: asks for the reason, then the server (POST /api/publications/:id/withdraw), and toasts
 * its Chinese answer. A website row says what it means: the site is where the item lives, so it is 撤稿.
 */
export function WithdrawButton({ api, id, website, onDone }: { api: string; id: number | string; website: boolean; onDone: () => void | Promise<void> }) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const [invalid, setInvalid] = useState(false)
  const [busy, setBusy] = useState(false)
  const label = website ? '撤稿' : '撤回'

  const submit = async () => {
    if (!reason.trim()) return setInvalid(true)
    setBusy(true)
    try {
      const res = await fetch(`${api}/publications/${id}/withdraw`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ reason }),
      })
      if (res.ok) {
        toast.success(((await res.json()) as { message?: string }).message ?? '已撤回')
        setOpen(false)
        setReason('')
      } else toast.error(await errorMessage(res))
    } catch {
      toast.error('无法连接服务器，请稍后重试')
    } finally {
      setBusy(false)
      await onDone()
    }
  }

  if (!open) {
    return (
      <Button buttonStyle="secondary" size="small" margin={false} className="rm-withdraw__open" onClick={() => setOpen(true)}>
        {label}
      </Button>
    )
  }
  return (
    <div className="rm-withdraw">
      {website ? <p className="rm-withdraw__note">网站是稿件的发布源，其他渠道都链接到网站：撤下网站即撤稿，所有渠道一并撤回。</p> : null}
      <label>
        <span>{label}原因</span>
        <textarea
          name="rm-withdraw-reason"
          rows={2}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value)
            setInvalid(false)
          }}
        />
      </label>
      {invalid ? <p className="rm-withdraw__invalid">请填写{label}原因</p> : null}
      <div className="rm-withdraw__actions">
        <Button buttonStyle="error" size="small" margin={false} disabled={busy} className="rm-withdraw__confirm" onClick={() => void submit()}>
          {busy ? '正在提交…' : `确认${label}`}
        </Button>
        <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => setOpen(false)}>
          取消
        </Button>
      </div>
    </div>
  )
}
