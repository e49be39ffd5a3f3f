import { DeliveryError, type Delivery, type DeliveryContext } from '../core/contract'
import { clientFor } from './accountClient'
import type { NewsArticle, WechatClient } from './client'
import { errcodeOf, isAnswered } from './errors'
import { bodyImage, coverImage, loadMedia } from './images'
import { publishOutcome } from './publishOutcome'
import type { WechatArtifact } from './render'
import { replacePlaceholders } from './render'

/**
 * Delivery to a 公众号 as resumable steps. Each step's result is checkpointed before the next external call,
 * so a retry after a crash or a lost answer never repeats a completed step:
 *   images (uploadimg, per media id) → covers (add_material, per media id) → draft/add → freepublish/submit.
 * A draft/add whose answer was lost is found in the draft box (draft/batchget) rather than made twice.
 * The dangerous window is "submit reached WeChat, its answer (the publish_id) did not reach us". The attempt
 * marks `submitStartedAt` before submitting and clears it only on an answer; a retry that finds the mark asks
 * WeChat first: the draft left the draft box → it was published → found with freepublish/batchget; the draft
 * is still there → resubmitted only after `submitSettleMs` (an earlier job may still be publishing).
 */
export type WechatProgress = {
  images?: Record<string, string>
  covers?: Record<string, string>
  draftId?: string | null
  /** draft/add was sent and its answer may have been lost: the next attempt looks for that draft before adding one. */
  draftStartedAt?: number | null
  /** Drafts of an earlier round that this one replaces (a 组稿 published again): deleted before a new draft is made. */
  obsoleteDrafts?: string[]
  submitStartedAt?: number | null
  externalId?: string | null
  articleId?: string | null
}

/** externalId of a post found without its publish_id (only its article_id is known). */
export const ARTICLE_PREFIX = 'article:'

const SUBMIT_SETTLE_MS = () => Number(process.env.WECHAT_SUBMIT_SETTLE_MS ?? 30 * 60_000)
/** How many pages of freepublish/batchget (20 each, newest first) to search for a post we lost track of. */
const SEARCH_PAGES = 5

function newsArticles(artifact: WechatArtifact, progress: WechatProgress): NewsArticle[] {
  return artifact.articles.map((article) => ({
    article_type: 'news',
    title: article.title,
    author: article.author,
    digest: article.digest,
    content: replacePlaceholders(article.content, (mediaId) => progress.images?.[mediaId]),
    content_source_url: article.contentSourceUrl,
    thumb_media_id: progress.covers![String(article.cover!.mediaId)],
    need_open_comment: article.needOpenComment,
    only_fans_can_comment: article.onlyFansCanComment,
    pic_crop_235_1: article.cover!.crop235,
    pic_crop_1_1: article.cover!.crop11,
  }))
}

/** The post of an uncertain submission, if WeChat published it: matched on the first article's cover and title. */
async function findPublished(client: WechatClient, first: NewsArticle): Promise<{ articleId: string; url: string | null } | null> {
  for (let page = 0; page < SEARCH_PAGES; page++) {
    const { item, total_count } = await client.batchGetPublished(page * 20, 20, true)
    for (const post of item) {
      const lead = post.content.news_item[0]
      if (lead && lead.thumb_media_id === first.thumb_media_id && lead.title === first.title) return { articleId: post.article_id, url: lead.url ?? null }
    }
    if ((page + 1) * 20 >= total_count) break
  }
  return null
}

/**
 * Our post, found by its content when its publish_id is unknown. Saved as the publication's external id at once:
 * an attempt that dies after this asks `status` (getarticle) next time instead of submitting again.
 */
async function recovered(client: WechatClient, ctx: DeliveryContext, first: NewsArticle): Promise<Delivery | null> {
  const found = await findPublished(client, first)
  if (!found) return null
  const externalId = `${ARTICLE_PREFIX}${found.articleId}`
  await ctx.checkpoint({ externalId, articleId: found.articleId, submitStartedAt: null })
  return { state: 'delivered', externalId, url: found.url, raw: { articleId: found.articleId, recovered: true } }
}

const uncertain = (message: string, retryAfterMs?: number) => new DeliveryError(message, { code: 'wechat-submit-unconfirmed', transient: true, retryAfterMs })

