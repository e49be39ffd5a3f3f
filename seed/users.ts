/**
 * One demo user per role, all with the same password so the printed login table fits on a screen.
 * Plain data (no Payload import) so scripts/start.ts can print it without loading Payload.
 */
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || 'rongmei-demo'

export type DemoUser = {
  email: string
  name: string
  /** Unit code from seed/units.ts */
  unit: string
  roles: ('admin' | 'editor' | 'reviewer' | 'operator')[]
  reviewStages?: ('1' | '2' | '3')[]
  /** Unit codes the reviewer reviews besides their own; 'all-top-level' = every unit without a parent. */
  reviewScope?: string[] | 'all-top-level'
  phone?: string
  /** What the login table says about the account. */
  roleLabel: { zh: string; en: string }
}

export const DEMO_USERS: readonly DemoUser[] = [
  {
    email: 'admin@rongmei.local',
    name: '林晓峰',
    unit: 'qmt',
    roles: ['admin'],
    phone: '13805510101',
    roleLabel: { zh: '系统管理员', en: 'Administrator' },
  },
  {
    email: 'editor@rongmei.local',
    name: '陈思雨',
    unit: 'wxcm',
    roles: ['editor'],
    phone: '13905510202',
    roleLabel: { zh: '编辑（文学与传媒学院）', en: 'Editor (college)' },
  },
  {
    email: 'reviewer1@rongmei.local',
    name: '王嘉怡',
    unit: 'wxcm',
    roles: ['reviewer'],
    reviewStages: ['1'],
    phone: '13705510303',
    roleLabel: { zh: '初审（学院新闻秘书）', en: 'Reviewer, stage 1 (college)' },
  },
  {
    email: 'reviewer2@rongmei.local',
    name: '赵国栋',
    unit: 'wxcm',
    roles: ['reviewer'],
    reviewStages: ['2'],
    phone: '13605510404',
    roleLabel: { zh: '复审（学院党委副书记）', en: 'Reviewer, stage 2 (unit leader)' },
  },
  {
    email: 'reviewer3@rongmei.local',
    name: '刘建华',
    unit: 'xcb',
    roles: ['reviewer'],
    reviewStages: ['3'],
    reviewScope: 'all-top-level',
    phone: '13505510505',
    roleLabel: { zh: '终审（宣传部，全校范围）', en: 'Reviewer, stage 3 (whole university)' },
  },
  {
    email: 'operator@rongmei.local',
    name: '孙明远',
    unit: 'qmt',
    roles: ['operator'],
    phone: '18905510606',
    roleLabel: { zh: '渠道运营（全媒体中心）', en: 'Channel operator' },
  },
]
