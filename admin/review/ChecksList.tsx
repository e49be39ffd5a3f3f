import React from 'react'

import type { Finding } from './types'

const LEVEL: Record<Finding['level'], string> = { block: '禁止', warn: '提示', info: '信息' }

/** The stored check results of this version: each finding with its field and position in the text. */
export function ChecksList({ findings }: { findings: Finding[] }) {
  const blocking = findings.filter((f) => f.level === 'block').length
  const warnings = findings.filter((f) => f.level === 'warn').length
  return (
    <div className="rm-review__block rm-review__checks">
      <h4>
        检查结果{findings.length ? `（${blocking ? `${blocking} 处禁止，` : ''}${warnings} 处提示）` : ''}
      </h4>
      {findings.length ? (
        <ul>
          {findings.map((finding, index) => (
            <li key={index} className={`is-${finding.level}`}>
              <span className="rm-review__level">{LEVEL[finding.level]}</span> {finding.message}
              {finding.field || finding.position ? (
                <div className="rm-review__muted">
                  {[finding.field, finding.position].filter(Boolean).join(' · ')}
                </div>
              ) : null}
              {finding.excerpt ? <div className="rm-review__excerpt">…{finding.excerpt}…</div> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="rm-review__muted">未发现问题</p>
      )}
    </div>
  )
}
