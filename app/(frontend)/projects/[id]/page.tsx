import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React, { cache } from 'react'

import { imageSrc } from '../../../../publishers/website/render/converters/media'
import type { MediaDoc } from '../../../../publishers/website/render'
import { parseId, SITE_NAME, site } from '../../_lib/site'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ id: string }> }

const KIND: Record<string, string> = { boutique: '网络文化精品', studio: '工作室项目', festival: '网络文化节活动', micro: '微系列活动', selection: '评选' }
const STAGE: Record<string, string> = { application: '申报', approval: '立项', midterm: '中期', completion: '结项' }

const project = cache(async (rawId: string) => {
  const id = parseId(rawId)
  if (id == null) return null
  const payload = await site()
  const { docs } = await payload.find({
    collection: 'cultural-projects',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    depth: 1,
    limit: 1,
    overrideAccess: false,
  })
  return docs[0] ?? null
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = await project((await params).id)
  if (!doc) return { title: `项目不存在 · ${SITE_NAME}` }
  return { title: `${doc.name} · ${SITE_NAME}`, description: doc.showcaseSummary ?? undefined, openGraph: { title: doc.name, description: doc.showcaseSummary ?? undefined, siteName: SITE_NAME } }
}

/** The showcase of a published cultural project: cover, kind, stage, lead unit, team, and its published works. */
export default async function ProjectRoute({ params }: Props) {
  const doc = await project((await params).id)
  if (!doc) notFound()
  const cover = typeof doc.cover === 'object' && doc.cover ? (doc.cover as MediaDoc) : null
  // Works come back populated only when the visitor may read them (published); ids are left out.
  const works = (doc.works ?? []).filter((work) => typeof work.value === 'object' && work.value !== null)
  return (
    <article className="article project">
      <header>
        <p className="kicker">
          {KIND[doc.kind] ?? doc.kind} · {STAGE[doc.stage] ?? doc.stage}
        </p>
        <h1>{doc.name}</h1>
        {typeof doc.unit === 'object' && doc.unit ? <p className="meta">牵头单位：{doc.unit.name}</p> : null}
      </header>
      {cover ? (
        <figure className="cover">
          <img src={imageSrc(cover)} alt={cover.alt ?? ''} />
        </figure>
      ) : null}
      {doc.showcaseSummary ? <p className="deck">{doc.showcaseSummary}</p> : null}
      {doc.team?.length ? (
        <section>
          <h2 className="section-title">项目团队</h2>
          <ul>
            {doc.team.map((member, i) => (
              <li key={member.id ?? i}>
                {member.name || (typeof member.user === 'object' && member.user ? member.user.name : '')}
                {member.role ? `（${member.role}）` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {works.length ? (
        <section>
          <h2 className="section-title">项目作品</h2>
          <ul className="article-list">
            {works.map((work) => {
              const value = work.value as { id: number; title: string }
              return (
                <li key={`${work.relationTo}-${value.id}`}>
                  <a href={`/${work.relationTo}/${value.id}`}>{value.title}</a>
                </li>
              )
            })}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
