import type { LexicalNode, NodeConverter } from '../types'

const ALIGNMENTS = new Set(['left', 'center', 'right', 'justify', 'start', 'end'])

/** Alignment as one of a fixed set of classes (never a style attribute built from data). */
export const alignClass = (node: LexicalNode) =>
  typeof node.format === 'string' && ALIGNMENTS.has(node.format) ? ` class="align-${node.format}"` : ''

export const paragraph: NodeConverter = ({ node, children }) => {
  const inner = children()
  // Lexical saves an empty line as an empty paragraph; the site keeps the gap without an empty <p>.
  return inner ? `<p${alignClass(node)}>${inner}</p>` : ''
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** h1 belongs to the page title, so a body h1 is shown as h2. */
export const heading: NodeConverter = ({ node, children }) => {
  const tag = typeof node.tag === 'string' && HEADINGS.has(node.tag) ? (node.tag === 'h1' ? 'h2' : node.tag) : 'h2'
  return `<${tag}${alignClass(node)}>${children()}</${tag}>`
}

export const quote: NodeConverter = ({ node, children }) => `<blockquote${alignClass(node)}>${children()}</blockquote>`

export const horizontalrule: NodeConverter = () => '<hr>'

export const code: NodeConverter = ({ children }) => `<pre><code>${children()}</code></pre>`
