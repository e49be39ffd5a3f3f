import { describe, expect, it } from 'vitest'

import { WORKFLOW_STATES, type WorkflowState } from '../../workflow/states'
import {
  availableActions,
  decide,
  FROM,
  strictestAuthority,
  type Action,
  type ActorFacts,
  type ItemFacts,
  type RefusalCode,
} from '../../workflow/transitions'

const STATES = new Set<string>(WORKFLOW_STATES.map((state) => state.value))
const COLLEGE = 'college'
const STUDIO = 'studio'
const OTHER = 'other-college'
const XCB = 'xcb'

const item = (over: Partial<ItemFacts> = {}): ItemFacts => ({
  state: 'draft',
  unit: STUDIO,
  author: 'author',
  approvals: [],
  proofRounds: 1,
  requiredProofRounds: 1,
  finalAuthority: 'unit',
  versionHash: 'h1',
  ...over,
})

const actor = (id: string, roles: string[], over: Partial<ActorFacts> = {}): ActorFacts => ({
  id,
  roles,
  reviewStages: [],
  scope: new Set([COLLEGE, STUDIO]),
  atUniversityAuthority: false,
  ...over,
})

const author = actor('author', ['editor'])
const otherEditor = actor('other-editor', ['editor'], { scope: new Set([OTHER]) })
const r1 = actor('r1', ['reviewer'], { reviewStages: [1] })
const r2 = actor('r2', ['reviewer'], { reviewStages: [2] })
const r3college = actor('r3c', ['reviewer'], { reviewStages: [3] })
const r3xcb = actor('r3x', ['reviewer'], { reviewStages: [3], scope: new Set([XCB, COLLEGE, STUDIO, OTHER]), atUniversityAuthority: true })
const r1other = actor('r1o', ['reviewer'], { reviewStages: [1], scope: new Set([OTHER]) })
const admin = actor('admin', ['admin'], { scope: new Set() })
const system = actor('system', [], { system: true, scope: new Set() })
const operator = actor('op', ['operator'])

type Case = [label: string, ItemFacts, ActorFacts, Action, { opinion?: string; ack?: boolean; warnings?: number }, WorkflowState | RefusalCode]

const future = new Date(Date.now() + 3_600_000).toISOString()
const past = new Date(Date.now() - 3_600_000).toISOString()
const withApproval = (state: WorkflowState, reviewer: string, stage: 1 | 2 = 1) =>
  item({ state, approvals: [{ stage, reviewer, versionHash: 'h1' }] })

