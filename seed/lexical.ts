import type {
  DefaultNodeTypes,
  DefaultTypedEditorState,
  SerializedHeadingNode,
  SerializedLinkNode,
  SerializedListItemNode,
  SerializedListNode,
  SerializedParagraphNode,
  SerializedQuoteNode,
  SerializedTextNode,
} from '@payloadcms/richtext-lexical'

/**
 * Builds serialized Lexical JSON (the shape Payload's richText field stores) from a small block
 * vocabulary, so the demo texts in seed/articles.ts stay readable data rather than node trees.
 * The node fields and versions are those Lexical 0.50 / @payloadcms/richtext-lexical 3.90 export;
 * test/seed/seed.test.ts round-trips the output through a headless editor with Payload's nodes.
 */

/** Inline content: plain text, bold text, or a link. */
export type Inline = string | { bold: string } | { link: string; url: string }

/** A block of body text. A string is a paragraph; an array is a paragraph of mixed inline content. */
export type Block =
  | string
  | Inline[]
  | { heading: string; level?: 2 | 3 | 4 }
  | { list: (string | Inline[])[]; ordered?: boolean }
  | { quote: string }

type Node = DefaultNodeTypes

const BOLD = 1 // Lexical's IS_BOLD text format bit

const element = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }

export const text = (value: string, format = 0): SerializedTextNode => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

export const link = (label: string, url: string): SerializedLinkNode => ({
  ...element,
  type: 'link',
  // Payload's LinkNode serializes at version 3 with its fields object; custom links open in a new tab.
  version: 3,
  fields: { linkType: 'custom', url, newTab: true },
  children: [text(label)],
})

const inline = (content: Inline): Node =>
  typeof content === 'string' ? text(content) : 'bold' in content ? text(content.bold, BOLD) : link(content.link, content.url)

const inlines = (content: string | Inline[]): Node[] => (typeof content === 'string' ? [text(content)] : content.map(inline))

export const paragraph = (content: string | Inline[]): SerializedParagraphNode => ({
  ...element,
  type: 'paragraph',
  textFormat: 0,
  textStyle: '',
  children: inlines(content),
})

export const heading = (content: string, level: 2 | 3 | 4 = 2): SerializedHeadingNode => ({
  ...element,
  type: 'heading',
  tag: `h${level}`,
  children: [text(content)],
})

export const list = (items: (string | Inline[])[], ordered = false): SerializedListNode => ({
  ...element,
  type: 'list',
  listType: ordered ? 'number' : 'bullet',
  start: 1,
  tag: ordered ? 'ol' : 'ul',
  children: items.map(
    (item, index): SerializedListItemNode => ({
      ...element,
      type: 'listitem',
      value: index + 1,
      checked: undefined,
      children: inlines(item),
    }),
  ),
})

export const quote = (content: string): SerializedQuoteNode => ({ ...element, type: 'quote', children: [text(content)] })

export function block(content: Block): Node {
  if (typeof content === 'string' || Array.isArray(content)) return paragraph(content)
  if ('heading' in content) return heading(content.heading, content.level)
  if ('list' in content) return list(content.list, content.ordered)
  return quote(content.quote)
}

/** The editor state for a richText field. */
export function richText(blocks: readonly Block[]): DefaultTypedEditorState {
  return { root: { ...element, type: 'root', children: blocks.map(block) } } as DefaultTypedEditorState
}

/** The plain text of a block list (for summaries, search and tests). */
export function plainText(blocks: readonly Block[]): string {
  const of = (content: string | Inline[]) =>
    typeof content === 'string'
      ? content
      : content.map((part) => (typeof part === 'string' ? part : 'bold' in part ? part.bold : part.link)).join('')
  return blocks
    .map((content) =>
      typeof content === 'string' || Array.isArray(content)
        ? of(content)
        : 'heading' in content
          ? content.heading
          : 'list' in content
            ? content.list.map(of).join('\n')
            : content.quote,
    )
    .join('\n')
}
