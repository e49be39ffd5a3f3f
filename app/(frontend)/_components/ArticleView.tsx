import React from 'react'

import type { ArticlePage } from '../../../publishers/website/render'
import { dateText } from '../_lib/format'

/**
 * The article page body from renderArticlePage's data. Plain strings go through React (escaped); only
 * `bodyHtml`, which the renderer's converters escaped and sanitised node by node, is inserted as HTML.
 */
export function ArticleView({ page, related }: { page: ArticlePage; related?: React.ReactNode }) {
  return (
    <article className="article">
      <header>
        {page.kicker ? <p className="kicker">{page.kicker}</p> : null}
        <h1>{page.title}</h1>
        {page.subtitle ? <p className="subtitle">{page.subtitle}</p> : null}
        <p className="meta">
          {page.column ? <a href={`/columns/${encodeURIComponent(page.column.slug)}`}>{page.column.name}</a> : null}
          {page.column ? ' · ' : null}
          {dateText(page.publishedAt)}
          {page.source ? ` · 来源：${page.source}` : null}
        </p>
        {page.creditsLine ? <p className="credits">{page.creditsLine}</p> : null}
      </header>
      {page.cover ? (
        <figure className="cover">
          <img src={page.cover.src} alt={page.cover.alt} width={page.cover.width} height={page.cover.height} />
          {page.cover.caption || page.cover.credit ? (
            <figcaption>
              {page.cover.caption}
              {page.cover.credit ? <span className="credit">{page.cover.credit}</span> : null}
            </figcaption>
          ) : null}
        </figure>
      ) : null}
      {page.correctionNotice ? (
        <aside className="correction-notice" role="note">
          <strong>更正说明：</strong>
          {page.correctionNotice}
        </aside>
      ) : null}
      {page.summary ? <p className="deck">{page.summary}</p> : null}
      <div className="body" dangerouslySetInnerHTML={{ __html: page.bodyHtml }} />
      {page.tags.length ? (
        <p className="tags">
          {page.tags.map((tag) => (
            <a key={tag} href={`/tags/${encodeURIComponent(tag)}`}>
              #{tag}
            </a>
          ))}
        </p>
      ) : null}
      {page.reviewCreditsLine ? <p className="review-credits">{page.reviewCreditsLine}</p> : null}
      {related}
    </article>
  )
}
