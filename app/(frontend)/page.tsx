import React from 'react'

import { ArticleList, Pagination } from './_components/ArticleList'
import { parsePage, publishedArticles, site } from './_lib/site'

export const dynamic = 'force-dynamic'

/** Home: the latest published articles, then the newest few of each column. */
export default async function HomePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = parsePage((await searchParams).page)
  const latest = await publishedArticles(undefined, page)
  const payload = await site()
  const { docs: columns } = await payload.find({ collection: 'columns', depth: 0, limit: 12, sort: 'name', overrideAccess: false })
  const byColumn = page === 1 ? await Promise.all(columns.map(async (column) => ({ column, docs: (await publishedArticles({ column: { equals: column.id } }, 1, 4)).docs }))) : []
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
