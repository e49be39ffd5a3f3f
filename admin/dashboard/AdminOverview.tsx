import type { ServerProps } from 'payload'
import React from 'react'

import { isAdminUser } from '../../access/roles'
import { PUBLICATION_STATES } from '../../publishers/core/contract'
import { channelLabel, publicationStateLabel } from '../publications/format'
import { beijingTime } from '../review/format'
import { daysText, filingLapses, tokenExpiries, FILING_WINDOW_DAYS, TOKEN_WINDOW_DAYS, type Alert } from './accountAlerts'
import '../views.css'

/** The board's order: what needs a person, what is waiting, then the rest. */
const ORDER = ['failed', 'retrying', 'queued', 'rendering', 'delivering', 'submitted', 'delivered', 'withdrawn', 'canceled', 'superseded']

function AlertList({ id, title, alerts, empty, admin }: { id: string; title: string; alerts: Alert[]; empty: string; admin: string }) {
  return (
    <section id={id} aria-label={title}>
      <h3>
        {title} <span className="rm-muted">{alerts.length}</span>
      </h3>
      {alerts.length ? (
        <ul>
          {alerts.map((a) => (
            <li key={a.id} data-id={String(a.id)}>
              <a href={`${admin}/collections/channel-accounts/${a.id}`}>{a.name}</a>
              <span className="rm-muted"> · {a.kind ? channelLabel(a.kind) : ''} · {beijingTime(a.at).slice(0, 10)} · </span>
              <span className={a.daysLeft < 0 ? 'rm-late' : undefined}>{daysText(a.daysLeft)}</span>
              {a.problem ? <div className="rm-late">{a.problem}</div> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="rm-muted">{empty}</p>
      )}
    </section>
  )
}

/**
 * The administrator's dashboard: publications by state with failures first and the latest failures (link to the
 * 发布看板), accounts whose filing lapses within 30 days, tokens about to expire. Read with the admin's own access.
 */
export default async function AdminOverview({ user, payload }: ServerProps) {
  if (!user || !isAdminUser(user as never)) return null
  const admin = payload.config.routes.admin
  const counts = await Promise.all(
    ORDER.map(async (state) => ({ state, n: (await payload.count({ collection: 'publications', where: { state: { equals: state } }, overrideAccess: false, user })).totalDocs })),
  )
  const failures = await payload.find({ collection: 'publications', where: { state: { equals: 'failed' } }, sort: '-updatedAt', limit: 5, depth: 1, overrideAccess: false, user })
  const { docs: accounts } = await payload.find({
    collection: 'channel-accounts',
    where: { status: { not_equals: 'cancelled' } },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { name: true, kind: true, status: true, nextReviewDate: true, settings: true },
    overrideAccess: false,
    user,
  })
  const now = new Date()
  const list = accounts.map((a) => ({ ...a, name: String(a.name) }))
  const known = new Set(PUBLICATION_STATES.map((s) => s.value as string))
  return (
    <div className="rm-overview">
      <section id="rm-publications" aria-label="发布概况">
        <h3>
          发布概况 · <a href={`${admin}/collections/publications`}>打开发布看板</a>
        </h3>
        <div>
          {counts
            .filter((c) => known.has(c.state) && (c.n > 0 || c.state === 'failed'))
            .map((c) => (
              <span key={c.state} className="rm-stat" data-state={c.state}>
                {publicationStateLabel(c.state)} <strong>{c.n}</strong>
              </span>
            ))}
        </div>
        {failures.docs.length ? (
          <ul>
            {failures.docs.map((p) => {
              const item = p.item as { relationTo: string; value: number | string | { id: number | string } }
              const itemId = typeof item.value === 'object' ? item.value.id : item.value
              const account = p.account && typeof p.account === 'object' ? p.account.name : ''
              return (
                <li key={p.id} data-state="failed">
                  <a href={`${admin}/collections/${item.relationTo}/${itemId}`}>{p.itemTitle || `#${itemId}`}</a>
                  <span className="rm-muted"> · {channelLabel(p.channel)} {account} · {beijingTime(p.updatedAt)}</span>
                  {p.lastError?.message ? <div className="rm-late">{p.lastError.message}</div> : null}
                </li>
              )
            })}
          </ul>
        ) : (
          <p className="rm-muted">没有失败的投递。</p>
        )}
      </section>
      <AlertList id="rm-filing" title={`${FILING_WINDOW_DAYS} 天内年审到期的账号`} alerts={filingLapses(list, now)} empty="没有即将到期的备案。" admin={admin} />
      <AlertList id="rm-tokens" title={`${TOKEN_WINDOW_DAYS} 天内过期的接口令牌`} alerts={tokenExpiries(list, now)} empty="没有即将过期的令牌。" admin={admin} />
    </div>
  )
}
