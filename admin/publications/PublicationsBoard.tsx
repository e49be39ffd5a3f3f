'use client'

import { Banner, Pill, useConfig } from '@payloadcms/ui'
import React, { useCallback, useEffect, useRef, useState } from 'react'

import { CHANNEL_KINDS } from '../../publishers/channelKinds'
import { PUBLICATION_STATES } from '../../publishers/core/contract'
import { beijingTime } from '../review/format'
import { ResendButton } from './ResendButton'
import { PUBLICATION_PILL, canResend, channelLabel, errorMessage, itemIdOf, nameOf, publicationStateLabel, whereParams, type PublicationRow } from './format'
import './publications.css'

type Filters = { channel: string; state: string; unit: string }
type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; rows: PublicationRow[]; more: boolean }

const PAGE = 50
/** The order of the board: what needs a person first, then what is waiting, then everything else, newest first. */
const BANDS: Record<string, string | number | (string | number)[]>[] = [
  { equals: 'failed' },
  { equals: 'retrying' },
  { not_in: ['failed', 'retrying'] },
]

/**
 * 发布看板 above the publications list: filter by channel, state and unit; failures first. Rows come from the
 * REST API with the signed-in user's access (a unit's staff see their units only); 重新投递 is the server's call.
 */
export function PublicationsBoard() {
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const admin = config.routes.admin
  const [filters, setFilters] = useState<Filters>({ channel: '', state: '', unit: '' })
  const [units, setUnits] = useState<{ id: number | string; name: string }[]>([])
  const [load, setLoad] = useState<Load>({ status: 'loading' })

  useEffect(() => {
    fetch(`${api}/units?limit=0&depth=0&sort=name`, { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : { docs: [] }))
      .then((body: { docs: { id: number | string; name: string }[] }) => setUnits(body.docs))
      .catch(() => setUnits([]))
  }, [api])

  // Each change of the filters aborts the previous request: a slower answer for the old filters must never
  // overwrite the rows of the new ones.
  const current = useRef<AbortController | null>(null)
  const refresh = useCallback(async () => {
    current.current?.abort()
    const controller = new AbortController()
    current.current = controller
    const base: Record<string, Record<string, string>>[] = []
    if (filters.channel) base.push({ channel: { equals: filters.channel } })
    if (filters.unit) base.push({ unit: { equals: filters.unit } })
    const bands = filters.state ? [{ equals: filters.state }] : BANDS
    try {
      const pages = await Promise.all(
        bands.map(async (state) => {
          const query = whereParams([...base, { state }])
          const res = await fetch(`${api}/publications?${query}&depth=1&limit=${PAGE}&sort=-updatedAt`, {
            credentials: 'include',
            cache: 'no-store',
            signal: controller.signal,
          })
          if (!res.ok) throw new Error(await errorMessage(res))
          return (await res.json()) as { docs: PublicationRow[]; hasNextPage: boolean }
        }),
      )
      if (controller.signal.aborted) return
      setLoad({ status: 'ready', rows: pages.flatMap((page) => page.docs), more: pages.some((page) => page.hasNextPage) })
    } catch (error) {
      if (controller.signal.aborted) return
      setLoad({ status: 'error', message: error instanceof TypeError ? '无法连接服务器，请稍后重试' : (error as Error).message })
    }
  }, [api, filters])

  useEffect(() => {
    void refresh()
    return () => current.current?.abort()
  }, [refresh])

  const select = (key: keyof Filters, label: string, options: { value: string | number; label: string }[]) => (
    <label>
      {label}
      <select value={filters[key]} onChange={(event) => setFilters({ ...filters, [key]: event.target.value })}>
        <option value="">全部</option>
        {options.map((option) => (
          <option key={option.value} value={String(option.value)}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )

  return (
    <section className="rm-board" aria-label="发布看板">
      <h2>发布看板</h2>
      <div className="rm-board__filters">
        {select('channel', '渠道', CHANNEL_KINDS.map((kind) => ({ value: kind.value, label: kind.label.zh })))}
        {select('state', '状态', PUBLICATION_STATES.map((state) => ({ value: state.value, label: state.label.zh })))}
        {select('unit', '单位', units.map((unit) => ({ value: unit.id, label: unit.name })))}
      </div>
      {load.status === 'loading' ? <p>正在读取发布记录…</p> : null}
      {load.status === 'error' ? <Banner type="error">{load.message}</Banner> : null}
      {load.status === 'ready' && !load.rows.length ? <p>没有符合条件的发布记录。</p> : null}
      {load.status === 'ready' && load.rows.length ? (
        <table>
          <thead>
            <tr>
              <th>稿件</th>
              <th>渠道</th>
              <th>账号</th>
              <th>单位</th>
              <th>状态</th>
              <th>尝试</th>
              <th>下次尝试</th>
              <th>最近错误</th>
              <th>更新时间</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {load.rows.map((row) => (
              <tr key={row.id} data-state={row.state}>
                <td>
                  <a href={`${admin}/collections/${row.item.relationTo}/${itemIdOf(row)}`}>{row.itemTitle || `#${itemIdOf(row)}`}</a>
                  {row.url ? (
                    <div>
                      <a href={row.url} target="_blank" rel="noopener noreferrer">
                        查看
                      </a>
                    </div>
                  ) : null}
                </td>
                <td>{channelLabel(row.channel)}</td>
                <td>{nameOf(row.account)}</td>
                <td>{nameOf(row.unit)}</td>
                <td>
                  <Pill size="small" pillStyle={PUBLICATION_PILL[row.state] ?? 'light-gray'}>
                    {publicationStateLabel(row.state)}
                  </Pill>
                </td>
                <td>{row.attempts ?? 0}</td>
                <td>{row.state === 'retrying' ? beijingTime(row.nextAttemptAt) : '—'}</td>
                <td className="rm-board__error">{row.state !== 'delivered' ? (row.lastError?.message ?? '') : ''}</td>
                <td>{beijingTime(row.updatedAt)}</td>
                <td>{canResend(row.state) ? <ResendButton api={api} id={row.id} onDone={refresh} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {load.status === 'ready' && load.more ? <p>每类最多显示 {PAGE} 条；请用筛选缩小范围，或在下方列表中翻页。</p> : null}
    </section>
  )
}

export default PublicationsBoard
