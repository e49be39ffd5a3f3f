import type { CollectionConfig } from 'payload'

import { unitField } from './fields/unit'
import { contentCollection } from './contentCollection'

export const PROJECT_KINDS = [
  { value: 'boutique', label: { zh: '网络文化精品', en: 'Online culture work' } },
  { value: 'studio', label: { zh: '工作室项目', en: 'Studio project' } },
  { value: 'festival', label: { zh: '网络文化节活动', en: 'Culture festival event' } },
  { value: 'micro', label: { zh: '微系列活动', en: '"Micro" series' } },
  { value: 'selection', label: { zh: '评选', en: 'Selection' } },
]

export const PROJECT_STAGES = [
  { value: 'application', label: { zh: '申报', en: 'Application' } },
  { value: 'approval', label: { zh: '立项', en: 'Approved' } },
  { value: 'midterm', label: { zh: '中期', en: 'Mid-term' } },
  { value: 'completion', label: { zh: '结项', en: 'Completed' } },
]

export const CulturalProjects: CollectionConfig = contentCollection({
  slug: 'cultural-projects',
  labels: { singular: { zh: '网络文化项目', en: 'Cultural project' }, plural: { zh: '网络文化项目', en: 'Cultural projects' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'unit', 'stage'], group: { zh: '内容', en: 'Content' } },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '项目名称', en: 'Name' } },
    { name: 'kind', type: 'select', required: true, options: PROJECT_KINDS, label: { zh: '项目类型', en: 'Kind' } },
    unitField({ zh: '牵头单位', en: 'Lead unit' }),
    {
      name: 'team',
      type: 'array',
      label: { zh: '项目团队', en: 'Team' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'user', type: 'relationship', relationTo: 'users', label: { zh: '成员（系统用户）', en: 'Member' } },
            { name: 'name', type: 'text', label: { zh: '姓名', en: 'Name' } },
            { name: 'role', type: 'text', label: { zh: '分工', en: 'Role' } },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'periodStart', type: 'date', label: { zh: '开始日期', en: 'Start' } },
        {
          name: 'periodEnd',
          type: 'date',
          label: { zh: '结束日期', en: 'End' },
          validate: (value: unknown, { siblingData }: { siblingData: { periodStart?: string } }) =>
            !value || !siblingData.periodStart || new Date(String(value)) >= new Date(siblingData.periodStart)
              ? true
              : '结束日期不能早于开始日期',
        },
      ],
    },
    {
      name: 'stage',
      type: 'select',
      required: true,
      defaultValue: 'application',
      options: PROJECT_STAGES,
      label: { zh: '项目阶段', en: 'Stage' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'evaluations',
      type: 'array',
      label: { zh: '阶段评审意见', en: 'Stage evaluations' },
      fields: [
        { name: 'stage', type: 'select', required: true, options: PROJECT_STAGES, label: { zh: '阶段', en: 'Stage' } },
        { name: 'note', type: 'textarea', required: true, label: { zh: '评审意见', en: 'Evaluation' } },
        { name: 'date', type: 'date', label: { zh: '日期', en: 'Date' } },
      ],
    },
    {
      name: 'works',
      type: 'relationship',
      relationTo: ['articles', 'videos'],
      hasMany: true,
      label: { zh: '项目作品', en: 'Works' },
    },
    { name: 'showcaseSummary', type: 'textarea', label: { zh: '成果展示简介', en: 'Showcase summary' } },
    {
      name: 'cover',
      type: 'upload',
      relationTo: 'media',
      label: { zh: '展示封面', en: 'Showcase cover' },
      filterOptions: { mimeType: { contains: 'image' } },
    },
  ],
})
