/**
 * Plain text of a serialized Lexical editor state (what Payload's richtext-lexical stores), with a map from
 * text offsets back to the nodes, so a check can say "正文第 3 段第 12 字" and the admin can highlight it.
 *
 * Blocks (paragraph, heading, quote, list items, table rows…) are separated by '\n', table cells by '\t', so a
 * word never matches across two paragraphs; inline nodes (text, link, autolink, bold runs) are joined without a
 * separator, so a word split by formatting still matches. No Payload import: this runs in tests and workers.
 */

/** A run of plain text that came from one Lexical text-bearing node. */
export type TextSegment = {
  /** UTF-16 offsets into LexicalText.text, end exclusive. */
  start: number
  end: number
  /** Child-index path from the root to the node. */
  path: number[]
  /** Top-level block index. */
  block: number
}

export type TextBlock = {
  /** Index among the root's children. */
  index: number
  type: string
  /** UTF-16 range of the block's text in LexicalText.text (start === end for blocks without text). */
  start: number
  end: number
}

/** An upload node (an image or other file placed in the body). */
export type UploadNode = {
  path: number[]
  block: number
  relationTo?: string
  /** The populated media document, or its id when the value was not populated. */
  value: unknown
  /** Extra fields configured on the upload node (e.g. a per-placement caption), if any. */
  fields?: Record<string, unknown>
  /** Where the upload sits in the plain text (between the surrounding blocks). */
  offset: number
}

export type LexicalText = {
  text: string
  blocks: TextBlock[]
  segments: TextSegment[]
  uploads: UploadNode[]
}

type LexicalNode = {
  type?: unknown
  text?: unknown
  children?: unknown
  value?: unknown
  relationTo?: unknown
  fields?: unknown
}

/** Element types that start a new line in the plain text. */
const BLOCK_TYPES = new Set([
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'code',
  'table',
  'tablerow',
  'block',
  'horizontalrule',
  'relationship',
  'upload',
])

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

export function lexicalToText(state: unknown): LexicalText {
  const result: LexicalText = { text: '', blocks: [], segments: [], uploads: [] }
  const root = isObject(state) && isObject(state.root) ? (state.root as LexicalNode) : null
  if (!root || !Array.isArray(root.children)) return result

  let text = ''
  // A separator waits until more text arrives, so blocks never end or begin with a stray newline.
  let pending: '' | '\n' | '\t' = ''
  let block = 0
  let blockHasText = false

  const separate = (separator: '\n' | '\t') => {
    if (separator === '\n' || pending === '') pending = separator
  }
  const emit = (value: string, path: number[]) => {
    if (!value) return
    if (pending && text.length) text += pending
    pending = ''
    const start = text.length
    text += value
    result.segments.push({ start, end: text.length, path, block })
    const current = result.blocks[result.blocks.length - 1]
    if (!blockHasText) current.start = start
    blockHasText = true
    current.end = text.length
  }

  const walk = (node: LexicalNode, path: number[]) => {
    const type = typeof node.type === 'string' ? node.type : ''
    if (type === 'linebreak') return emit('\n', path)
    if (type === 'tab') return emit('\t', path)
    if (typeof node.text === 'string' && !Array.isArray(node.children)) return emit(node.text, path)
    if (type === 'upload') {
      separate('\n')
      result.uploads.push({
        path,
        block,
        relationTo: typeof node.relationTo === 'string' ? node.relationTo : undefined,
        value: node.value,
        fields: isObject(node.fields) ? node.fields : undefined,
        offset: text.length,
      })
      return separate('\n')
    }
    const isBlock = BLOCK_TYPES.has(type)
    const isCell = type === 'tablecell'
    if (isBlock) separate('\n')
    if (isCell) separate('\t')
    if (Array.isArray(node.children)) {
      node.children.forEach((child, index) => {
        if (isObject(child)) walk(child as LexicalNode, [...path, index])
      })
    }
    if (isBlock) separate('\n')
    if (isCell) separate('\t')
  }

  root.children.forEach((child, index) => {
    if (!isObject(child)) return
    block = index
    blockHasText = false
    const type = typeof child.type === 'string' ? child.type : 'unknown'
    // An empty block sits where the next text would start; emit() moves start when the first text arrives.
    result.blocks.push({ index, type, start: text.length, end: text.length })
    walk(child as LexicalNode, [index])
    separate('\n')
  })
  result.text = text
  return result
}

/** The block and node where a UTF-16 offset of LexicalText.text falls (the last block/segment starting at or before it). */
export function locateOffset(doc: LexicalText, offset: number) {
  let blockAt: TextBlock | undefined
  for (const candidate of doc.blocks) {
    if (candidate.start > offset) break
    if (candidate.end > candidate.start || !blockAt) blockAt = candidate
  }
  let segment: TextSegment | undefined
  // Segments are ordered by start: binary search for the last one starting at or before the offset.
  let low = 0
  let high = doc.segments.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    if (doc.segments[mid].start <= offset) {
      segment = doc.segments[mid]
      low = mid + 1
    } else high = mid - 1
  }
  return {
    block: blockAt?.index ?? 0,
    blockType: blockAt?.type ?? 'paragraph',
    offset: blockAt ? offset - blockAt.start : offset,
    path: segment ? segment.path : [],
    nodeOffset: segment ? offset - segment.start : offset,
  }
}
