import { defaultConverters } from './converters'
import type { Converters, LexicalNode, RenderOptions } from './types'

export type LexicalToHtmlOptions = Partial<RenderOptions> & {
  /** Converters merged over the defaults, by node type. */
  converters?: Converters
}

const PAGES: Record<string, string> = { articles: '/articles/', videos: '/videos/', 'cultural-projects': '/projects/' }

const idOf = (value: unknown): string | null => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'number' || (typeof id === 'string' && /^[\w-]+$/.test(id)) ? String(id) : null
}

/** The public page of an article, video or cultural project; other collections have none. */
export const defaultDocHref: RenderOptions['docHref'] = (relationTo, value) => {
  const id = idOf(value)
  return PAGES[relationTo] && id ? `${PAGES[relationTo]}${encodeURIComponent(id)}` : null
}

export const defaultDocTitle: RenderOptions['docTitle'] = (value) => {
  if (typeof value !== 'object' || value === null) return null
  const { title, name } = value as { title?: unknown; name?: unknown }
  return typeof title === 'string' ? title : typeof name === 'string' ? name : null
}

const isNode = (value: unknown): value is LexicalNode => typeof value === 'object' && value !== null

/**
 * Serialized Lexical JSON → HTML. Each node goes to the converter for its type; a node type without one
 * renders its children (so unknown wrappers keep their text) or nothing. Never throws on odd input.
 */
export function lexicalToHtml(state: unknown, options: LexicalToHtmlOptions = {}): string {
  const root = isNode(state) && isNode(state.root) ? state.root : null
  if (!root) return ''
  const converters: Converters = { ...defaultConverters, ...options.converters }
  const renderOptions: RenderOptions = {
    docHref: options.docHref ?? defaultDocHref,
    docTitle: options.docTitle ?? defaultDocTitle,
  }

  const convertChildren = (node: LexicalNode, depth: number): string =>
    // Depth guard: a hostile document nested thousands deep must not overflow the stack.
    Array.isArray(node.children) && depth < 64
      ? node.children.map((child, index) => (isNode(child) ? convertNode(child, node, index, depth + 1) : '')).join('')
      : ''

  const convertNode = (node: LexicalNode, parent: LexicalNode | null, index: number, depth: number): string => {
    const converter = typeof node.type === 'string' && Object.hasOwn(converters, node.type) ? converters[node.type] : undefined
    const children = () => convertChildren(node, depth)
    return converter ? converter({ node, children, options: renderOptions, index, parent }) : children()
  }

  return convertChildren(root, 0)
}
