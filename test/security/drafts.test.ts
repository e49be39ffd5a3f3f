import { describe, expect, it } from 'vitest'

import { CONTENT, DRAFT_MARK } from '../setup/fixtures'
import { httpClients } from './httpClients'

const { rest, graphql, fixtures } = httpClients()

describe('drafts never leak to anonymous readers', () => {
  it.each(CONTENT)('GET /api/%s?draft=true lists published items only, without their draft revisions', async (collection) => {
    for (const draft of ['true', 'false']) {
      const res = await rest.request('anonymous', 'GET', `/api/${collection}?draft=${draft}&limit=0`)
      expect(res.status).toBe(200)
      const docs = res.body.docs as { _status: string }[]
      expect(docs.length).toBeGreaterThan(0)
      expect(docs.every((d) => d._status === 'published')).toBe(true)
      expect(JSON.stringify(res.body)).not.toContain(DRAFT_MARK)
    }
  })

  it.each(CONTENT)('GET /api/%s/<draftId>?draft=true is refused; a published item shows its published revision', async (collection) => {
    const { draftA, draftB, pubDraftA } = fixtures.content[collection]
    for (const id of [draftA, draftB]) {
      const res = await rest.request('anonymous', 'GET', `/api/${collection}/${id}?draft=true`)
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(JSON.stringify(res.body)).not.toContain(DRAFT_MARK)
    }
    const published = await rest.request('anonymous', 'GET', `/api/${collection}/${pubDraftA}?draft=true`)
    expect(published.status).toBe(200)
    expect(published.body._status).toBe('published')
    expect(JSON.stringify(published.body)).not.toContain(DRAFT_MARK)
    // …while its unit's editor does see the draft revision.
    const editor = await rest.request('editor', 'GET', `/api/${collection}/${pubDraftA}?draft=true`)
    expect(JSON.stringify(editor.body)).toContain(DRAFT_MARK)
  })

  it('GraphQL with draft: true returns no drafts to anonymous readers', async () => {
    const { draftA, pubDraftA } = fixtures.content.articles
    const result = await graphql.query(
      'anonymous',
      `{ Articles(draft: true, limit: 0) { docs { id title _status } } d: Article(id: ${draftA}, draft: true) { title } p: Article(id: ${pubDraftA}, draft: true) { title } }`,
    )
    expect(JSON.stringify(result)).not.toContain(DRAFT_MARK)
    expect((result.data?.p as { title: string }).title).toBeTruthy()
  })
})
