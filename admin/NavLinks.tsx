import type { ServerProps } from 'payload'
import React from 'react'

import { hasRole, isAdminUser } from '../access/roles'

/** 工作台 in the navigation: the reports (admins and reviewers, as the endpoint allows), calendar and board. */
export function NavLinks({ user, payload }: ServerProps) {
  if (!user) return null
  const admin = payload.config.routes.admin
  const mayReport = isAdminUser(user as never) || hasRole(user as never, 'reviewer')
  return (
    <nav className="rm-navlinks" aria-label="工作台">
      <span className="rm-navlinks__label">工作台</span>
      {mayReport ? <a href={`${admin}/reports`}>报表</a> : null}
      <a href={`${admin}/calendar`}>编辑日历</a>
      <a href={`${admin}/projects-board`}>项目看板</a>
    </nav>
  )
}

export default NavLinks
