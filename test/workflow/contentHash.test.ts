import { describe, expect, it } from 'vitest'

import { contentHash } from '../../workflow/contentHash'

const body = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: '正文' }] }] } }
const base = {
  id: 7,
  title: '早鸟行动启动',
  summary: '三千名新生参加',
  body,
  unit: 3,
  cover: 12,
  credits: [{ id: 'row-a', role: 'text', name: '沈佳怡' }],
  tags: ['早鸟行动'],
  workflowState: 'review1',
  _status: 'draft',
  updatedAt: '2026-11-30T01:00:00.000Z',
}

describe('content hash', () => {
  it('changes when the content changes', () => {
    expect(contentHash({ ...base, title: '早鸟行动正式启动' })).not.toBe(contentHash(base))
    const edited = structuredClone(base)
    edited.body.root.children[0].children[0].text = '正文有改动'
    expect(contentHash(edited)).not.toBe(contentHash(base))
  })

  it('ignores workflow state, status, timestamps and array-row ids', () => {
    const same = { ...base, workflowState: 'approved', _status: 'published', updatedAt: '2027-01-01T00:00:00.000Z', credits: [{ id: 'row-b', role: 'text', name: '沈佳怡' }] }
    expect(contentHash(same)).toBe(contentHash(base))
  })

  it('treats a populated relation as its id and ignores key order', () => {
    const populated = { ...base, cover: { id: 12, filename: 'x.jpg', updatedAt: 'later', createdAt: 'then' } }
    expect(contentHash(populated)).toBe(contentHash(base))
    const reordered = Object.fromEntries(Object.entries(base).reverse())
    expect(contentHash(reordered)).toBe(contentHash(base))
  })

  it('an empty optional field equals a missing one', () => {
    expect(contentHash({ ...base, subtitle: null, tags: ['早鸟行动'], targets: [] })).toBe(contentHash(base))
  })
})

describe('approved chain for credits', async () => {
  const { approvedChain, chainLine } = await import('../../workflow/approvedChain')
  it('orders by stage and skips approvals without a name', () => {
    const chain = approvedChain([
      { stage: '3', reviewerName: '刘建华' },
      { stage: '1', reviewerName: '王嘉怡' },
      { stage: '2', reviewerName: '' },
    ])
    expect(chain.map((entry) => entry.label)).toEqual(['初审', '终审'])
    expect(chainLine(chain)).toBe('初审：王嘉怡  终审：刘建华')
    expect(approvedChain(null)).toEqual([])
  })
})
