import { diffArrays } from 'diff'

import { isLexicalState, lexicalParagraphs } from './lexicalParagraphs'
import { collapseEqual, diffText, similarity } from './textDiff'
import type { DiffPart, FieldDiff, FieldKind, FieldSpec, ParagraphDiff, VersionDiff } from './types'

/** Below this share of unchanged characters two paragraphs count as one removed and one added, not as one changed. */
const MIN_PARAGRAPH_SIMILARITY = 0.3

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

/**
 * Default display text of a list item or a value: relationships may arrive as ids or populated documents
 * (compare versions read at the same depth), credits as { role, user | name }.
 */
export function defaultFormat(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value !== 'object') return String(value)
  const record = value as Record<string, unknown>
  if ('role' in record && ('name' in record || 'user' in record)) {
    const who = record.name || defaultFormat(record.user)
    return `${String(record.role)}：${String(who)}`
  }
  for (const key of ['name', 'title', 'label', 'alt', 'filename', 'email', 'id', 'value'] as const) {
    if (record[key] !== undefined && record[key] !== null && record[key] !== '') return String(record[key])
  }
  return JSON.stringify(value)
}

function inferKind(before: unknown, after: unknown): FieldKind {
  const sample = isEmpty(before) ? after : before
  if (isLexicalState(sample)) return 'richText'
  if (Array.isArray(sample)) return 'list'
  if (typeof sample === 'string') return 'text'
  return 'value'
}

function diffRichText(before: unknown, after: unknown): ParagraphDiff[] {
  const old = lexicalParagraphs(before)
  const now = lexicalParagraphs(after)
  const result: ParagraphDiff[] = []
  let b = 0 // paragraphs of `old` consumed
  let a = 0 // paragraphs of `now` consumed
  const changes = diffArrays(old, now)
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]
    if (!change.added && !change.removed) {
      b += change.value.length
      a += change.value.length
      continue
    }
    // A removed run directly followed by an added run (or the reverse) is where paragraphs were edited:
    // pair them up in order and diff each pair by character.
    const next = changes[i + 1]
    const removed = change.removed ? change.value : next?.removed ? next.value : []
    const added = change.added ? change.value : next?.added ? next.value : []
    if (removed.length && added.length) i++
    const pairs = Math.min(removed.length, added.length)
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      if (k < pairs) {
        const parts = diffText(removed[k], added[k])
        if (similarity(parts) >= MIN_PARAGRAPH_SIMILARITY) {
          result.push({ change: 'changed', before: b + k + 1, after: a + k + 1, parts: collapseEqual(parts) })
          continue
        }
      }
      if (k < removed.length) result.push({ change: 'removed', before: b + k + 1, parts: [{ op: 'delete', text: removed[k] }] })
      if (k < added.length) result.push({ change: 'added', after: a + k + 1, parts: [{ op: 'insert', text: added[k] }] })
    }
    b += removed.length
    a += added.length
  }
  return result
}

function diffField(spec: FieldSpec, before: unknown, after: unknown): FieldDiff | null {
  const kind = spec.kind ?? inferKind(before, after)
  const format = spec.format ?? defaultFormat
  const base = { field: spec.name, label: spec.label, kind }
  if (kind === 'richText') {
    const paragraphs = diffRichText(before, after)
    if (!paragraphs.length) return null
    const parts: DiffPart[] = paragraphs.flatMap((p, i) => (i ? [{ op: 'equal' as const, text: '\n' }, ...p.parts] : p.parts))
    return { ...base, parts, paragraphs }
  }
  if (kind === 'list') {
    const old = (Array.isArray(before) ? before : isEmpty(before) ? [] : [before]).map(format)
    const now = (Array.isArray(after) ? after : isEmpty(after) ? [] : [after]).map(format)
    const changes = diffArrays(old, now)
    if (changes.every((c) => !c.added && !c.removed)) return null
    const parts = changes.flatMap((c) =>
      c.value.map((text): DiffPart => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text })),
    )
    return { ...base, parts }
  }
  const old = isEmpty(before) ? '' : kind === 'text' && typeof before === 'string' ? before : format(before)
  const now = isEmpty(after) ? '' : kind === 'text' && typeof after === 'string' ? after : format(after)
  if (old === now) return null
  if (kind === 'text') return { ...base, parts: collapseEqual(diffText(old, now)) }
  const parts: DiffPart[] = []
  if (old) parts.push({ op: 'delete', text: old })
  if (now) parts.push({ op: 'insert', text: now })
  return { ...base, parts }
}

/**
 * What changed between two versions of a content item, field by field in the order of `fields`;
 * unchanged fields are left out, so identical versions give an empty array.
 */
export function diffVersions(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
  fields: readonly FieldSpec[],
): VersionDiff {
  const result: VersionDiff = []
  for (const spec of fields) {
    const changed = diffField(spec, before?.[spec.name], after?.[spec.name])
    if (changed) result.push(changed)
  }
  return result
}
