import type { NodeConverter } from '../types'

export const list: NodeConverter = ({ node, children }) => {
  const listType = node.listType === 'number' ? 'number' : node.listType === 'check' ? 'check' : 'bullet'
  if (listType === 'number') {
    const start = typeof node.start === 'number' && Number.isInteger(node.start) && node.start !== 1 ? ` start="${node.start}"` : ''
    return `<ol${start}>${children()}</ol>`
  }
  return listType === 'check' ? `<ul class="checklist">${children()}</ul>` : `<ul>${children()}</ul>`
}

/** A list item; in a check list it carries its state (shown, not editable). A nested list sits in its own item. */
export const listitem: NodeConverter = ({ node, children, parent }) => {
  const nested = node.children?.some((child) => child.type === 'list')
  if (parent?.listType === 'check' && !nested) {
    const checked = node.checked === true
    return `<li class="${checked ? 'checked' : 'unchecked'}" role="checkbox" aria-checked="${checked}">${children()}</li>`
  }
  return `<li${nested ? ' class="nested"' : ''}>${children()}</li>`
}
