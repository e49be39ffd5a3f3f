/** The states of a 微信组稿 (one multi-article post), with their Chinese labels. */
export const BUNDLE_STATES = [
  { value: 'draft', label: { zh: '编辑中', en: 'Draft' } },
  { value: 'queued', label: { zh: '排队中', en: 'Queued' } },
  { value: 'retrying', label: { zh: '等待重试', en: 'Retrying' } },
  { value: 'submitted', label: { zh: '已提交（待微信确认）', en: 'Submitted' } },
  { value: 'delivered', label: { zh: '已发表', en: 'Published' } },
  { value: 'failed', label: { zh: '失败', en: 'Failed' } },
] as const

export type BundleState = (typeof BUNDLE_STATES)[number]['value']

/** A bundle can be (re)published from these: afterwards its items are frozen. */
export const EDITABLE_BUNDLE_STATES = new Set<string>(['draft', 'failed'])

export const bundleStateLabel = (state: string) => BUNDLE_STATES.find((option) => option.value === state)?.label.zh ?? state
