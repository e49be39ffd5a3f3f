import type { Unit } from '../payload-types'

/**
 * The demo university's units. `code` is the natural key the seed finds them by; `parent` names
 * another unit's code (a college's studio belongs to the college, so the college's staff see its work).
 */
export type DemoUnit = { code: string; name: string; kind: Unit['kind']; parent?: string; reviewAuthority?: boolean }

export const DEMO_UNITS: readonly DemoUnit[] = [
  { code: 'xcb', name: '宣传部', kind: 'department', reviewAuthority: true },
  { code: 'xgb', name: '学工部', kind: 'department' },
  { code: 'tw', name: '团委', kind: 'department' },
  { code: 'xxhc', name: '信息化处', kind: 'department' },
  { code: 'mks', name: '马克思主义学院', kind: 'college' },
  { code: 'yiban', name: '易班发展中心', kind: 'centre', parent: 'xgb' },
  { code: 'qmt', name: '全媒体中心', kind: 'centre', parent: 'xcb' },
  { code: 'wxcm', name: '文学与传媒学院', kind: 'college' },
  { code: 'xxgc', name: '信息工程学院', kind: 'college' },
  { code: 'wsp', name: '微视频制作工作室', kind: 'studio', parent: 'wxcm' },
  { code: 'wlcp', name: '网络产品设计工作室', kind: 'studio', parent: 'xxgc' },
]
