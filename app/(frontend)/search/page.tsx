import type { Metadata } from 'next'
import React from 'react'

import { ArticleList, Pagination } from '../_components/ArticleList'
import { parsePage, publishedArticles, SITE_NAME } from '../_lib/site'

export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string }> }

export const metadata: Metadata = { title: `搜索 · ${SITE_NAME}`, robots: { index: false } }

/** Title/summary search over published articles (`like`: case-insensitive substring). */
export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const q = (Array.isArray(params.q) ? params.q[0] : params.q)?.trim().slice(0, 100) ?? ''
  const page = parsePage(params.page)
  const result = q ? await publishedArticles({ or: [{ title: { like: q } }, { summary: { like: q } }] }, page) : null
  return (
    <>
      <h1>搜索</h1>
      <form action="/search" className="search-form" role="search">
        <input type="search" name="q" defaultValue={q} placeholder="搜索标题或摘要" aria-label="搜索关键词" />
        <button type="submit">搜索</button>
      </form>
      {result ? (
        <>
          <p className="meta">
            “{q}”共找到 {result.totalDocs} 篇
          </p>
          <ArticleList docs={result.docs} empty="没有找到相关稿件。" />
          <Pagination page={result.page ?? 1} totalPages={result.totalPages} base="/search" query={{ q }} />
        </>
      ) : null}
    </>
  )
}
