import type { Account, Snapshot } from '../../core/contract'
import type { WechatArtifact } from './artifact'
import { renderArticle, type RenderWechatOptions } from './article'
import { articleProblems, fieldProblems, MAX_BUNDLE_ARTICLES } from './limits'

const position = (index: number) => (index === 0 ? '头条' : `第 ${index + 1} 篇（次条）`)

/**
 * Several approved items as one multi-article post: the first is the 头条, the rest 次条, at most 8. Each
 * article keeps its own theme, cover and settings; the images are uploaded once even when articles share one.
 * Warnings say which article they are about.
 */
export function renderWechatBundle(snapshots: readonly Snapshot[], account: Account, options: RenderWechatOptions = {}): WechatArtifact {
  const artifact: WechatArtifact = { articles: [], images: [], warnings: [] }
  const seen = new Set<string>()
  const single = snapshots.length === 1
  snapshots.forEach((snapshot, index) => {
    const { article, collector } = renderArticle(snapshot, account, options)
    artifact.articles.push(article)
    for (const image of collector.images) {
      if (seen.has(String(image.mediaId))) continue
      seen.add(String(image.mediaId))
      artifact.images.push(image)
    }
    artifact.warnings.push(...collector.warnings.map((warning) => (single ? warning : `${position(index)}：${warning}`)))
  })
  return artifact
}

/** Problems that stop a bundle: its size, and each article's own (prefixed with its position). */
export function validateWechatBundle(snapshots: readonly Snapshot[], account: Account, options: RenderWechatOptions = {}): string[] {
  if (!snapshots.length) return ['微信图文至少需要 1 篇稿件']
  if (snapshots.length > MAX_BUNDLE_ARTICLES) return [`一次群发最多 ${MAX_BUNDLE_ARTICLES} 篇（头条 + 7 篇次条），当前 ${snapshots.length} 篇`]
  const single = snapshots.length === 1
  return snapshots.flatMap((snapshot, index) => {
    const { article } = renderArticle(snapshot, account, options)
    const problems = [...fieldProblems(snapshot, account), ...articleProblems(snapshot, article)]
    return single ? problems : problems.map((problem) => `${position(index)}《${article.title}》：${problem}`)
  })
}
