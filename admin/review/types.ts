/** What `GET /api/<collection>/:id/workflow` answers (hooks/workflow/endpoints); `diff` and `checks` arrive later. */
export type WorkflowPanelData = {
  state: string
  versionHash: string
  finalAuthority: 'unit' | 'university'
  requiredProofRounds: number
  actions: { action: PanelAction; label: string }[]
  review: {
    round?: number | null
    submittedAt?: string | null
    returnReason?: string | null
    approvedAt?: string | null
    approvedHash?: string | null
    approvals?: { stage: string; reviewer: unknown; reviewerName?: string | null; opinion: string; versionHash: string; at: string }[] | null
    proofreading?: { round: number; proofreader: unknown; corrections: number; note?: string | null; at: string }[] | null
    checks?: unknown
  } | null
  timeline: { action: string; actor: string | null; fromState: string | null; toState: string | null; note: string | null; versionHash: string | null; at: string }[]
  diff?: { since?: string | null; html: string } | null
  checks?: unknown
}

export type PanelAction = 'submit' | 'approve' | 'return' | 'proofread' | 'schedule' | 'withdraw'

/** A finding of the checks, as far as the panel needs it (the checks module may send more). */
export type Finding = {
  level: 'block' | 'warn' | 'info'
  message: string
  field?: string
  position?: string
  excerpt?: string
}
