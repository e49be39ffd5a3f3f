/**
 * The review states of a content item (三审). Issue #3 adds the transition table and its rules;
 * this module is the shared vocabulary, free of Payload so renderers and tests can use it.
 */
export const WORKFLOW_STATES = [
  { value: 'draft', zh: '草稿', en: 'Draft' },
  { value: 'review1', zh: '待初审', en: 'Awaiting first review' },
  { value: 'review2', zh: '待复审', en: 'Awaiting second review' },
  { value: 'review3', zh: '待终审', en: 'Awaiting final review' },
  { value: 'approved', zh: '已通过', en: 'Approved' },
  { value: 'scheduled', zh: '已排期', en: 'Scheduled' },
  { value: 'published', zh: '已发布', en: 'Published' },
  { value: 'withdrawn', zh: '已撤稿', en: 'Withdrawn' },
] as const

export type WorkflowState = (typeof WORKFLOW_STATES)[number]['value']

/** States in which an item is visible to the public and to other units. */
export const PUBLIC_STATES: readonly WorkflowState[] = ['published']
