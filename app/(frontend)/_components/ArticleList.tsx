import React from 'react'

import { imageSrc } from '../../../publishers/website/render/converters/media'
import type { MediaDoc } from '../../../publishers/website/render'
import { dateText, type Card } from '../_lib/site'

/** A list of article cards (title, kicker, summary, column, date, thumbnail). */
export function ArticleList({ docs, empty = '暂无已发布的稿件。' }: { docs: Card[]; empty?: string }) {
  if (!docs.length) return <p className="empty">{empty}</p>
  return (
    <ul className="article-list">
      {docs.map((doc) => {
        const cover = typeof doc.cover === 'object' && doc.cover ? doc.cover : null
        const column = typeof doc.column === 'object' && doc.column ? doc.column : null
        return (
          <li key={doc.id}>
            {cover ? <img className="thumb" src={imageSrc(cover as MediaDoc)} alt={cover.alt ?? ''} loading="lazy" /> : null}
            <div>
              {doc.kicker ? <p className="kicker">{doc.kicker}</p> : null}
              <h2>
                <a href={`/articles/${doc.id}`}>{doc.title}</a>
              </h2>
              {doc.summary ? <p className="summary">{doc.summary}</p> : null}
              <p className="meta">
                {column ? <a href={`/columns/${encodeURIComponent(column.slug)}`}>{column.name}</a> : null}
                {column ? ' · ' : null}
                {dateText(doc.createdAt)}
              </p>
            </div>
          </li>
        )
      })}
    </ul>
  )
}

/** 上一页 / 下一页 links keeping the other query parameters. */
export function Pagination({ page, totalPages, base, query = {} }: { page: number; totalPages: number; base: string; query?: Record<string, string> }) {
  if (totalPages <= 1) return null
  const href = (p: number) => `${base}?${new URLSearchParams({ ...query, page: String(p) }).toString()}`
  return (
    <nav className="pagination" aria-label="分页">
      {page > 1 ? <a href={href(page - 1)}>上一页</a> : <span />}
      <span>
        第 {page} / {totalPages} 页
      </span>
      {page < totalPages ? <a href={href(page + 1)}>下一页</a> : <span />}
    </nav>
  )
}
