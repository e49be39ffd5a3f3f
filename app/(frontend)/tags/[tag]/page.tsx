import type { Metadata } from 'next'
import React from 'react'

import { ArticleList, Pagination } from '../../_components/ArticleList'
import { parsePage, SITE_NAME, tagArticles } from '../../_lib/site'

// Rendered per request (it reads ?page=), from cached reads; see _lib/cached.ts.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ tag: string }>; searchParams: Promise<{ page?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = decodeURIComponent((await params).tag)
  return { title: `#${tag} · ${SITE_NAME}`, description: `标签“${tag}”下的稿件` }
}

export default async function TagPage({ params, searchParams }: Props) {
  const tag = decodeURIComponent((await params).tag)
  const page = parsePage((await searchParams).page)
  const result = await tagArticles(tag, page)
  return (
    <>
      <h1>#{tag}</h1>
      <ArticleList docs={result.docs} empty="该标签下暂无稿件。" />
      <Pagination page={result.page ?? 1} totalPages={result.totalPages} base={`/tags/${encodeURIComponent(tag)}`} />
    </>
  )
}
