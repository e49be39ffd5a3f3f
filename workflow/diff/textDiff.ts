import { diffChars } from 'diff'

import type { DiffPart } from './types'

/** Characters of unchanged text kept on each side of a change; longer unchanged runs are cut to "…". */
export const CONTEXT_CHARS = 20

interface ChangeGroup {
  del: string
  ins: string
}
type Segment = ChangeGroup | string

/**
 * Character diff (Chinese has no spaces to split words on). jsdiff's raw result interleaves
 * single shared characters inside a rewritten phrase ("今天的会议" → "明天上午的讨论"), which reads
 * badly; like diff-match-patch's semantic cleanup, an unchanged run no longer than the changes on
 * both sides of it is folded into them, so a rewritten phrase shows as one deletion and one insertion.
 */
export function diffText(before: string, after: string): DiffPart[] {
  const segments: Segment[] = []
  for (const change of diffChars(before, after)) {
    const last = segments[segments.length - 1]
    if (!change.added && !change.removed) segments.push(change.value)
    else {
      const group: ChangeGroup = typeof last === 'object' ? last : { del: '', ins: '' }
      if (change.added) group.ins += change.value
      else group.del += change.value
      if (group !== last) segments.push(group)
    }
  }
  let merged = true
  while (merged) {
    merged = false
    for (let i = 1; i < segments.length - 1; i++) {
      const [prev, equal, next] = [segments[i - 1], segments[i], segments[i + 1]]
      if (typeof prev !== 'object' || typeof equal !== 'string' || typeof next !== 'object') continue
      const size = [...equal].length
      if (size <= Math.max([...prev.del].length, [...prev.ins].length) && size <= Math.max([...next.del].length, [...next.ins].length)) {
        segments.splice(i - 1, 3, { del: prev.del + equal + next.del, ins: prev.ins + equal + next.ins })
        merged = true
        break
      }
    }
  }
  const parts: DiffPart[] = []
  for (const segment of segments) {
    if (typeof segment === 'string') parts.push({ op: 'equal', text: segment })
    else {
      if (segment.del) parts.push({ op: 'delete', text: segment.del })
      if (segment.ins) parts.push({ op: 'insert', text: segment.ins })
    }
  }
  return parts
}

/** Share of the longer text left unchanged (0 = rewritten, 1 = identical), counted in characters. */
export function similarity(parts: DiffPart[]): number {
  let equal = 0
  let before = 0
  let after = 0
  for (const part of parts) {
    const size = [...part.text].length
    if (part.op === 'equal') equal += size
    if (part.op !== 'insert') before += size
    if (part.op !== 'delete') after += size
  }
  const longest = Math.max(before, after)
  return longest === 0 ? 1 : equal / longest
}

/** Cuts long unchanged runs down to their context: the start keeps its tail, the end its head, the middle both. */
export function collapseEqual(parts: DiffPart[], context = CONTEXT_CHARS): DiffPart[] {
  return parts.map((part, index) => {
    if (part.op !== 'equal') return part
    const chars = [...part.text]
    const first = index === 0
    const last = index === parts.length - 1
    const keepHead = first ? 0 : context
    const keepTail = last ? 0 : context
    // Leave short runs alone: cutting fewer than a handful of characters saves nothing.
    if (chars.length <= keepHead + keepTail + 5) return part
    const head = chars.slice(0, keepHead).join('')
    const tail = keepTail ? chars.slice(chars.length - keepTail).join('') : ''
    return { op: 'equal', text: `${head}…${tail}`, elided: chars.length - keepHead - keepTail }
  })
}
