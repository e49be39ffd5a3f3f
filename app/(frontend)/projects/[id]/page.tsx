import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { Where } from 'payload'
import React, { cache } from 'react'

import { imageSrc } from '../../../../publishers/website/render/converters/media'
import type { MediaDoc } from '../../../../publishers/website/render'
import { siteTags } from '../../../../publishers/website/cache/tags'
import { cachedRead } from '../../_lib/cached'
import { parseId, SITE_NAME, site } from '../../_lib/site'

// Cached page (ISR, generated on first request): publishing, 撤稿 or an edit expires it through its tags
// (publishers/website/cache); the hour is a backstop. Nothing here reads cookies: the page is the same for everyone.
export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = async () => []

type Props = { params: Promise<{ id: string }> }

const KIND: Record<string, string> = { boutique: '网络文化精品', studio: '工作室项目', festival: '网络文化节活动', micro: '微系列活动', selection: '评选' }
const STAGE: Record<string, string> = { application: '申报', approval: '立项', midterm: '中期', completion: '结项' }

const readProject = cachedRead(
  'project',
  async (id: number) => {
    const payload = await site()
    const { docs } = await payload.find({
      collection: 'cultural-projects',
      where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
      depth: 1,
      limit: 1,
      overrideAccess: false,
    })
    return docs[0] ?? null
  },
  (id) => [siteTags.item('cultural-projects', id)],
)

const project = cache(async (rawId: string) => {
  const id = parseId(rawId)
  return id == null ? null : readProject(id)
})

type WorkRef = { relationTo: 'articles' | 'videos'; id: number }

/**
 * The project's works that are published now, read apart from the project and tagged per work, so publishing
 * or withdrawing a work expires the showcase too.
 */
const publishedWorks = cachedRead(
  'project-works',
  async (refs: WorkRef[]) => {
    const payload = await site()
    const found = await Promise.all(
      refs.map(async (ref) => {
        const where: Where = { and: [{ id: { equals: ref.id } }, { _status: { equals: 'published' } }] }
        const { docs } = await payload.find({ collection: ref.relationTo, where, depth: 0, limit: 1, overrideAccess: false, select: { title: true } })
        return docs[0] ? { ...ref, title: docs[0].title } : null
      }),
    )
    return found.filter((work): work is WorkRef & { title: string } => work !== null)
  },
  (refs) => refs.map((ref) => siteTags.work(ref.relationTo, ref.id)),
)

const workRefs = (works: { relationTo: string; value: unknown }[] | null | undefined): WorkRef[] =>
  (works ?? []).map((work) => ({
    relationTo: work.relationTo as WorkRef['relationTo'],
    id: Number(typeof work.value === 'object' && work.value ? (work.value as { id: number }).id : work.value),
  }))

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
  const works = await publishedWorks(workRefs(doc.works))
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
            {works.map((work) => (
              <li key={`${work.relationTo}-${work.id}`}>
                <a href={`/${work.relationTo}/${work.id}`}>{work.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
