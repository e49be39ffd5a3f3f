import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React from 'react'

import { ArticleList, Pagination } from '../../_components/ArticleList'
import { columnArticles, columnBySlug, parsePage, SITE_NAME } from '../../_lib/site'

// Rendered per request (it reads ?page=), from cached reads; see _lib/cached.ts.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const column = await columnBySlug(decodeURIComponent((await params).slug))
  if (!column) return { title: `栏目不存在 · ${SITE_NAME}` }
  const description = column.description ?? `${column.name}栏目的最新稿件`
  return {
    title: `${column.name} · ${SITE_NAME}`,
    description,
    openGraph: { title: column.name, description, type: 'website', siteName: SITE_NAME },
    alternates: { types: { 'application/rss+xml': `/columns/${column.slug}/feed.xml`, 'application/atom+xml': `/columns/${column.slug}/atom.xml` } },
  }
}

export default async function ColumnPage({ params, searchParams }: Props) {
  const column = await columnBySlug(decodeURIComponent((await params).slug))
  if (!column) notFound()
  const page = parsePage((await searchParams).page)
  const result = await columnArticles(column.id, page)
  return (
    <>
      <h1>{column.name}</h1>
      {column.description ? <p className="deck">{column.description}</p> : null}
      <ArticleList docs={result.docs} empty="本栏目暂无已发布的稿件。" />
      <Pagination page={result.page ?? 1} totalPages={result.totalPages} base={`/columns/${encodeURIComponent(column.slug)}`} />
      <p className="meta">
        订阅：<a href={`/columns/${column.slug}/feed.xml`}>RSS</a> · <a href={`/columns/${column.slug}/atom.xml`}>Atom</a> ·{' '}
        <a href={`/columns/${column.slug}/feed.json`}>JSON Feed</a>
      </p>
    </>
  )
}
