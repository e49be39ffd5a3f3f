import { approvedChain, chainLine } from '../../../workflow/approvedChain'
import { creditGroups, creditsLine, type CreditRow } from '../../website/render/credits'
import { escapeHtml } from '../../website/render/escape'
import type { Snapshot } from '../../core/contract'
import type { Footnote } from './collector'

/** The column's WeChat templates (collections/Columns.ts `wechat` group): plain text, one paragraph per line. */
type ColumnTemplates = { header?: string | null; footer?: string | null }

const paragraphs = (text: unknown) =>
  (typeof text === 'string' ? text : '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('')

const templatesOf = (snapshot: Snapshot): ColumnTemplates => {
  const column = snapshot.column
  if (typeof column !== 'object' || column === null) return {}
  const wechat = (column as { wechat?: ColumnTemplates | null }).wechat
  return wechat ?? {}
}

export const columnHeader = (snapshot: Snapshot) => {
  const inner = paragraphs(templatesOf(snapshot).header)
  return inner ? `<section class="col-header">${inner}</section>` : ''
}

export const columnFooter = (snapshot: Snapshot) => {
  const inner = paragraphs(templatesOf(snapshot).footer)
  return inner ? `<section class="col-footer">${inner}</section>` : ''
}

/** 参考链接: the footnotes as text (WeChat would drop the links), "[1] 链接文字：https://…". */
export function footnoteList(footnotes: readonly Footnote[]): string {
  if (!footnotes.length) return ''
  const items = footnotes
    .map(({ n, url, labelHtml }) => {
      const label = labelHtml && labelHtml !== escapeHtml(url) ? `${labelHtml}：` : ''
      return `<p>[${n}] ${label}${escapeHtml(url)}</p>`
    })
    .join('')
  return `<section class="fns"><p class="fns-title">参考链接</p>${items}</section>`
}

/**
 * The credits footer the website also prints: 文／… 图／… 编辑／… and the approvals of the approved round
 * (初审：… 复审：… 终审：…), from the snapshot alone (credited users and reviewer names arrive populated).
 */
export function creditsFooter(snapshot: Snapshot): string {
  const credits = creditsLine(creditGroups(snapshot.credits as CreditRow[] | null))
  const review = (snapshot.review ?? null) as { approvals?: { stage: string | number; reviewerName?: string | null }[] | null } | null
  const chain = chainLine(approvedChain(review?.approvals))
  if (!credits && !chain) return ''
  return `<section class="credits">${credits ? `<p>${escapeHtml(credits)}</p>` : ''}${chain ? `<p>${escapeHtml(chain)}</p>` : ''}</section>`
}