/**
 * Our drafts in the draft box, newest first: the ones whose first article has our cover (uploaded by this delivery,
 * so no one else's) and our title. Found when draft/add reached WeChat and its answer (the media_id) did not reach us.
 */
async function findDrafts(client: WechatClient, first: NewsArticle): Promise<string[]> {
  const found: string[] = []
  for (let page = 0; page < SEARCH_PAGES; page++) {
    const { item, total_count } = await client.batchGetDrafts(page * 20, 20, true)
    for (const draft of item) {
      const lead = draft.content.news_item[0]
      if (lead && lead.thumb_media_id === first.thumb_media_id && lead.title === first.title) found.push(draft.media_id)
    }
    if ((page + 1) * 20 >= total_count) break
  }
  return found
}

/** draft/delete of a draft we no longer use; one already gone (published, deleted in the MP console) is fine. */
async function deleteDraft(client: WechatClient, mediaId: string) {
  try {
    await client.deleteDraft(mediaId)
  } catch (error) {
    if (errcodeOf(error) !== 40007) throw error
  }
}

/**
 * The draft of this delivery, made once: drafts of an earlier round are deleted first; a draft/add whose answer was
 * lost is found in the draft box and used (any second copy deleted) instead of adding another, so no stray draft
 * is left in the account's 草稿箱.
 */
async function ensureDraft(client: WechatClient, ctx: DeliveryContext, progress: WechatProgress, articles: NewsArticle[]) {
  for (const mediaId of progress.obsoleteDrafts ?? []) {
    await deleteDraft(client, mediaId)
    await ctx.checkpoint({ obsoleteDrafts: (progress.obsoleteDrafts ?? []).filter((id) => id !== mediaId) })
  }
  if (progress.draftStartedAt) {
    const [ours, ...copies] = await findDrafts(client, articles[0])
    if (ours) {
      await ctx.checkpoint({ draftId: ours, draftStartedAt: null, submitStartedAt: null })
      for (const copy of copies) await deleteDraft(client, copy)
      return
    }
  } else {
    await ctx.checkpoint({ draftStartedAt: ctx.now.getTime() })
  }
  await ctx.checkpoint({ draftId: await client.addDraft(articles), draftStartedAt: null, submitStartedAt: null })
}

/** Resolves an earlier submission whose answer was lost: a Delivery when it was published, 'resubmit' when safe. */
async function reconcile(client: WechatClient, ctx: DeliveryContext, progress: WechatProgress, first: NewsArticle): Promise<Delivery | 'resubmit'> {
  try {
    await client.getDraft(progress.draftId!)
  } catch (error) {
    if (errcodeOf(error) !== 40007) throw error
    // The draft left the draft box: it was published (or someone deleted it in the MP console).
    const found = await recovered(client, ctx, first)
    if (found) return found
    throw new DeliveryError('微信公众号：上次提交发表后草稿已不在草稿箱，但在已发表列表中未找到该文章；为避免重复发表已停止，请到公众平台核实后再重新投递', {
      code: 'wechat-submit-lost',
      transient: false,
    })
  }
  const waited = ctx.now.getTime() - Number(progress.submitStartedAt)
  if (waited < SUBMIT_SETTLE_MS()) {
    throw uncertain('微信公众号：上次提交发表的结果未知（草稿仍在草稿箱，可能仍在发表中），稍后核实后再决定是否重新提交', SUBMIT_SETTLE_MS() - waited)
  }
  return 'resubmit'
}

