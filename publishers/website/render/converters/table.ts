import type { NodeConverter } from '../types'

export const table: NodeConverter = ({ children }) => `<div class="table-wrap"><table><tbody>${children()}</tbody></table></div>`

export const tablerow: NodeConverter = ({ children }) => `<tr>${children()}</tr>`

/** Lexical's headerState is a bit set (row 1, column 2); any header bit makes a <th>. */
export const tablecell: NodeConverter = ({ node, children }) => {
  const tag = typeof node.headerState === 'number' && node.headerState > 0 ? 'th' : 'td'
  const span = (name: string, value: unknown) =>
    typeof value === 'number' && Number.isInteger(value) && value > 1 && value < 1000 ? ` ${name}="${value}"` : ''
  return `<${tag}${span('colspan', node.colSpan)}${span('rowspan', node.rowSpan)}>${children()}</${tag}>`
}
