import { lexicalToText } from '../../workflow/text/lexicalText'
import type { Snapshot } from '../core/contract'
import type { DeliveredCopy } from './model'

type Credit = { role?: string; name?: string | null; user?: unknown }

const ROLE_PREFIX: Record<string, string> = { text: '文', photo: '图', video: '视频', editor: '编辑' }

const creditName = (credit: Credit) => {
  if (credit.name?.trim()) return credit.name.trim()
  const user = credit.user as { name?: string } | null | undefined
  return typeof user === 'object' && user?.name ? user.name : ''
}

/** 署名 as printed: "文/沈佳怡 图/李明" (proofreaders and editors are not printed under the headline). */
export function printByline(credits: unknown): string {
  const groups = new Map<string, string[]>()
  for (const credit of (Array.isArray(credits) ? credits : []) as Credit[]) {
    const prefix = ROLE_PREFIX[credit.role ?? '']
    const name = creditName(credit)
    if (!prefix || prefix === '编辑' || !name) continue
    groups.set(prefix, [...(groups.get(prefix) ?? []), name])
  }
  return [...groups].map(([prefix, names]) => `${prefix}/${names.join(' ')}`).join('　')
}

const idOf = (ref: unknown) => (ref && typeof ref === 'object' ? (ref as { id: number | string }).id : (ref as number | string | null | undefined))

/**
 * The newspaper's render, pure: the approved article as print copy — 眉题/主题/副题, byline, the body as plain
 * paragraphs (a paper has no links or embeds), and the cover as the default photo.
 */
export function renderPrintCopy(snapshot: Snapshot): DeliveredCopy {
  const { text } = lexicalToText(snapshot.body)
  return {
    kicker: (snapshot.kicker as string | undefined)?.trim() || undefined,
    headline: String(snapshot.title ?? '').trim(),
    deck: (snapshot.subtitle as string | undefined)?.trim() || undefined,
    byline: printByline(snapshot.credits) || undefined,
    paragraphs: text
      .split('\n')
      .map((p) => p.replace(/\t/g, '　').trim())
      .filter(Boolean),
    photo: idOf(snapshot.cover) ?? null,
  }
}

/** Problems that stop delivery to the paper, in Chinese. */
export function validatePrintCopy(snapshot: Snapshot): string[] {
  const problems: string[] = []
  if (snapshot.collection !== 'articles') problems.push('校报只刊登文章，视频不能投递到校报')
  else if (!renderPrintCopy(snapshot).paragraphs.length) problems.push('正文为空，无法排入校报')
  return problems
}
