import type { WorkflowState } from './states'

/**
 * The review state machine (三审三校) as a table: for each action, the states it leaves from, where it goes,
 * and who may take it. Pure: the facts about the item and the actor come in as plain data, the decision
 * goes out as data; hooks/workflow connects it to Payload.
 */
export type Stage = 1 | 2 | 3
export type Action = 'submit' | 'approve' | 'return' | 'proofread' | 'schedule' | 'publish' | 'publishNow' | 'withdraw'

/** Who answers for stage 3: the owning unit's own 终审, or the university's (宣传部) for university-level accounts. */
export type FinalAuthority = 'unit' | 'university'

export type Approval = { stage: Stage; reviewer: string; versionHash: string }

export type ItemFacts = {
  state: WorkflowState
  unit: string
  author: string | null
  /** Approvals of the current round (a return or an edit after approval starts a new round). */
  approvals: readonly Approval[]
  proofRounds: number
  requiredProofRounds: number
  finalAuthority: FinalAuthority
  /** Hash of the version being acted on. */
  versionHash: string
  scheduledAt?: string | null
  /** 禁发至: no channel and no site before this instant. */
  embargoUntil?: string | null
}

export type ActorFacts = {
  id: string
  roles: readonly string[]
  reviewStages: readonly Stage[]
  /** Unit ids the actor works on (own unit and below, plus review scope). */
  scope: ReadonlySet<string>
  /** The actor's own unit is a university-level review authority (宣传部). */
  atUniversityAuthority: boolean
  /** The system itself (scheduler, publisher): not a person. */
  system?: boolean
}

export type TransitionInput = {
  action: Action
  opinion?: string
  /** 终审 acknowledges the warnings of the checks. */
  acknowledgeWarnings?: boolean
  warnings?: number
  now?: Date
}

export type Refusal = { ok: false; code: RefusalCode; message: string; status: 400 | 403 | 409 }
export type Decision = { ok: true; from: WorkflowState; to: WorkflowState; stage?: Stage; newRound: boolean }

export type RefusalCode =
  | 'not-allowed-from-state'
  | 'role'
  | 'scope'
  | 'stage'
  | 'own-work'
  | 'twice'
  | 'authority'
  | 'opinion-required'
  | 'proofreading'
  | 'warnings'
  | 'schedule-time'
  | 'embargo'

const STAGE_OF: Partial<Record<WorkflowState, Stage>> = { review1: 1, review2: 2, review3: 3 }
const NEXT_AFTER: Record<Stage, WorkflowState> = { 1: 'review2', 2: 'review3', 3: 'approved' }
export const STAGE_LABEL: Record<Stage, string> = { 1: '初审', 2: '复审', 3: '终审' }
export const ACTION_LABEL: Record<Action, string> = {
  submit: '提交审核',
  approve: '通过',
  return: '退回修改',
  proofread: '记录校对',
  schedule: '定时发布',
  publish: '发布',
  publishNow: '立即发布',
  withdraw: '撤稿',
}

/** The states each action may start from. */
export const FROM: Record<Action, readonly WorkflowState[]> = {
  submit: ['draft'],
  approve: ['review1', 'review2', 'review3'],
  return: ['review1', 'review2', 'review3'],
  proofread: ['review1', 'review2', 'review3'],
  schedule: ['approved'],
  publish: ['approved', 'scheduled'],
  publishNow: ['approved', 'scheduled'],
  withdraw: ['approved', 'scheduled', 'published'],
}

const refuse = (code: RefusalCode, message: string, status: Refusal['status'] = 403): Refusal => ({
  ok: false,
  code,
  message,
  status,
})

/** An instant as the admin shows it: Beijing time, to the minute. */
const beijingTime = (ms: number) =>
  new Date(ms).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false })

const isAdmin = (actor: ActorFacts) => actor.roles.includes('admin')
const inScope = (actor: ActorFacts, item: ItemFacts) => actor.scope.has(item.unit)

/** Whether the actor may review the item at the given stage (role, stage, scope, authority, own work, twice). */
export function reviewerRefusal(item: ItemFacts, actor: ActorFacts, stage: Stage): Refusal | null {
  if (!actor.roles.includes('reviewer')) return refuse('role', '只有审核员可以审核稿件')
  if (!actor.reviewStages.includes(stage)) return refuse('stage', `您没有${STAGE_LABEL[stage]}权限`)
  if (!inScope(actor, item)) return refuse('scope', '该稿件不在您的审核范围内')
  if (stage === 3 && item.finalAuthority === 'university' && !actor.atUniversityAuthority) {
    return refuse('authority', '该稿件发往校级账号，终审须由宣传部审核人完成')
  }
  if (item.author != null && item.author === actor.id) return refuse('own-work', '不能审核自己撰写的稿件')
  if (item.approvals.some((approval) => approval.reviewer === actor.id)) {
    return refuse('twice', '同一审核人不能在两个审核环节审核同一稿件')
  }
  return null
}

