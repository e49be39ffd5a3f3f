import config from '@payload-config'
import { getPayload } from 'payload'
import React from 'react'

export const dynamic = 'force-dynamic'

/** The public front page: what anonymous readers may see, read through the same access rules as the API. */
export default async function HomePage() {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'articles',
    depth: 1,
    limit: 20,
    sort: '-updatedAt',
    overrideAccess: false,
    select: { title: true, summary: true, column: true, unit: true, updatedAt: true },
  })
  return (
    <>
      <h1>最新稿件</h1>
      {docs.length === 0 ? <p>暂无已发布的稿件。</p> : null}
      <ul className="article-list">
        {docs.map((doc) => (
          <li key={doc.id}>
            <h2>{doc.title}</h2>
            {doc.summary ? <p>{doc.summary}</p> : null}
            <p className="meta">
              {typeof doc.column === 'object' && doc.column ? `${doc.column.name} · ` : ''}
              {typeof doc.unit === 'object' && doc.unit ? `${doc.unit.name} · ` : ''}
              {new Date(doc.updatedAt).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' })}
            </p>
          </li>
        ))}
      </ul>
      <p className="meta">
        工作人员请进入 <a href="/admin">管理后台</a>。
      </p>
    </>
  )
}
