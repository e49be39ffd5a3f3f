'use client'

import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useMemo, useState } from 'react'

import { renderWeibo, type WeiboRenderOptions } from '../../publishers/weibo/render'
import './weibo.css'

type AccountLike = { id: number | string; name: string; kind: string; settings?: Record<string, unknown> | null }
type MediaLike = { url?: string | null; renditions?: { weibo?: { url?: string }; thumbnail?: { url?: string } } | null }

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string | null | undefined))

/** Text with its links shown as links (the renderer's text is plain; React escapes it). */
function TextWithLinks({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[!-~]+)/g)
  return (
    <p className="rm-wb__text">
      {parts.map((part, i) =>
        /^https?:\/\//.test(part) ? (
          <a key={i} href={part} target="_blank" rel="noopener noreferrer">
            {part}
          </a>
        ) : (
          <React.Fragment key={i}>{part}</React.Fragment>
        ),
      )}
    </p>
  )
}

/**
 * 微博卡片预览 inside 微博设置: the post as the Weibo renderer (publishers/weibo/render) makes it from the form as
 * it is now — the same function delivery uses — with its length counted the Weibo way, the limit and, when
 * over, the renderer's own message. The site address, counting and limit come from the first Weibo account
 * among the targets (else this site's address; a link counts a fixed length either way).
 */
export function WeiboPreview() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const form = useFormFields(([fields]) => ({
    title: fields.title?.value as string | undefined,
    summary: fields.summary?.value as string | undefined,
    text: fields['weibo.text']?.value as string | undefined,
    picture: idOf(fields['weibo.picture']?.value ?? fields.cover?.value ?? fields.poster?.value),
    targets: ((fields.targets?.value as unknown[]) ?? []).map(idOf).filter((v) => v != null) as (number | string)[],
  }))
  const [account, setAccount] = useState<AccountLike | null>(null)
  const [pictureUrl, setPictureUrl] = useState<string | null>(null)
  const targetsKey = form.targets.join(',')

  useEffect(() => {
    if (!targetsKey) return setAccount(null)
    const query = new URLSearchParams({ 'where[kind][equals]': 'weibo', 'where[id][in]': targetsKey, limit: '1', depth: '0' })
    fetch(`${api}/channel-accounts?${query}`, { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : { docs: [] }))
      .then((body: { docs: AccountLike[] }) => setAccount(body.docs[0] ?? null))
      .catch(() => setAccount(null))
  }, [api, targetsKey])

  useEffect(() => {
    if (form.picture == null) return setPictureUrl(null)
    fetch(`${api}/media/${form.picture}?depth=0`, { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : null))
      .then((media: MediaLike | null) => setPictureUrl(media?.renditions?.weibo?.url ?? media?.renditions?.thumbnail?.url ?? media?.url ?? null))
      .catch(() => setPictureUrl(null))
  }, [api, form.picture])

  const artifact = useMemo(() => {
    const settings = (account?.settings ?? {}) as { siteUrl?: string; counting?: WeiboRenderOptions['counting']; maxLength?: number }
    const options: WeiboRenderOptions = {
      siteUrl: settings.siteUrl || (typeof window === 'undefined' ? '' : window.location.origin),
      ...(settings.counting ? { counting: settings.counting } : {}),
      ...(settings.maxLength ? { maxLength: settings.maxLength } : {}),
    }
    return renderWeibo({ id: id ?? '（保存后生成）', collection: collectionSlug ?? 'articles', title: form.title, summary: form.summary, weibo: { text: form.text } }, options)
  }, [account, id, collectionSlug, form.title, form.summary, form.text])

  const over = artifact.length > artifact.limit
  const name = account?.name ?? '微博账号'
  return (
    <section className="rm-wb" aria-label="微博预览">
      <div className="field-label">微博预览</div>
      <div className="rm-wb__card">
        <div className="rm-wb__head">
          <div className="rm-wb__avatar" aria-hidden>
            {name.slice(0, 1)}
          </div>
          <div>
            <div className="rm-wb__name">{name}</div>
            <div className="rm-wb__time">刚刚 来自 融媒</div>
          </div>
        </div>
        <TextWithLinks text={artifact.text} />
        {pictureUrl ? <img className="rm-wb__pic" src={pictureUrl} alt="微博配图" /> : null}
      </div>
      <div className="rm-wb__count" data-over={over}>
        {artifact.length} / {artifact.limit} 字（{artifact.source === 'override' ? '使用“微博文字”' : '【标题】+ 摘要，自动截断'}）
      </div>
      {artifact.problems.map((problem) => (
        <p key={problem} className="rm-wb__problem">
          {problem}
        </p>
      ))}
      {!account ? <p className="rm-wb__muted">发布渠道中还没有微博账号；按本站地址预览。</p> : null}
    </section>
  )
}

export default WeiboPreview
