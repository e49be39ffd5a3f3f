import React from 'react'

import { ArticleList, Pagination } from './_components/ArticleList'
import { allColumns, columnArticles, latestArticles, parsePage } from './_lib/site'

// Rendered per request (it reads ?page=), from cached reads; see _lib/cached.ts.
export const dynamic = 'force-dynamic'

/** Home: the latest published articles, then the newest few of each column. */
export default async function HomePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = parsePage((await searchParams).page)
  const latest = await latestArticles(page)
  const columns = await allColumns()
  const byColumn = page === 1 ? await Promise.all(columns.map(async (column) => ({ column, docs: (await columnArticles(column.id, 1, 4)).docs }))) : []
  return (
    <>
      <h1>最新稿件</h1>
      <ArticleList docs={latest.docs} />
      <Pagination page={latest.page ?? 1} totalPages={latest.totalPages} base="/" />
      {byColumn
        .filter((group) => group.docs.length)
        .map(({ column, docs }) => (
          <section key={column.id} className="column-group">
            <h2 className="section-title">
              <a href={`/columns/${encodeURIComponent(column.slug)}`}>{column.name}</a>
            </h2>
            <ArticleList docs={docs} />
          </section>
        ))}
      <p className="meta">
        工作人员请进入 <a href="/admin">管理后台</a>。
      </p>
    </>
  )
}
