'use client'

import { Pill } from '@payloadcms/ui'
import React from 'react'

import type { ChannelPanelRow } from '../../publishers/core/panelRows'

/** A row's link on its channel, opened in a new tab. */
export const LinkLine = ({ url }: { url?: string | null }) =>
  url ? (
    <div className="rm-channels__link">
      <a href={url} target="_blank" rel="noopener noreferrer">
        {url}
      </a>
    </div>
  ) : null

/**
 * The channels' own rows in 渠道投递 (publishers/core/panelRows.ts: e.g. the 微信组稿 the item went out in), as the
 * server describes them: the panel knows nothing of the channel.
 */
export function ExtraRows({ rows, adminRoute }: { rows: ChannelPanelRow[]; adminRoute: string }) {
  return (
    <>
      {rows.map((row) => (
        <li key={row.key} className="rm-channels__row rm-channels__row--extra" data-state={row.state} data-key={row.key}>
          <div className="rm-channels__head">
            <strong>{row.adminPath ? <a href={`${adminRoute}${row.adminPath}`}>{row.kind}</a> : row.kind}</strong>
            <Pill size="small" pillStyle={row.tone}>
              {row.stateLabel}
            </Pill>
          </div>
          <div className="rm-review__muted rm-channels__facts">{row.facts.map((fact) => `${fact.label}：${fact.value}`).join(' · ')}</div>
          <LinkLine url={row.url} />
          {row.note ? <div className={row.tone === 'error' || row.tone === 'warning' ? 'rm-channels__error' : 'rm-review__muted rm-channels__note'}>{row.note}</div> : null}
        </li>
      ))}
    </>
  )
}
