import { escapeHtml } from '../escape'
import { sanitizeUrl } from '../sanitizeUrl'
import type { NodeConverter } from '../types'

type LinkFields = { linkType?: string; url?: unknown; newTab?: unknown; doc?: { relationTo?: string; value?: unknown } | null }

/** Links and autolinks: a custom URL is sanitised; an internal link points at the document's public page. */
export const link: NodeConverter = ({ node, children, options }) => {
  const fields = (node.fields ?? {}) as LinkFields
  const href =
    fields.linkType === 'internal' && fields.doc?.relationTo
      ? (options.docHref(fields.doc.relationTo, fields.doc.value) ?? '#')
      : sanitizeUrl(fields.url ?? node.url)
  const target = fields.newTab === true ? ' target="_blank" rel="noopener noreferrer"' : ''
  return `<a href="${escapeHtml(href)}"${target}>${children()}</a>`
}