/** Every allowed and every refused transition, with the state reached or the refusal code. */
const CASES: Case[] = [
  // submit
  ['author submits a draft', item(), author, 'submit', {}, 'review1'],
  ['an admin submits', item(), admin, 'submit', {}, 'review1'],
  ['an editor of another unit cannot submit', item(), otherEditor, 'submit', {}, 'scope'],
  ['a reviewer cannot submit', item(), r1, 'submit', {}, 'role'],
  ['an operator cannot submit', item(), operator, 'submit', {}, 'role'],
  ['cannot submit what is already under review', item({ state: 'review1' }), author, 'submit', {}, 'not-allowed-from-state'],
  ['cannot submit an approved item', item({ state: 'approved' }), author, 'submit', {}, 'not-allowed-from-state'],
  // approve, stage by stage
  ['stage 1 approves', item({ state: 'review1' }), r1, 'approve', { opinion: '同意' }, 'review2'],
  ['stage 2 approves', withApproval('review2', 'r1'), r2, 'approve', { opinion: '同意' }, 'review3'],
  ['stage 3 (college) approves a unit-level item', item({ state: 'review3' }), r3college, 'approve', { opinion: '同意发布' }, 'approved'],
  ['终审 of an item with a future time schedules it', item({ state: 'review3', scheduledAt: future }), r3college, 'approve', { opinion: '同意，按时发布' }, 'scheduled'],
  ['终审 of an item whose time has passed approves it', item({ state: 'review3', scheduledAt: past }), r3college, 'approve', { opinion: '同意' }, 'approved'],
  ['stage 3 (宣传部) approves a university-level item', item({ state: 'review3', finalAuthority: 'university' }), r3xcb, 'approve', { opinion: '同意' }, 'approved'],
  ['a college 终审 cannot approve a university-level item', item({ state: 'review3', finalAuthority: 'university' }), r3college, 'approve', { opinion: '同意' }, 'authority'],
  ['stage 1 cannot approve stage 3', item({ state: 'review3' }), r1, 'approve', { opinion: '同意' }, 'stage'],
  ['stage 3 cannot approve stage 1', item({ state: 'review1' }), r3college, 'approve', { opinion: '同意' }, 'stage'],
  ['a reviewer of unit B cannot act on unit A', item({ state: 'review1' }), r1other, 'approve', { opinion: '同意' }, 'scope'],
  ['an editor cannot approve', item({ state: 'review1' }), author, 'approve', { opinion: '同意' }, 'role'],
  ['an admin without reviewer role cannot approve', item({ state: 'review1' }), admin, 'approve', { opinion: '同意' }, 'role'],
  ['nobody approves their own work', item({ state: 'review1', author: 'r1' }), r1, 'approve', { opinion: '同意' }, 'own-work'],
  [
    'nobody approves the same item at two stages',
    withApproval('review2', 'r12'),
    actor('r12', ['reviewer'], { reviewStages: [1, 2] }),
    'approve',
    { opinion: '同意' },
    'twice',
  ],
  ['an approval needs a written opinion', item({ state: 'review1' }), r1, 'approve', { opinion: '  ' }, 'opinion-required'],
  ['终审 waits for the configured proofreading rounds', item({ state: 'review3', proofRounds: 1, requiredProofRounds: 3 }), r3college, 'approve', { opinion: '同意' }, 'proofreading'],
  ['终审 must acknowledge warnings', item({ state: 'review3' }), r3college, 'approve', { opinion: '同意', warnings: 2 }, 'warnings'],
  ['终审 with warnings acknowledged', item({ state: 'review3' }), r3college, 'approve', { opinion: '同意', warnings: 2, ack: true }, 'approved'],
  ['cannot approve a draft', item(), r1, 'approve', { opinion: '同意' }, 'not-allowed-from-state'],
  // return
  ['stage 1 returns with a reason', item({ state: 'review1' }), r1, 'return', { opinion: '导语过长，请精简' }, 'draft'],
  ['stage 2 returns with a reason', withApproval('review2', 'r1'), r2, 'return', { opinion: '标题需调整' }, 'draft'],
  ['stage 3 returns with a reason', item({ state: 'review3' }), r3college, 'return', { opinion: '数据需核实' }, 'draft'],
  ['a return needs a written reason', item({ state: 'review2' }), r2, 'return', {}, 'opinion-required'],
  ['an editor cannot return', item({ state: 'review1' }), author, 'return', { opinion: 'x' }, 'role'],
  ['a reviewer of another unit cannot return', item({ state: 'review1' }), r1other, 'return', { opinion: 'x' }, 'scope'],
  ['cannot return an approved item', item({ state: 'approved' }), r3college, 'return', { opinion: 'x' }, 'not-allowed-from-state'],
  // proofread
  ['the author records a proofreading round', item({ state: 'review1', proofRounds: 0 }), author, 'proofread', {}, 'review1'],
  ['a reviewer records a proofreading round', item({ state: 'review2', proofRounds: 1 }), r2, 'proofread', {}, 'review2'],
  ['the 终审 reviewer records the third round', item({ state: 'review3', proofRounds: 2 }), r3college, 'proofread', {}, 'review3'],
  ['no fourth round', item({ state: 'review3', proofRounds: 3 }), r3college, 'proofread', {}, 'proofreading'],
  ['an operator cannot proofread', item({ state: 'review1' }), operator, 'proofread', {}, 'role'],
  ['another unit cannot proofread', item({ state: 'review1' }), otherEditor, 'proofread', {}, 'scope'],
  ['no proofreading of a draft', item(), author, 'proofread', {}, 'not-allowed-from-state'],
  // schedule
  ['the unit editor schedules an approved item', item({ state: 'approved', scheduledAt: future }), author, 'schedule', {}, 'scheduled'],
  ['scheduling needs a future time', item({ state: 'approved', scheduledAt: past }), author, 'schedule', {}, 'schedule-time'],
  ['scheduling needs a time at all', item({ state: 'approved' }), author, 'schedule', {}, 'schedule-time'],
  ['another unit cannot schedule', item({ state: 'approved', scheduledAt: future }), otherEditor, 'schedule', {}, 'role'],
  ['cannot schedule a draft', item({ scheduledAt: future }), author, 'schedule', {}, 'not-allowed-from-state'],
  // publish
  ['the system publishes an approved item', item({ state: 'approved' }), system, 'publish', {}, 'published'],
  ['the system publishes a scheduled item', item({ state: 'scheduled' }), system, 'publish', {}, 'published'],
  ['a person cannot publish by hand', item({ state: 'approved' }), admin, 'publish', {}, 'role'],
  ['nothing publishes a draft', item(), system, 'publish', {}, 'not-allowed-from-state'],
  ['nothing publishes an item under review', item({ state: 'review3' }), system, 'publish', {}, 'not-allowed-from-state'],
  // publishNow (批量发布): a person releases an approved item now; 禁发至 still holds
  ['the unit’s editor publishes an approved item now', item({ state: 'approved' }), author, 'publishNow', {}, 'published'],
  ['the unit’s editor publishes a scheduled item before its time', item({ state: 'scheduled', scheduledAt: future }), author, 'publishNow', {}, 'published'],
  ['an admin publishes now', item({ state: 'scheduled', scheduledAt: future }), admin, 'publishNow', {}, 'published'],
  ['an editor of another unit cannot publish now', item({ state: 'approved' }), otherEditor, 'publishNow', {}, 'scope'],
  ['a reviewer cannot publish now', item({ state: 'approved' }), r3college, 'publishNow', {}, 'role'],
  ['an operator cannot publish now', item({ state: 'approved' }), operator, 'publishNow', {}, 'role'],
  ['禁发至 holds against publishing now', item({ state: 'scheduled', scheduledAt: future, embargoUntil: future }), admin, 'publishNow', {}, 'embargo'],
  ['a past 禁发至 no longer holds', item({ state: 'approved', embargoUntil: past }), author, 'publishNow', {}, 'published'],
  ['cannot publish a draft now', item(), admin, 'publishNow', {}, 'not-allowed-from-state'],
  ['cannot publish an item under review now', item({ state: 'review3' }), author, 'publishNow', {}, 'not-allowed-from-state'],
  ['cannot publish a published item again', item({ state: 'published' }), admin, 'publishNow', {}, 'not-allowed-from-state'],
  // withdraw
  ['an admin withdraws a published item', item({ state: 'published' }), admin, 'withdraw', { opinion: '信息有误' }, 'withdrawn'],
  ['an admin withdraws an approved item before it ships', item({ state: 'approved' }), admin, 'withdraw', { opinion: '暂缓发布' }, 'withdrawn'],
  ['the system withdraws a scheduled item', item({ state: 'scheduled' }), system, 'withdraw', { opinion: '活动取消' }, 'withdrawn'],
  ['a 终审 reviewer withdraws', item({ state: 'published' }), r3college, 'withdraw', { opinion: '信息有误' }, 'withdrawn'],
  ['a withdrawal needs a reason', item({ state: 'published' }), admin, 'withdraw', {}, 'opinion-required'],
  ['an editor cannot withdraw', item({ state: 'published' }), author, 'withdraw', { opinion: 'x' }, 'role'],
  ['a stage-1 reviewer cannot withdraw', item({ state: 'published' }), r1, 'withdraw', { opinion: 'x' }, 'role'],
  ['cannot withdraw a draft', item(), admin, 'withdraw', { opinion: 'x' }, 'not-allowed-from-state'],
  ['cannot withdraw twice', item({ state: 'withdrawn' }), admin, 'withdraw', { opinion: 'x' }, 'not-allowed-from-state'],
]

