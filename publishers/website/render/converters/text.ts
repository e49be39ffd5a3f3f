import { escapeHtml } from '../escape'
import type { NodeConverter } from '../types'

/** Lexical's text format bits (lexical/LexicalConstants), outermost tag first. */
const FORMATS: [bit: number, tag: string][] = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
  [128, 'mark'],
]

/** Text with its formats as tags. The node's inline `style` is dropped: it is never needed and can carry CSS tricks. */
export const text: NodeConverter = ({ node }) => {
  let html = escapeHtml(node.text)
  const format = typeof node.format === 'number' ? node.format : 0
  for (let i = FORMATS.length - 1; i >= 0; i--) {
    const [bit, tag] = FORMATS[i]
    if (format & bit) html = `<${tag}>${html}</${tag}>`
  }
  return html
}

export const linebreak: NodeConverter = () => '<br>'

export const tab: NodeConverter = () => '\t'
