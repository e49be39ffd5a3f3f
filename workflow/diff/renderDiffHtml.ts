import type { DiffPart, FieldDiff, ParagraphDiff, VersionDiff } from './types'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c])

/** Line breaks inside a paragraph stay visible. */
const textHtml = (text: string): string => escapeHtml(text).replace(/\n/g, '<br>')

const partHtml = (part: DiffPart): string => {
  if (part.op === 'insert') return `<ins>${textHtml(part.text)}</ins>`
  if (part.op === 'delete') return `<del>${textHtml(part.text)}</del>`
  const title = part.elided ? ` title="省略 ${part.elided} 字"` : ''
  return `<span class="rm-diff-same"${title}>${textHtml(part.text)}</span>`
}

const PARAGRAPH_LABEL: Record<ParagraphDiff['change'], (p: ParagraphDiff) => string> = {
  added: (p) => `新增第 ${p.after} 段`,
  removed: (p) => `删除原第 ${p.before} 段`,
  changed: (p) => (p.before === p.after ? `修改第 ${p.after} 段` : `修改第 ${p.after} 段（原第 ${p.before} 段）`),
}

const fieldBodyHtml = (field: FieldDiff): string => {
  if (field.kind === 'richText' && field.paragraphs) {
    return field.paragraphs
      .map(
        (p) =>
          `<div class="rm-diff-paragraph rm-diff-${p.change}"><small>${PARAGRAPH_LABEL[p.change](p)}</small>` +
          `<p>${p.parts.map(partHtml).join('')}</p></div>`,
      )
      .join('')
  }
  if (field.kind === 'list') return `<ul>${field.parts.map((part) => `<li>${partHtml(part)}</li>`).join('')}</ul>`
  return `<p>${field.parts.map(partHtml).join('')}</p>`
}

/**
 * The diff as a small HTML fragment for the admin review panel: one section per changed field with its
 * Chinese label, insertions in <ins>, deletions in <del>. All item text is escaped; class names only.
 */
export function renderDiffHtml(diff: VersionDiff): string {
  if (!diff.length) return '<div class="rm-diff"><p class="rm-diff-empty">与上一轮审核的版本相比没有改动</p></div>'
  const sections = diff.map(
    (field) =>
      `<section class="rm-diff-field" data-field="${escapeHtml(field.field)}"><h4>${escapeHtml(field.label)}</h4>${fieldBodyHtml(field)}</section>`,
  )
  return `<div class="rm-diff">${sections.join('')}</div>`
}
