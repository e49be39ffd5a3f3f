import React from 'react'

import { actionLabel, beijingTime, stateLabel } from './format'
import type { WorkflowPanelData } from './types'

/** Every recorded step of the item (from the audit log), oldest first, as a collapsible list. */
export function Timeline({ entries }: { entries: WorkflowPanelData['timeline'] }) {
  return (
    <details className="rm-review__block rm-review__timeline">
      <summary>
        <h4>流转记录（{entries.length}）</h4>
      </summary>
      {entries.length ? (
        <ol>
          {entries.map((entry, index) => (
            <li key={index}>
              <div>
                <strong>{actionLabel(entry.action)}</strong>
                {entry.actor ? ` · ${entry.actor}` : ' · 系统'}
                {entry.fromState && entry.toState && entry.fromState !== entry.toState
                  ? ` · ${stateLabel(entry.fromState)} → ${stateLabel(entry.toState)}`
                  : ''}
              </div>
              {entry.note ? <div className="rm-review__note">{entry.note}</div> : null}
              <div className="rm-review__muted">
                {beijingTime(entry.at)}
                {entry.versionHash ? ` · 版本 ${entry.versionHash.slice(0, 8)}` : ''}
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p className="rm-review__muted">暂无记录</p>
      )}
    </details>
  )
}
