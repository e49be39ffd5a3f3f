import config from '@payload-config'
import { getPayload, type Where } from 'payload'

import { siteTags } from '../../../publishers/website/cache/tags'
import type { Article, Column, Media } from '../../../payload-types'
import { cachedRead } from './cached'

export const SITE_NAME = '融媒 · 全媒体中心'
export const SITE_DESCRIPTION = '高校全媒体中心：校园新闻、视频与网络文化精品'
export const PAGE_SIZE = 12

/** Absolute site URL for feeds, sitemap and Open Graph (SITE_URL in production; localhost otherwise). */
export const siteUrl = () => (process.env.SITE_URL || process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000').replace(/\/+$/, '')

export const site = () => getPayload({ config })

/** Numeric ids only: anything else is a 404 before it reaches the database. */
export const parseId = (value: string) => (/^\d{1,12}$/.test(value) ? Number(value) : null)

export const parsePage = (value: string | string[] | undefined) => {
  const page = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(page) && page > 0 && page < 10_000 ? page : 1
}

/** The list fields of an article card. */
export const CARD_SELECT = { title: true, kicker: true, summary: true, column: true, cover: true, updatedAt: true, createdAt: true } as const

export type Card = Pick<Article, 'id' | 'title' | 'kicker' | 'summary' | 'updatedAt' | 'createdAt'> & {
  column?: Column | number | null
  cover?: Media | number | null
}

/**
 * Published articles, newest first, read as an anonymous visitor (overrideAccess: false and no user), so the
 * collection's own read access decides what is visible.
 */
export async function publishedArticles(where: Where | undefined, page = 1, limit = PAGE_SIZE) {
  const payload = await site()
  return payload.find({
    collection: 'articles',
    where: { and: [{ _status: { equals: 'published' } }, ...(where ? [where] : [])] },
    depth: 1,
    limit,
    page,
    sort: '-createdAt',
    overrideAccess: false,
    select: CARD_SELECT,
  })
}

/** Cached lists (search, with its free-text queries, stays uncached): the tags say which changes expire them. */
export const latestArticles = cachedRead('latest', (page: number) => publishedArticles(undefined, page), () => [siteTags.articles])

export const columnArticles = cachedRead(
  'column-articles',
  (column: number, page: number, limit: number = PAGE_SIZE) => publishedArticles({ column: { equals: column } }, page, limit),
  (column) => [siteTags.column(column)],
)

export const tagArticles = cachedRead('tag-articles', (tag: string, page: number) => publishedArticles({ tags: { in: [tag] } }, page), (tag) => [siteTags.tag(tag)])

/** The newest articles of the same column, without the article itself. */
export const relatedArticles = cachedRead(
  'related',
  async (column: number, exclude: number) => (await publishedArticles({ and: [{ column: { equals: column } }, { id: { not_equals: exclude } }] }, 1, 5)).docs,
  (column) => [siteTags.column(column)],
)

export const allColumns = cachedRead(
  'columns',
  async () => {
    const payload = await site()
    return (await payload.find({ collection: 'columns', depth: 0, limit: 12, sort: 'name', overrideAccess: false })).docs
  },
  () => [siteTags.columns],
)

export const columnBySlug = cachedRead(
  'column-by-slug',
  async (slug: string) => {
    const payload = await site()
    const { docs } = await payload.find({ collection: 'columns', where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: false })
    return docs[0] ?? null
  },
  () => [siteTags.columns],
)

/**
 * Names of credited users. Anonymous visitors may not read the users collection, but a byline on a published
 * item is public: only the `name` of the ids given is read.
 */
export async function userNames(ids: unknown[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id) => typeof id === 'number' || typeof id === 'string'))] as (number | string)[]
  if (!wanted.length) return new Map()
  const payload = await site()
  const { docs } = await payload.find({ collection: 'users', where: { id: { in: wanted } }, select: { name: true }, depth: 0, limit: wanted.length, overrideAccess: true })
  return new Map(docs.map((user) => [String(user.id), user.name]))
}

/**
 * The 初审/复审/终审 names of a published item for its credits line. The review record is staff-only (it
 * holds opinions), so only each approval's stage and reviewer name are read here.
 */
export async function approvalNames(collection: 'articles' | 'videos', id: number | string) {
  const payload = await site()
  const doc = await payload.findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true })
  return (doc?.review?.approvals ?? []).map((approval) => ({ stage: approval.stage, reviewerName: approval.reviewerName ?? null }))
}

export { dateText } from './format'