export async function deliverWechat(artifact: WechatArtifact, ctx: DeliveryContext): Promise<Delivery> {
  if (!artifact.articles.length) throw new DeliveryError('微信图文没有文章', { code: 'wechat-empty', transient: false })
  const missing = artifact.articles.findIndex((article) => !article.cover)
  if (missing >= 0) throw new DeliveryError(`微信公众号：第 ${missing + 1} 篇文章没有封面（thumb_media_id 必填），请设置封面或在正文中加入图片`, { code: 'wechat-no-cover', transient: false })
  const client = clientFor(ctx.payload, ctx.account)
  const progress = ctx.progress as WechatProgress

  for (const { mediaId } of artifact.images) {
    if (progress.images?.[String(mediaId)]) continue
    const url = await client.uploadImage(await bodyImage(await loadMedia(ctx.payload, mediaId)))
    await ctx.checkpoint({ images: { ...progress.images, [String(mediaId)]: url } })
  }
  for (const article of artifact.articles) {
    const mediaId = String(article.cover!.mediaId)
    if (progress.covers?.[mediaId]) continue
    const { media_id } = await client.addMaterial('image', await coverImage(await loadMedia(ctx.payload, mediaId)))
    await ctx.checkpoint({ covers: { ...progress.covers, [mediaId]: media_id } })
  }
  const articles = newsArticles(artifact, progress)
  if (!progress.draftId) await ensureDraft(client, ctx, progress, articles)

  if (progress.submitStartedAt) {
    const resolved = await reconcile(client, ctx, progress, articles[0])
    if (resolved !== 'resubmit') return resolved
  }
  await ctx.checkpoint({ submitStartedAt: ctx.now.getTime() })
  let submitted: { publish_id: string }
  try {
    submitted = await client.submit(progress.draftId!)
  } catch (error) {
    // An answer (errcode) means WeChat did not take it: no uncertainty left. A lost answer keeps the mark.
    if (error instanceof DeliveryError && isAnswered(error)) {
      if (errcodeOf(error) !== 40007) {
        await ctx.checkpoint({ submitStartedAt: null })
        throw error
      }
      // The draft is gone. If it left the draft box because it was published, that is our post: never a second one.
      const found = await recovered(client, ctx, articles[0])
      if (found) return found
      // Deleted in the MP console without being published: a new draft next time.
      await ctx.checkpoint({ submitStartedAt: null, draftId: null })
      throw new DeliveryError(`${error.message}；将重新创建草稿`, { ...error.options, transient: true })
    }
    throw error
  }
  await ctx.checkpoint({ externalId: submitted.publish_id, submitStartedAt: null })
  return { state: 'submitted', externalId: submitted.publish_id, raw: submitted }
}

/** freepublish/get: delivered with the permanent link, failed with the reason, null while publishing. */
export async function statusWechat(externalId: string, ctx: DeliveryContext): Promise<Delivery | null> {
  const client = clientFor(ctx.payload, ctx.account)
  if (externalId.startsWith(ARTICLE_PREFIX)) {
    try {
      const [lead] = await client.getArticle(externalId.slice(ARTICLE_PREFIX.length))
      return { state: 'delivered', externalId, url: lead?.url ?? null }
    } catch (error) {
      if (errcodeOf(error) !== 53600) throw error
      throw new DeliveryError('微信公众号：已发表的文章已不存在（可能已被公众号管理员删除），不再重新发表', { code: 'wechat-article-gone', transient: false, resubmit: false, raw: { errcode: 53600 } })
    }
  }
  const result = await client.getPublish(externalId)
  const outcome = publishOutcome(result)
  if (!outcome) return null
  if (outcome.state === 'failed') throw new DeliveryError(outcome.message, { code: outcome.code, transient: false, resubmit: outcome.resubmit, raw: result })
  return { state: 'delivered', externalId, url: outcome.url, raw: { articleId: outcome.articleId } }
}

/** 撤稿: freepublish/delete of every article of the post (index 0); a post already gone is fine. */
export async function withdrawWechat(externalId: string | null, ctx: DeliveryContext): Promise<void> {
  if (!externalId) return
  const client = clientFor(ctx.payload, ctx.account)
  let articleId: string | null = null
  if (externalId.startsWith(ARTICLE_PREFIX)) articleId = externalId.slice(ARTICLE_PREFIX.length)
  else {
    const result = await client.getPublish(externalId)
    if (result.publish_status === 1) {
      throw new DeliveryError('微信公众号：文章仍在发表中，稍后再撤回', { code: 'wechat-still-publishing', transient: true, retryAfterMs: 30_000 })
    }
    articleId = result.publish_status === 0 ? (result.article_id ?? null) : null
  }
  if (!articleId) return
  await deleteArticle(client, articleId, 0)
}

/** freepublish/delete of one article of a post (1-based `index`; 0: all of them); one already gone is fine. */
export async function deleteArticle(client: WechatClient, articleId: string, index: number): Promise<void> {
  try {
    await client.deletePublished(articleId, index)
  } catch (error) {
    if (errcodeOf(error) !== 53600) throw error
  }
}
