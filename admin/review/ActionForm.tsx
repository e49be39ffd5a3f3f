'use client'

import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { PanelAction, WorkflowPanelData } from './types'

/** Actions whose written opinion the server requires, and what the field is called for each. */
const OPINION_REQUIRED: Partial<Record<PanelAction, string>> = {
  approve: '请填写审核意见',
  return: '请填写退回意见（说明需要修改的地方）',
  withdraw: '请填写撤稿原因',
}

const BUTTON_STYLE: Record<PanelAction, 'primary' | 'secondary'> = {
  submit: 'primary',
  approve: 'primary',
  return: 'secondary',
  proofread: 'secondary',
  schedule: 'secondary',
  // Payload's 'error' style renders as bare text; the opinion requirement already makes 撤稿 deliberate.
  withdraw: 'secondary',
}

type Props = {
  actions: WorkflowPanelData['actions']
  state: string
  busy: PanelAction | null
  disabled: boolean
  onAct: (action: PanelAction, body: Record<string, unknown>) => Promise<boolean>
}

/** Exactly the actions the server offers, with the inputs they need; the server validates again. */
export function ActionForm({ actions, state, busy, disabled, onAct }: Props) {
  const [opinion, setOpinion] = useState('')
  const [corrections, setCorrections] = useState('')
  const [note, setNote] = useState('')
  const [acknowledge, setAcknowledge] = useState(false)
  const [invalid, setInvalid] = useState<{ field: 'opinion' | 'corrections'; message: string } | null>(null)

  if (!actions.length) return <p className="rm-review__muted">当前没有您可以执行的审核操作。</p>

  const has = (action: PanelAction) => actions.some((a) => a.action === action)
  const wantsOpinion = has('approve') || has('return') || has('withdraw')
  const finalStage = state === 'review3' && has('approve')

  const run = async (action: PanelAction) => {
    setInvalid(null)
    const required = OPINION_REQUIRED[action]
    if (required && !opinion.trim()) return setInvalid({ field: 'opinion', message: required })
    const body: Record<string, unknown> = {}
    if (action === 'proofread') {
      const count = Number(corrections)
      if (corrections.trim() === '' || !Number.isInteger(count) || count < 0) {
        return setInvalid({ field: 'corrections', message: '请填写本轮改正处数（0 或正整数）' })
      }
      body.corrections = count
      if (note.trim()) body.note = note.trim()
    }
    if (required) body.opinion = opinion.trim()
    if (action === 'approve' && finalStage) body.acknowledgeWarnings = acknowledge
    if (await onAct(action, body)) {
      setOpinion('')
      setCorrections('')
      setNote('')
      setAcknowledge(false)
    }
  }

  // The panel sits inside Payload's document form: Enter in a one-line input must not save the document.
  const noSubmit = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter') event.preventDefault()
  }

  return (
    <div className="rm-review__block rm-review__actions">
      <h4>审核操作</h4>
      {wantsOpinion ? (
        <label className="rm-review__field">
          <span>审核意见{has('withdraw') && !has('approve') ? '（撤稿原因）' : ''}</span>
          <textarea
            name="rm-opinion"
            rows={3}
            value={opinion}
            aria-invalid={invalid?.field === 'opinion'}
            placeholder="通过、退回或撤稿都须写明意见"
            onChange={(event) => setOpinion(event.target.value)}
          />
          {invalid?.field === 'opinion' ? <em className="rm-review__invalid">{invalid.message}</em> : null}
        </label>
      ) : null}
      {finalStage ? (
        <label className="rm-review__check">
          <input type="checkbox" name="rm-acknowledge" checked={acknowledge} onChange={(event) => setAcknowledge(event.target.checked)} />
          <span>我已查看检查提示，确认可以通过终审</span>
        </label>
      ) : null}
      {has('proofread') ? (
        <div className="rm-review__proofread">
          <label className="rm-review__field">
            <span>本轮改正处数</span>
            <input
              name="rm-corrections"
              type="number"
              min={0}
              step={1}
              inputMode="numeric"
              value={corrections}
              aria-invalid={invalid?.field === 'corrections'}
              onKeyDown={noSubmit}
              onChange={(event) => setCorrections(event.target.value)}
            />
          </label>
          <label className="rm-review__field">
            <span>校对说明（可选）</span>
            <input name="rm-note" type="text" value={note} onKeyDown={noSubmit} onChange={(event) => setNote(event.target.value)} />
          </label>
          {invalid?.field === 'corrections' ? <em className="rm-review__invalid">{invalid.message}</em> : null}
        </div>
      ) : null}
      <div className="rm-review__buttons">
        {actions.map(({ action, label }) => (
          <Button
            key={action}
            type="button"
            size="small"
            buttonStyle={BUTTON_STYLE[action] ?? 'secondary'}
            disabled={disabled || busy != null}
            margin={false}
            onClick={() => void run(action)}
            extraButtonProps={{ 'data-action': action }}
          >
            {busy === action ? '处理中…' : label}
          </Button>
        ))}
      </div>
    </div>
  )
}
