import type { ServerProps } from 'payload'
import React from 'react'

import { age, beijingTime, stateLabel } from '../review/format'
import '../review/reviewPanel.css'
import { myDrafts, myScheduled, waitingForMe, type QueueItem } from './queues'

const KIND: Record<string, string> = { articles: '文章', videos: '视频' }

type AgeKind = 'waited' | 'returned' | 'edited' | 'scheduled'
/** "已等待 3 小时", "2 天前退回", "刚刚修改", "定于 2026-12-01 08:00 发布". */
function ageText(kind: AgeKind, since: string): string {
  if (kind === 'scheduled') return `定于 ${beijingTime(since)} 发布`
  const a = age(since)
  if (kind === 'waited') return a === '刚刚' ? '刚刚提交' : `已等待 ${a}`
  const verb = kind === 'returned' ? '退回' : '修改'
  return a === '刚刚' ? `刚刚${verb}` : `${a}前${verb}`
}

function Queue({ title, items, empty, ageKind, id }: { title: string; items: QueueItem[]; empty: string; ageKind: AgeKind; id: string }) {
  return (
    <section className="rm-queue" id={id} aria-label={title}>
      <h3>
        {title}
        <span className="rm-queue__count">{items.length}</span>
      </h3>
      {items.length ? (
        <ul>
          {items.map((item) => (
            <li key={`${item.collection}:${item.id}`} data-id={String(item.id)}>
              <div className="rm-queue__row">
                <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a>
                <span className="rm-queue__age" title={item.since}>
                  {ageText(ageKind, item.since)}
                </span>
              </div>
              <div className="rm-queue__meta">
                {KIND[item.collection]} · {stateLabel(item.state)}
              </div>
              {item.opinion ? <div className="rm-queue__opinion">退回意见：{item.opinion}</div> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="rm-queue__empty">{empty}</p>
      )}
    </section>
  )
}

/**
 * The dashboard's work lists, read with the signed-in user's own access: 待我审核 for reviewers (oldest first),
 * 退回给我 (with the reviewer's opinion), 我的草稿 and 我的排期 for editors, each with how long it has waited.
 */
export default async function ReviewQueues({ user, payload }: ServerProps) {
  if (!user) return null
  const [waiting, mine, scheduled] = await Promise.all([waitingForMe(payload, user), myDrafts(payload, user), myScheduled(payload, user)])
  const roles = ((user as { roles?: string[] }).roles ?? []) as string[]
  const lists: React.ReactNode[] = []
  if (roles.includes('reviewer')) {
    lists.push(<Queue key="waiting" id="rm-waiting" title="待我审核" items={waiting} empty="没有等待您审核的稿件" ageKind="waited" />)
  }
  if (roles.includes('editor')) {
    lists.push(<Queue key="returned" id="rm-returned" title="退回给我" items={mine.returned} empty="没有被退回的稿件" ageKind="returned" />)
    lists.push(<Queue key="drafts" id="rm-drafts" title="我的草稿" items={mine.drafts} empty="没有草稿" ageKind="edited" />)
    lists.push(<Queue key="scheduled" id="rm-scheduled" title="我的排期" items={scheduled} empty="没有等待定时发布的稿件" ageKind="scheduled" />)
  }
  if (!lists.length) return null
  return <div className="rm-queues">{lists}</div>
}
