/** Everything printed on the 审核登记表 of one item version; the caller reads it from the item and its review history. */

export type StageNumber = 1 | 2 | 3
export type StageLabel = '初审' | '复审' | '终审'
export type StageDecision = 'approved' | 'returned'

export interface ReviewStageEntry {
  stage: StageNumber
  label: StageLabel
  /** Reviewer's display name. */
  reviewer: string
  /** The reviewer's unit, e.g. '党委宣传部'. */
  unitName: string
  /** The written 审核意见 (may be long and contain line breaks). */
  opinion: string
  decision: StageDecision
  /** ISO date (or Date) of the decision. */
  at: string | Date
}

export interface ProofreadingEntry {
  round: 1 | 2 | 3
  proofreader: string
  /** Number of corrections made in this round. */
  corrections: number
  at: string | Date
}

export interface ChecksSummary {
  /** Hits of block-level sensitive words (must be 0 for an approved item). */
  blocks: number
  /** Warnings (warn-level words, typos, channel limits). */
  warnings: number
  /** Warnings a reviewer acknowledged. */
  acknowledged: number
}

export interface ReviewRecord {
  title: string
  kicker?: string | null
  /** The owning unit (所属单位). */
  unitName: string
  columnName?: string | null
  /** The 署名 line, e.g. '文/张三 图/李四'. */
  authors: string
  submittedAt: string | Date
  /** Content hash of the reviewed version (printed in full on every page). */
  versionHash: string
  /** Names of the target channel accounts. */
  targets: string[]
  /** In the order they happened; a stage may appear more than once after a return. */
  stages: ReviewStageEntry[]
  proofreading: ProofreadingEntry[]
  checks: ChecksSummary
  generatedAt: string | Date
}
