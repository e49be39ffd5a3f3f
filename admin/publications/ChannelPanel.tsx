'use client'

import { Banner, Pill, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import type { ChannelPanelRow } from '../../publishers/core/panelRows'
import { beijingTime } from '../review/format'
import { ExtraRows, LinkLine } from './ExtraRows'
import { ResendButton } from './ResendButton'
import { WithdrawButton } from './WithdrawButton'
import { PUBLICATION_PILL, canResend, canWithdraw, channelLabel, errorMessage, nameOf, publicationStateLabel, whereParams, type PublicationRow } from './format'
import './publications.css'

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; rows: PublicationRow[]; extras: ChannelPanelRow[]; extrasError?: string }

/**
 * 渠道投递 in the sidebar of an article or video, below the review panel: one row per publication of the item
 * (every approved version × target account), newest first, with its state, link and last error; 重新投递 for
 * failures, 撤回 for what reached a channel (on the website row that is the item's 撤稿: every channel). Below them,
 * the rows channels register for records of their own (publishers/core/panelRows.ts), e.g. the 微信组稿 it went out in.
 */
export function ChannelPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const [load, setLoad] = useState<Load>({ status: 'loading' })
  const api = `${config.serverURL ?? ''}${config.routes.api}`

  const refresh = useCallback(async () => {
    if (id == null || !collectionSlug) return
    try {
      // Articles and videos number their ids separately: the collection must match too.
      const query = whereParams([{ 'item.value': { equals: id } }, { 'item.relationTo': { equals: collectionSlug } }])
      const options = { credentials: 'include', cache: 'no-store' } as const
      const [res, extra] = await Promise.all([
        fetch(`${api}/publications?${query}&depth=1&limit=100&sort=-updatedAt`, options),
        fetch(`${api}/publications/panel-rows?${new URLSearchParams({ collection: collectionSlug, id: String(id) })}`, options),
      ])
      if (!res.ok) return setLoad({ status: 'error', message: await errorMessage(res) })
      const rows = ((await res.json()) as { docs: PublicationRow[] }).docs
      if (!extra.ok) return setLoad({ status: 'ready', rows, extras: [], extrasError: await errorMessage(extra) })
      setLoad({ status: 'ready', rows, extras: ((await extra.json()) as { rows: ChannelPanelRow[] }).rows })
    } catch {
      setLoad({ status: 'error', message: '无法连接服务器，请稍后重试' })
    }
  }, [api, collectionSlug, id])

  useEffect(() => {
    void refresh()
  }, [refresh])

  if (id == null) return null
  return (
    <section className="rm-review rm-channels" aria-label="渠道投递">
      <header className="rm-review__header">
        <h3 className="rm-review__title">渠道投递</h3>
        <button type="button" className="rm-channels__refresh" onClick={() => void refresh()}>
          刷新
        </button>
      </header>
      {load.status === 'loading' ? <p className="rm-review__muted">正在读取投递记录…</p> : null}
      {load.status === 'error' ? <Banner type="error">{load.message}</Banner> : null}
      {load.status === 'ready' && !load.rows.length && !load.extras.length ? <p className="rm-review__muted">终审通过后，这里显示各渠道的投递情况。</p> : null}
      {load.status === 'ready' && load.extrasError ? <Banner type="error">{load.extrasError}</Banner> : null}
      {load.status === 'ready' && (load.rows.length || load.extras.length) ? (
        <ul className="rm-channels__list">
          {load.rows.map((row) => (
            <li key={row.id} className="rm-channels__row" data-state={row.state}>
              <div className="rm-channels__head">
                <strong>{channelLabel(row.channel)}</strong>
                <Pill size="small" pillStyle={PUBLICATION_PILL[row.state] ?? 'light-gray'}>
                  {publicationStateLabel(row.state)}
                </Pill>
              </div>
              <div className="rm-review__muted">
                账号：{nameOf(row.account)} · 尝试 {row.attempts ?? 0} 次
                {row.nextAttemptAt && row.state === 'retrying' ? ` · 下次尝试 ${beijingTime(row.nextAttemptAt)}` : ''}
              </div>
              <LinkLine url={row.url} />
              {row.lastError?.message && row.state !== 'delivered' ? <div className="rm-channels__error">{row.lastError.message}</div> : null}
              {canResend(row.state) || canWithdraw(row.state) ? (
                <div className="rm-channels__actions">
                  {canResend(row.state) ? <ResendButton api={api} id={row.id} onDone={refresh} /> : null}
                  {canWithdraw(row.state) ? <WithdrawButton api={api} id={row.id} website={row.channel === 'website'} onDone={refresh} /> : null}
                </div>
              ) : null}
            </li>
          ))}
          <ExtraRows rows={load.extras} adminRoute={config.routes.admin} />
        </ul>
      ) : null}
      <p className="rm-review__muted">撤回单个渠道请用该渠道的“撤回”；撤回所有渠道请用审核面板中的“撤稿”。</p>
    </section>
  )
}

export default ChannelPanel
