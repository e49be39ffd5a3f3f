/**
 * Lexical editor state → one plain string per block, for the paragraph diff.
 * Kept minimal and local on purpose (workflow/text/lexicalText.ts is the project's full Lexical → text
 * conversion; the two can be merged later). Lists give one paragraph per item; images and other
 * non-text blocks give a placeholder so adding or swapping one still shows in the diff.
 */

interface LexicalNode {
  type?: string
  text?: string
  children?: LexicalNode[]
  value?: unknown
  relationTo?: string
  fields?: { blockType?: string } | null
  listType?: string
}

const blockPlaceholder = (node: LexicalNode): string => {
  if (node.type === 'upload') {
    const value = node.value as { id?: unknown; filename?: string; alt?: string } | string | number | undefined
    const name = typeof value === 'object' && value ? (value.alt || value.filename || String(value.id ?? '')) : String(value ?? '')
    return `[图片 ${name}]`.replace(' ]', ']')
  }
  if (node.type === 'relationship') return `[引用 ${node.relationTo ?? ''} ${String((node.value as { id?: unknown })?.id ?? node.value ?? '')}]`
  if (node.type === 'block') return `[区块 ${node.fields?.blockType ?? ''}]`
  if (node.type === 'horizontalrule') return '[分隔线]'
  return ''
}

/** Concatenated text of a node's descendants; line breaks inside a block stay as '\n'. */
const inlineText = (node: LexicalNode): string => {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'tab') return '\t'
  return (node.children ?? []).map(inlineText).join('')
}

const blockParagraphs = (node: LexicalNode): string[] => {
  if (node.type === 'list') {
    return (node.children ?? []).flatMap((item) => {
      const nested = (item.children ?? []).filter((c) => c.type === 'list')
      const own = inlineText({ children: (item.children ?? []).filter((c) => c.type !== 'list') })
      return [`• ${own}`, ...nested.flatMap(blockParagraphs)]
    })
  }
  if (!node.children && typeof node.text !== 'string') {
    const placeholder = blockPlaceholder(node)
    return placeholder ? [placeholder] : []
  }
  return [inlineText(node)]
}

/** Accepts the editor state as an object or as its serialized JSON; anything else gives no paragraphs. */
export function lexicalParagraphs(state: unknown): string[] {
  let value = state
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value)
    } catch {
      // Not JSON: treat a plain string as text split on blank lines.
      return (state as string).split(/\n+/).filter((p) => p.trim() !== '')
    }
  }
  const root = (value as { root?: LexicalNode } | null)?.root
  if (!root || !Array.isArray(root.children)) return []
  // Empty paragraphs (the editor's blank lines) carry no content for a reviewer.
  return root.children.flatMap(blockParagraphs).filter((p) => p.trim() !== '')
}

/** True when the value looks like a Lexical editor state (object or JSON string with a root). */
export function isLexicalState(value: unknown): boolean {
  if (typeof value === 'string') return /^\s*\{\s*"root"\s*:/.test(value)
  return !!value && typeof value === 'object' && !Array.isArray(value) && typeof (value as { root?: unknown }).root === 'object'
}
