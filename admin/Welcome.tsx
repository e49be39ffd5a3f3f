import type { ServerProps } from 'payload'
import React from 'react'

import { ROLES } from '../access/roles'

/**
 * The first thing a signed-in user sees: who they are, their unit, their roles, and what is waiting.
 * Each role's lists follow (dashboard/ReviewQueues, dashboard/AdminOverview).
 */
export default async function Welcome({ user, payload }: ServerProps) {
  if (!user) return null
  const me = await payload.findByID({ collection: 'users', id: user.id, depth: 1, overrideAccess: false, user })
  const unit = typeof me.unit === 'object' && me.unit ? me.unit.name : '未指定单位'
  const roles = (me.roles ?? [])
    .map((role) => ROLES.find((r) => r.value === role)?.label.zh ?? role)
    .join('、')
  const drafts = await payload.count({
    collection: 'articles',
    where: { workflowState: { equals: 'draft' } },
    overrideAccess: false,
    user,
  })
  return (
    <div style={{ marginBottom: 24, padding: '16px 20px', border: '1px solid var(--theme-elevation-150)', borderRadius: 6 }}>
      <h3 style={{ margin: 0 }}>您好，{me.name}</h3>
      <p style={{ margin: '8px 0 0' }}>
        {unit} · {roles}
      </p>
      <p style={{ margin: '8px 0 0' }}>
        本单位范围内草稿 {drafts.totalDocs} 篇。<a href="/admin/collections/articles/create">写新稿件</a> ·{' '}
        <a href="/">查看网站</a>
      </p>
    </div>
  )
}
