import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React from 'react'

import { sanitizeUrl } from '../../../../publishers/website/render'
import { ArticleView } from '../../_components/ArticleView'
import { itemPage } from '../../_lib/article'
import { SITE_NAME } from '../../_lib/site'
import type { Video } from '../../../../payload-types'

// Cached page (ISR, generated on first request): publishing, 撤稿 or an edit expires it through its tags
// (publishers/website/cache); the hour is a backstop. Nothing here reads cookies: the page is the same for everyone.
export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = async () => []

type Props = { params: Promise<{ id: string }> }
type MediaRef = { url?: string | null; mimeType?: string | null } | number | null | undefined

const url = (media: MediaRef) => (typeof media === 'object' && media?.url ? sanitizeUrl(media.url) : undefined)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await itemPage('videos', (await params).id)
  if (!found) return { title: `视频不存在 · ${SITE_NAME}` }
  const { page } = found
  const doc = found.doc as Video
  return {
    title: `${page.title} · ${SITE_NAME}`,
    description: page.description,
    openGraph: { type: 'video.other', title: page.title, description: page.description, siteName: SITE_NAME, videos: url(doc.video) ? [{ url: url(doc.video)! }] : undefined },
  }
}

/** A video page: HTML5 player with poster and subtitles (VTT), then the description like an article. */
export default async function VideoRoute({ params }: Props) {
  const found = await itemPage('videos', (await params).id)
  if (!found) notFound()
  const { page } = found
  const doc = found.doc as Video
  const subtitles = typeof doc.subtitles === 'object' && doc.subtitles?.mimeType === 'text/vtt' ? url(doc.subtitles) : undefined
  return (
    <>
      <video className="player" controls preload="metadata" src={url(doc.video)} poster={url(doc.poster) ?? page.cover?.src}>
        {subtitles ? <track kind="subtitles" srcLang="zh-CN" label="中文字幕" src={subtitles} default /> : null}
      </video>
      <ArticleView page={page} />
      {doc.transcript ? (
        <details className="transcript">
          <summary>文字稿</summary>
          <p>{doc.transcript}</p>
        </details>
      ) : null}
    </>
  )
}
