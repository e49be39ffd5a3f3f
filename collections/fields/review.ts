import type { Field } from 'payload'

import { WORKFLOW_STATES } from '../../workflow/states'

const STAGE_OPTIONS = [
  { value: '1', label: { zh: '初审', en: 'Stage 1' } },
  { value: '2', label: { zh: '复审', en: 'Stage 2' } },
  { value: '3', label: { zh: '终审', en: 'Stage 3' } },
]

/**
 * The workflow's own fields. They are written only by the review workflow (hooks/workflow); a client that
 * sends a changed value is refused by hooks/workflow/guardWorkflowFields, over every API.
 */
export const reviewFields: Field[] = [
  {
    name: 'workflowState',
    type: 'select',
    defaultValue: 'draft',
    index: true,
    label: { zh: '审核状态', en: 'Review state' },
    options: WORKFLOW_STATES.map(({ value, zh, en }) => ({ value, label: { zh, en } })),
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'author',
    type: 'relationship',
    relationTo: 'users',
    label: { zh: '撰稿人（提交人）', en: 'Author' },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'review',
    type: 'group',
    label: { zh: '审核记录', en: 'Review record' },
    // The review panel (admin/review) shows this record; the form does not repeat it.
    admin: { readOnly: true, hidden: true },
    // Opinions are internal: the public sees a published item without them (the site prints only the names).
    access: { read: ({ req }) => Boolean(req.user) },
    fields: [
      { name: 'seq', type: 'number', defaultValue: 0, label: { zh: '流转次数', en: 'Transitions' } },
      { name: 'round', type: 'number', defaultValue: 0, label: { zh: '审核轮次', en: 'Round' } },
      {
        name: 'finalAuthority',
        type: 'select',
        options: [
          { value: 'unit', label: { zh: '本单位终审', en: 'Own unit' } },
          { value: 'university', label: { zh: '校级终审（宣传部）', en: 'University' } },
        ],
        label: { zh: '终审归属', en: 'Final review by' },
      },
      { name: 'submittedAt', type: 'date', label: { zh: '提交时间', en: 'Submitted at' } },
      {
        name: 'approvals',
        type: 'array',
        label: { zh: '本轮审核意见', en: 'Approvals (this round)' },
        fields: [
          { name: 'stage', type: 'select', options: STAGE_OPTIONS, required: true, label: { zh: '环节', en: 'Stage' } },
          { name: 'reviewer', type: 'relationship', relationTo: 'users', required: true, label: { zh: '审核人', en: 'Reviewer' } },
          // The name as it was when approving: what credits print, even if the account changes later.
          { name: 'reviewerName', type: 'text', label: { zh: '审核人姓名', en: 'Reviewer name' } },
          { name: 'opinion', type: 'textarea', required: true, label: { zh: '审核意见', en: 'Opinion' } },
          { name: 'versionHash', type: 'text', required: true, label: { zh: '所审版本', en: 'Version' } },
          { name: 'at', type: 'date', required: true, label: { zh: '时间', en: 'At' } },
        ],
      },
      {
        name: 'proofreading',
        type: 'array',
        label: { zh: '三校记录', en: 'Proofreading rounds' },
        fields: [
          { name: 'round', type: 'number', required: true, label: { zh: '校次', en: 'Round' } },
          { name: 'proofreader', type: 'relationship', relationTo: 'users', required: true, label: { zh: '校对人', en: 'Proofreader' } },
          { name: 'corrections', type: 'number', min: 0, required: true, label: { zh: '改正处数', en: 'Corrections' } },
          { name: 'note', type: 'textarea', label: { zh: '说明', en: 'Note' } },
          { name: 'at', type: 'date', required: true, label: { zh: '时间', en: 'At' } },
        ],
      },
      { name: 'returnReason', type: 'textarea', label: { zh: '最近退回意见', en: 'Last return reason' } },
      { name: 'approvedHash', type: 'text', index: true, label: { zh: '通过版本哈希', en: 'Approved hash' } },
      { name: 'approvedAt', type: 'date', label: { zh: '通过时间', en: 'Approved at' } },
      { name: 'checks', type: 'json', label: { zh: '检查结果', en: 'Check results' } },
      { name: 'warningsAcknowledged', type: 'checkbox', label: { zh: '终审已确认提示', en: 'Warnings acknowledged' } },
    ],
  },
]

/** Top-level field names the workflow owns. */
export const WORKFLOW_FIELDS = ['workflowState', 'author', 'review'] as const