describe('review transitions', () => {
  it.each(CASES)('%s', (_label, facts, who, action, { opinion, ack, warnings }, expected) => {
    const result = decide(facts, who, { action, opinion, acknowledgeWarnings: ack, warnings })
    if (result.ok) expect(result.to).toBe(expected)
    else {
      expect(result.code).toBe(expected)
      expect(result.message).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('covers every action from every state it may start from', () => {
    for (const action of Object.keys(FROM) as Action[]) {
      for (const state of FROM[action]) {
        const allowed = CASES.some(([, facts, , a, , expected]) => a === action && facts.state === state && STATES.has(expected))
        expect(allowed, `${action} from ${state}`).toBe(true)
      }
    }
  })

  it('a return starts a new round; approvals keep the round', () => {
    const returned = decide(item({ state: 'review2' }), r2, { action: 'return', opinion: '请补充' })
    const approved = decide(item({ state: 'review2' }), r2, { action: 'approve', opinion: '同意' })
    expect(returned.ok && returned.newRound).toBe(true)
    expect(approved.ok && approved.newRound).toBe(false)
  })

  it('offers each actor only what they may do', () => {
    expect(availableActions(item(), author)).toEqual(['submit'])
    expect(availableActions(item({ state: 'review1' }), r1)).toEqual(['approve', 'return', 'proofread'])
    expect(availableActions(item({ state: 'review1' }), r2)).toEqual(['proofread'])
    expect(availableActions(item({ state: 'review1' }), r1other)).toEqual([])
    expect(availableActions(item({ state: 'published' }), admin)).toEqual(['withdraw'])
  })

  it('an item for several accounts follows the strictest chain', () => {
    expect(strictestAuthority(['unit', 'university', null])).toBe('university')
    expect(strictestAuthority(['unit', undefined])).toBe('unit')
    expect(strictestAuthority([])).toBe('unit')
  })
})
