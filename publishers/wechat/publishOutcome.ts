import type { PublishResult } from './client'

/**
 * What a publish_status means for the publication (channels-api.md §1.3), shared by the status check
 * (freepublish/get) and the PUBLISHJOBFINISH callback: null while publishing, delivered with the permanent
 * link, or failed with the reason in Chinese (fail_idx only counts for statuses 2 and 4).
 */
export type PublishOutcome =
  | null
  | { state: 'delivered'; articleId: string | null; url: string | null }
  | { state: 'failed'; code: string; message: string; resubmit: boolean }

const articles = (failIdx: number[] | undefined) => (failIdx?.length ? `（第 ${failIdx.join('、')} 篇）` : '')

const FAILURES: Record<number, (failIdx?: number[]) => string> = {
  2: (failIdx) => `原创声明校验未通过${articles(failIdx)}，请核实原创声明后重新审核`,
  3: () => '微信发表失败（常规失败），可重新投递',
  4: (failIdx) => `平台审核不通过${articles(failIdx)}，请修改内容后重新审核`,
  5: () => '发表成功后已被公众号管理员删除',
  6: () => '发表成功后已被平台封禁',
}

export function publishOutcome(result: Pick<PublishResult, 'publish_status' | 'article_id' | 'article_detail' | 'fail_idx'>): PublishOutcome {
  const status = Number(result.publish_status)
  if (status === 1) return null
  if (status === 0) {
    const first = result.article_detail?.item?.find((item) => Number(item.idx) === 1) ?? result.article_detail?.item?.[0]
    return { state: 'delivered', articleId: result.article_id ?? null, url: first?.article_url ?? null }
  }
  const failIdx = status === 2 || status === 4 ? result.fail_idx : undefined
  const message = FAILURES[status]?.(failIdx) ?? `微信返回未知的发表状态 ${status}`
  // Only a plain failure (3) may be published again as it is; the others were a decision (review, deletion, ban).
  return { state: 'failed', code: `wechat-publish-status-${status}`, message: `微信公众号：${message}`, resubmit: status === 3 }
}
