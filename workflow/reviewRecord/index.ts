export { reviewRecordPdf } from './reviewRecordPdf'
export { formatShanghaiTime } from './formatTime'
export type { ChecksSummary, ProofreadingEntry, ReviewRecord, ReviewStageEntry, StageDecision, StageLabel, StageNumber } from './types'
