import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { defaultRange } from '../../reports/range'
import { reportScope } from '../../reports/scope'
import { treeOrder } from '../../reports/aggregate'
import { ViewShell } from '../ViewShell'
import { ReportsClient } from './ReportsClient'

/** 报表: the units this user may report on (the endpoint checks again), then the client part does the rest. */
export async function ReportsView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const scope = req.user ? await reportScope(req) : null
  return (
    <ViewShell props={props} title="报表" path="/reports">
      {scope?.ok ? (
        <ReportsClient
          api={`${req.payload.config.serverURL ?? ''}${req.payload.config.routes.api}`}
          units={treeOrder(scope.units).map((u) => ({ id: String(u.id), name: `${'　'.repeat(u.depth)}${u.name}` }))}
          initial={defaultRange()}
        />
      ) : (
        <p className="rm-error">{scope?.message ?? '请先登录'}</p>
      )}
    </ViewShell>
  )
}

export default ReportsView