/** Decides one transition. Never throws: a refusal carries a Chinese message and an HTTP status. */
export function decide(item: ItemFacts, actor: ActorFacts, input: TransitionInput): Decision | Refusal {
  const { action } = input
  if (!FROM[action].includes(item.state)) {
    return refuse('not-allowed-from-state', `稿件当前状态不能执行“${ACTION_LABEL[action]}”`, 409)
  }
  const opinion = input.opinion?.trim() ?? ''
  const stage = STAGE_OF[item.state]

  switch (action) {
    case 'submit': {
      if (!actor.roles.includes('editor') && !isAdmin(actor)) return refuse('role', '只有编辑可以提交稿件')
      if (!isAdmin(actor) && !inScope(actor, item)) return refuse('scope', '只能提交本单位的稿件')
      return { ok: true, from: item.state, to: 'review1', newRound: true }
    }
    case 'approve':
    case 'return': {
      const refusal = reviewerRefusal(item, actor, stage!)
      if (refusal) return refusal
      if (!opinion) return refuse('opinion-required', '请填写审核意见', 400)
      if (action === 'return') return { ok: true, from: item.state, to: 'draft', stage, newRound: true }
      if (stage === 3 && item.proofRounds < item.requiredProofRounds) {
        return refuse('proofreading', `终审前需完成 ${item.requiredProofRounds} 轮校对，目前 ${item.proofRounds} 轮`, 400)
      }
      if (stage === 3 && (input.warnings ?? 0) > 0 && !input.acknowledgeWarnings) {
        return refuse('warnings', `检查发现 ${input.warnings} 处提示，终审须确认后才能通过`, 400)
      }
      // A 终审 approval of an item with a future publication time goes straight to 已排期.
      const at = item.scheduledAt ? Date.parse(item.scheduledAt) : NaN
      const to = stage === 3 && at > (input.now ?? new Date()).getTime() ? 'scheduled' : NEXT_AFTER[stage!]
      return { ok: true, from: item.state, to, stage, newRound: false }
    }
    case 'proofread': {
      const canProofread = ['editor', 'reviewer', 'admin'].some((role) => actor.roles.includes(role))
      if (!canProofread) return refuse('role', '只有编辑或审核员可以记录校对')
      if (!isAdmin(actor) && !inScope(actor, item)) return refuse('scope', '该稿件不在您的范围内')
      if (item.proofRounds >= 3) return refuse('proofreading', '已完成三校，不能再增加校对轮次', 400)
      return { ok: true, from: item.state, to: item.state, newRound: false }
    }
    case 'schedule': {
      if (!actor.system && !isAdmin(actor) && !(actor.roles.includes('editor') && inScope(actor, item))) {
        return refuse('role', '只有本单位编辑可以设置定时发布')
      }
      const at = item.scheduledAt ? Date.parse(item.scheduledAt) : NaN
      if (!(at > (input.now ?? new Date()).getTime())) return refuse('schedule-time', '请先设置一个将来的定时发布时间', 400)
      return { ok: true, from: item.state, to: 'scheduled', newRound: false }
    }
    case 'publish': {
      if (!actor.system) return refuse('role', '发布由系统在审核通过后自动完成')
      return { ok: true, from: item.state, to: 'published', newRound: false }
    }
    case 'publishNow': {
      // 立即发布 (批量发布): a person releases an approved item now, ahead of its 定时发布 time. Whoever sets the
      // time may bring it forward: the unit's editors and administrators. 禁发至 still holds.
      if (!isAdmin(actor)) {
        if (!actor.roles.includes('editor')) return refuse('role', '只有本单位编辑或管理员可以立即发布')
        if (!inScope(actor, item)) return refuse('scope', '该稿件不属于您的单位，不能发布')
      }
      const until = item.embargoUntil ? Date.parse(item.embargoUntil) : NaN
      if (until > (input.now ?? new Date()).getTime()) {
        return refuse('embargo', `禁发至 ${beijingTime(until)}，此前不能发布`, 409)
      }
      return { ok: true, from: item.state, to: 'published', newRound: false }
    }
    case 'withdraw': {
      const finalReviewer = actor.roles.includes('reviewer') && actor.reviewStages.includes(3) && inScope(actor, item)
      if (!isAdmin(actor) && !finalReviewer && !actor.system) return refuse('role', '只有管理员或终审审核人可以撤稿')
      if (!opinion) return refuse('opinion-required', '请填写撤稿原因', 400)
      return { ok: true, from: item.state, to: 'withdrawn', newRound: false }
    }
  }
}

/** The actions an actor could take now (for the review panel); opinion-dependent checks are left to decide(). */
export function availableActions(item: ItemFacts, actor: ActorFacts): Action[] {
  return (Object.keys(FROM) as Action[]).filter((action) => {
    // The system publishes; 立即发布 is a list action (批量发布), not a step of the review panel.
    if (action === 'publish' || action === 'publishNow') return false
    const result = decide(item, actor, { action, opinion: 'x', acknowledgeWarnings: true })
    return result.ok || (result.code !== 'not-allowed-from-state' && !['role', 'scope', 'stage', 'own-work', 'twice', 'authority'].includes(result.code))
  })
}

/** Stage-3 authority of an item: the strictest among its target accounts. */
export const strictestAuthority = (tiers: readonly (string | null | undefined)[]): FinalAuthority =>
  tiers.includes('university') ? 'university' : 'unit'
