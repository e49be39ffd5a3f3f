import React from 'react'

import { beijingTime } from './format'
import type { WorkflowPanelData } from './types'

type Approval = NonNullable<NonNullable<WorkflowPanelData['review']>['approvals']>[number]

const STAGES = [
  { stage: '1', label: '初审', state: 'review1' },
  { stage: '2', label: '复审', state: 'review2' },
  { stage: '3', label: '终审', state: 'review3' },
] as const

/** The reviewer's name: from the approval when it is populated, else from the latest matching timeline entry. */
function reviewerName(approval: Approval, stageState: string, timeline: WorkflowPanelData['timeline']): string {
  if (approval.reviewerName) return approval.reviewerName
  const reviewer = approval.reviewer as { name?: string } | null
  if (reviewer && typeof reviewer === 'object' && reviewer.name) return reviewer.name
  const entry = [...timeline].reverse().find((e) => e.action === 'approve' && e.fromState === stageState)
  return entry?.actor ?? '审核人'
}

/** 初审 → 复审 → 终审 of the current round: who approved, with what opinion and when; which stage is waiting. */
export function StageChain({ state, approvals, timeline }: { state: string; approvals: Approval[]; timeline: WorkflowPanelData['timeline'] }) {
  return (
    <ol className="rm-review__chain">
      {STAGES.map(({ stage, label, state: stageState }) => {
        const approval = approvals.find((a) => String(a.stage) === stage)
        const waiting = state === stageState
        return (
          <li key={stage} className={approval ? 'is-done' : waiting ? 'is-waiting' : 'is-pending'} data-stage={stage}>
            <div className="rm-review__stage">
              <strong>{label}</strong>
              <span>{approval ? `通过 · ${reviewerName(approval, stageState, timeline)}` : waiting ? '待审核' : '—'}</span>
            </div>
            {approval ? (
              <>
                <blockquote className="rm-review__opinion">{approval.opinion}</blockquote>
                <div className="rm-review__muted">{beijingTime(approval.at)}</div>
              </>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
