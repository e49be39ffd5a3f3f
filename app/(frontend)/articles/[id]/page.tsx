import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React from 'react'

import { ArticleList } from '../../_components/ArticleList'
import { ArticleView } from '../../_components/ArticleView'
import { itemPage } from '../../_lib/article'
import { relatedArticles, SITE_NAME, siteUrl } from '../../_lib/site'

// Cached page (ISR, generated on first request): publishing, 撤稿 or an edit expires it through its tags
// (publishers/website/cache); the hour is a backstop. Nothing here reads cookies: the page is the same for everyone.
export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = async () => []

type Props = { params: Promise<{ id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await itemPage('articles', (await params).id)
  if (!found) return { title: `稿件不存在 · ${SITE_NAME}` }
  const { page } = found
  const url = `${siteUrl()}/articles/${page.id}`
  return {
    title: `${page.title} · ${SITE_NAME}`,
    description: page.description,
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      url,
      title: page.title,
      description: page.description,
      siteName: SITE_NAME,
      locale: 'zh_CN',
      publishedTime: page.publishedAt ?? undefined,
      tags: page.tags,
      images: page.cover ? [{ url: new URL(page.cover.src, siteUrl()).toString(), alt: page.cover.alt, width: page.cover.width, height: page.cover.height }] : undefined,
    },
  }
}

export default async function ArticleRoute({ params }: Props) {
  const found = await itemPage('articles', (await params).id)
  if (!found) notFound()
  const { doc, page } = found
  const columnId = typeof doc.column === 'object' && doc.column ? doc.column.id : doc.column
  const related = columnId ? await relatedArticles(columnId, doc.id) : []
  return (
    <ArticleView
      page={page}
      related={
        related.length ? (
          <section className="related">
            <h2 className="section-title">相关稿件</h2>
            <ArticleList docs={related} />
          </section>
        ) : null
      }
    />
  )
}
