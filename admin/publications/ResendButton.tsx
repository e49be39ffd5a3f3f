'use client'

import { Button, toast } from '@payloadcms/ui'
import React, { useState } from 'react'

import { errorMessage } from './format'

/** 重新投递: asks the server (POST /api/publications/:id/resend), toasts its Chinese answer, then refreshes. */
export function ResendButton({ api, id, onDone }: { api: string; id: number | string; onDone: () => void | Promise<void> }) {
  const [busy, setBusy] = useState(false)
  const resend = async () => {
    setBusy(true)
    try {
      const res = await fetch(`${api}/publications/${id}/resend`, { method: 'POST', credentials: 'include' })
      if (res.ok) toast.success(((await res.json()) as { message?: string }).message ?? '已重新加入投递队列')
      else toast.error(await errorMessage(res))
    } catch {
      toast.error('无法连接服务器，请稍后重试')
    } finally {
      setBusy(false)
      await onDone()
    }
  }
  return (
    <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => void resend()}>
      {busy ? '正在提交…' : '重新投递'}
    </Button>
  )
}
