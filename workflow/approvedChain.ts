import { STAGE_LABEL, type Stage } from './transitions'

export type ChainEntry = { stage: Stage; label: string; name: string }

/**
 * The approvals of the approved round as credits (初审 王嘉怡 / 复审 赵国栋 / 终审 刘建华), for channel
 * renderers that print them: pure, from the item's `review.approvals`.
 */
export function approvedChain(approvals: readonly { stage: string | number; reviewerName?: string | null }[] | null | undefined): ChainEntry[] {
  return [...(approvals ?? [])]
    .map((approval) => ({ stage: Number(approval.stage) as Stage, name: approval.reviewerName?.trim() ?? '' }))
    .filter((entry) => entry.name && STAGE_LABEL[entry.stage])
    .sort((a, b) => a.stage - b.stage)
    .map((entry) => ({ ...entry, label: STAGE_LABEL[entry.stage] }))
}

export const chainLine = (chain: readonly ChainEntry[]) => chain.map((entry) => `${entry.label}：${entry.name}`).join('  ')
