'use client'

import { Banner, Pill, toast, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useState } from 'react'

import { ActionForm } from './ActionForm'
import { ChecksList } from './ChecksList'
import { StageChain } from './StageChain'
import { Timeline } from './Timeline'
import { beijingTime, findingsOf, stateLabel } from './format'
import type { PanelAction, WorkflowPanelData } from './types'
import './reviewPanel.css'

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: WorkflowPanelData }

/** The first Chinese error message of a Payload error response, or a fallback with the HTTP status. */
async function errorMessage(res: Response): Promise<string> {
  const body = (await res.json().catch(() => null)) as { errors?: { message?: string }[]; message?: string } | null
  return body?.errors?.[0]?.message || body?.message || `请求失败（HTTP ${res.status}）`
}

const STATE_PILL: Record<string, 'light-gray' | 'warning' | 'success' | 'dark' | 'error'> = {
  draft: 'light-gray',
  review1: 'warning',
  review2: 'warning',
  review3: 'warning',
  approved: 'success',
  scheduled: 'success',
  published: 'dark',
  withdrawn: 'error',
}

/**
 * 审核面板 in the sidebar of an article or video: where the item stands in the 三审三校 chain, what the checks
 * found, what changed since the last round, the history, and the actions the server says this user may take
 * now. Every decision is the server's (hooks/workflow): the panel only asks and shows the answer.
 */
export function ReviewPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const modified = useFormModified()
  const [load, setLoad] = useState<Load>({ status: 'loading' })
  const [busy, setBusy] = useState<PanelAction | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)

  const base = `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}`

  const refresh = useCallback(async () => {
    if (id == null) return
    try {
      const res = await fetch(`${base}/workflow`, { credentials: 'include', cache: 'no-store' })
      if (!res.ok) return setLoad({ status: 'error', message: await errorMessage(res) })
      setLoad({ status: 'ready', data: (await res.json()) as WorkflowPanelData })
    } catch {
      setLoad({ status: 'error', message: '无法连接服务器，请稍后重试' })
    }
  }, [base, id])

  useEffect(() => {
    void refresh()
  }, [refresh])

  const act = useCallback(
    async (action: PanelAction, body: Record<string, unknown>) => {
      setBusy(action)
      setRefusal(null)
      try {
        const res = await fetch(`${base}/workflow`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ action, ...body }),
        })
        if (!res.ok) {
          const message = await errorMessage(res)
          setRefusal(message)
          toast.error(message)
          // Someone else may have acted first (409, or a stage this user no longer holds): show the item as it is now.
          await refresh()
          return false
        }
        const { message } = (await res.json()) as { message?: string }
        toast.success(message ?? '操作成功')
        await refresh()
        // The form shows the workflow fields too; re-render the document view with the saved state.
        router.refresh()
        return true
      } catch {
        setRefusal('无法连接服务器，请稍后重试')
        return false
      } finally {
        setBusy(null)
      }
    },
    [base, refresh, router],
  )

  if (id == null) {
    return (
      <section className="rm-review" aria-label="审核面板">
        <h3 className="rm-review__title">审核</h3>
        <p className="rm-review__muted">保存草稿后即可提交审核。</p>
      </section>
    )
  }
  if (load.status === 'loading') {
    return (
      <section className="rm-review" aria-label="审核面板">
        <h3 className="rm-review__title">审核</h3>
        <p className="rm-review__muted">正在读取审核信息…</p>
      </section>
    )
  }
  if (load.status === 'error') {
    return (
      <section className="rm-review" aria-label="审核面板">
        <h3 className="rm-review__title">审核</h3>
        <Banner type="error">{load.message}</Banner>
      </section>
    )
  }

  const { data } = load
  const review = data.review ?? {}
  const findings = findingsOf(data.checks ?? review.checks)
  const proofs = review.proofreading ?? []
  const proofActors = data.timeline.filter((entry) => entry.action === 'proofread').map((entry) => entry.actor)

  return (
    <section className="rm-review" aria-label="审核面板" data-state={data.state}>
      <header className="rm-review__header">
        <h3 className="rm-review__title">审核</h3>
        <Pill pillStyle={STATE_PILL[data.state] ?? 'light-gray'} className="rm-review__state">
          {stateLabel(data.state)}
        </Pill>
      </header>
      <p className="rm-review__muted">
        终审：{data.finalAuthority === 'university' ? '宣传部（校级账号）' : '本单位'}
        {review.round ? ` · 第 ${review.round} 轮` : ''}
        {review.submittedAt ? ` · 提交于 ${beijingTime(review.submittedAt)}` : ''}
      </p>

      {data.state === 'draft' && review.returnReason ? (
        <div className="rm-review__returned" role="note">
          <strong>已退回修改：</strong>
          {review.returnReason}
        </div>
      ) : null}

      <StageChain state={data.state} approvals={review.approvals ?? []} timeline={data.timeline} />

      <div className="rm-review__block">
        <h4>
          三校（已完成 {proofs.length} / 需 {data.requiredProofRounds} 轮）
        </h4>
        {proofs.length ? (
          <ol className="rm-review__proofs">
            {proofs.map((proof, index) => (
              <li key={index}>
                {['一校', '二校', '三校'][proof.round - 1] ?? `第 ${proof.round} 校`}：改正 {proof.corrections} 处
                {proofActors[index] ? ` · ${proofActors[index]}` : ''} · {beijingTime(proof.at)}
                {proof.note ? <div className="rm-review__muted">{proof.note}</div> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="rm-review__muted">尚无校对记录</p>
        )}
      </div>

      {findings ? <ChecksList findings={findings} /> : null}

      {data.diff?.html ? (
        <details className="rm-review__block rm-review__diff" open>
          <summary>
            <h4>自上一轮以来的改动{data.diff.since ? `（${beijingTime(data.diff.since)} 起）` : ''}</h4>
          </summary>
          {/* The server escapes every piece of item text (workflow/diff/renderDiffHtml); only its tags are markup. */}
          <div dangerouslySetInnerHTML={{ __html: data.diff.html }} />
        </details>
      ) : null}

      {modified && data.actions.length ? (
        <Banner type="info">有未保存的修改。审核针对已保存的版本，请先保存草稿。</Banner>
      ) : null}
      {refusal ? (
        <div className="rm-review__refusal" role="alert">
          {refusal}
        </div>
      ) : null}
      <ActionForm
        actions={data.actions}
        state={data.state}
        busy={busy}
        disabled={modified}
        onAct={act}
      />

      <Timeline entries={data.timeline} />

      <p className="rm-review__links">
        <a href={`${base}/review-record.pdf`} target="_blank" rel="noopener">
          打印审核登记表（PDF）
        </a>
      </p>
    </section>
  )
}

export default ReviewPanel
