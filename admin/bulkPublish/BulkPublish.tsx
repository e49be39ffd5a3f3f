'use client'

import { Button, useConfig, useSelection } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useEffect, useState } from 'react'

import type { BulkItemResult, BulkLine } from '../../hooks/workflow/bulkPublish'
import { readLines } from '../../progress/readLines'
import { whereParams } from '../publications/format'
import { tallyDeliveries, type DeliveryTally } from './deliveryTally'
import './bulkPublish.css'

type Run = { total: number; done: number; items: BulkItemResult[]; finished: boolean }
/** How often the delivery counts are asked for while deliveries are on their way. */
const POLL_MS = 3000

/**
 * 批量发布 above the list of articles or videos: the rows ticked in Payload's list are published now, one by one
 * on the server (POST …/bulk-publish), which decides per item and streams each result; the bar follows it. Then
 * the deliveries those items released are counted from the REST API until none is on its way. The button is a
 * convenience: the server refuses per item what the workflow does not allow this user.
 */
export function BulkPublish({ collectionSlug }: { collectionSlug?: string }) {
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const { selectedIDs } = useSelection()
  const router = useRouter()
  const [confirming, setConfirming] = useState(false)
  const [run, setRun] = useState<Run | null>(null)
  const [error, setError] = useState('')
  const [tally, setTally] = useState<DeliveryTally | null>(null)

  const running = run != null && !run.finished
  const publicationIds = run?.finished ? run.items.flatMap((item) => item.publications) : []
  const watch = publicationIds.join(',')

  useEffect(() => {
    if (!watch) return
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const ids = watch.split(',')
    const poll = async () => {
      try {
        const query = whereParams([{ id: { in: ids } }])
        const res = await fetch(`${api}/publications?${query}&depth=0&limit=${ids.length}&select[state]=true`, { credentials: 'include', cache: 'no-store' })
        if (res.ok && !stopped) {
          const next = tallyDeliveries(((await res.json()) as { docs: { state: string }[] }).docs.map((doc) => doc.state))
          setTally(next)
          if (next.pending === 0) return
        }
      } catch {
        // The next round asks again.
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS)
    }
    void poll()
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [api, watch])

  if (collectionSlug !== 'articles' && collectionSlug !== 'videos') return null

  const start = async () => {
    const ids = [...selectedIDs]
    setConfirming(false)
    setError('')
    setTally(null)
    setRun({ total: ids.length, done: 0, items: [], finished: false })
    try {
      await readLines<BulkLine, true>(
        `${api}/${collectionSlug}/bulk-publish`,
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ids }) },
        (line) => {
          if (line.type === 'item') setRun((r) => r && { ...r, done: line.done, total: line.total, items: [...r.items, line.item] })
          else if (line.type === 'error') throw new Error(line.message)
          else if (line.type === 'done') return true
          return undefined
        },
        { failed: '批量发布失败', cut: '连接中断：服务器仍会处理完已提交的稿件，请刷新列表查看结果' },
      )
    } catch (e) {
      setError((e as Error).message)
    }
    setRun((r) => r && { ...r, finished: true })
    // The list below shows the new states.
    router.refresh()
  }

  const published = run?.items.filter((item) => item.result === 'published').length ?? 0
  return (
    <section className="rm-bulk" aria-label="批量发布">
      <div className="rm-bulk__bar">
        {confirming ? (
          <>
            <span>确认立即发布选中的 {selectedIDs.length} 篇稿件？已排期的稿件将提前发布；禁发至未到的稿件不会发布。</span>
            <Button size="small" margin={false} onClick={() => void start()}>
              确认发布
            </Button>
            <Button size="small" margin={false} buttonStyle="secondary" onClick={() => setConfirming(false)}>
              取消
            </Button>
          </>
        ) : (
          <>
            <Button size="small" margin={false} disabled={running || !selectedIDs.length} onClick={() => setConfirming(true)}>
              批量发布
            </Button>
            <span className="rm-bulk__hint">{selectedIDs.length ? `已选 ${selectedIDs.length} 篇` : '勾选已通过或已排期的稿件后，可立即发布'}</span>
          </>
        )}
      </div>
      {run ? (
        <div role="status" aria-live="polite">
          <div className="rm-bulk__count">
            {run.finished ? '批量发布完成' : '正在发布'}：已处理 {run.done}/{run.total}
            {run.finished ? `，发布 ${published} 篇，跳过 ${run.items.length - published} 篇` : ''}
          </div>
          <progress max={run.total || 1} value={run.done} />
          <ul className="rm-bulk__results">
            {run.items.map((item) => (
              <li key={item.id} data-result={item.result}>
                <span className="rm-bulk__tag">{item.result === 'published' ? '已发布' : '已跳过'}</span>
                <span>
                  《{item.title}》：{item.message}
                </span>
              </li>
            ))}
          </ul>
          {tally && tally.total ? (
            <p className="rm-bulk__deliveries">
              渠道投递：已送达 {tally.delivered} · 失败 {tally.failed} · 进行中 {tally.pending}
              {tally.other ? ` · 其他 ${tally.other}` : ''}（共 {tally.total}）
            </p>
          ) : run.finished && published ? (
            <p className="rm-bulk__deliveries">渠道投递：正在读取…</p>
          ) : null}
        </div>
      ) : null}
      {error ? <p className="rm-bulk__error">{error}</p> : null}
    </section>
  )
}
