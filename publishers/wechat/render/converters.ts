import { defaultConverters } from '../../website/render/converters'
import { escapeHtml } from '../../website/render/escape'
import type { Converters, MediaDoc, NodeConverter } from '../../website/render/types'
import type { RenderCollector } from './collector'
import { linkTarget, type LinkPolicy } from './links'

type LinkFields = { linkType?: string; url?: unknown; doc?: { relationTo?: string; value?: unknown } | null }

const isMedia = (value: unknown): value is MediaDoc => typeof value === 'object' && value !== null
const str = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
const marker = (n: number) => `<sup class="fn">[${n}]</sup>`

/**
 * The website's converters with WeChat's differences: links become footnotes (WeChat drops external <a>),
 * images become upload placeholders, videos and files (which a WeChat article cannot carry) become a note
 * pointing at 阅读原文, check lists show their state as text, tables sit in a <section>. Escaping and URL
 * sanitising stay inside each converter, as on the website.
 */
export function wechatConverters(collector: RenderCollector, policy: LinkPolicy): Converters {
  const link: NodeConverter = ({ node, children, options }) => {
    const fields = (node.fields ?? {}) as LinkFields
    const raw =
      fields.linkType === 'internal' && fields.doc?.relationTo ? options.docHref(fields.doc.relationTo, fields.doc.value) : (fields.url ?? node.url)
    const inner = children()
    const target = linkTarget(raw, policy)
    if (target.kind === 'anchor') return `<a href="${escapeHtml(target.href)}">${inner}</a>`
    if (target.kind === 'text') return inner
    const labelHtml = textOf(inner)
    return `${inner}${marker(collector.footnote(target.url, labelHtml))}`
  }

  const upload: NodeConverter = ({ node }) => {
    const media = node.value
    if (!isMedia(media) || media.id == null) {
      // Read without depth (or the file was deleted): nothing to upload, and the editor should know.
      if (media != null) collector.warn('正文中有图片未能读取（可能已被删除），已略去')
      return ''
    }
    const fields = (node.fields ?? {}) as { caption?: unknown; alt?: unknown }
    const caption = str(fields.caption) || str(media.caption)
    const alt = str(fields.alt) || str(media.alt)
    const credit = str(media.credit)
    const figcaption =
      caption || credit ? `<figcaption>${escapeHtml(caption)}${credit ? `<span class="credit">${escapeHtml(credit)}</span>` : ''}</figcaption>` : ''
    const mime = media.mimeType ?? ''
    if (mime.startsWith('image/') && mime !== 'image/svg+xml') {
      return `<figure><img src="${escapeHtml(collector.image(media.id))}" alt="${escapeHtml(alt)}">${figcaption}</figure>`
    }
    const what = mime.startsWith('video/') ? '视频' : mime.startsWith('audio/') ? '音频' : mime === 'image/svg+xml' ? 'SVG 图片' : '附件'
    collector.warn(`正文中的${what}“${str(media.filename) || alt || media.id}”无法放入微信图文，已替换为“请点击阅读原文查看”的提示`)
    return `<p class="related">【${what}】${escapeHtml(caption || alt || str(media.filename))}（请点击“阅读原文”查看）</p>`
  }

  const relationship: NodeConverter = ({ node, options }) => {
    const relationTo = typeof node.relationTo === 'string' ? node.relationTo : ''
    const target = linkTarget(options.docHref(relationTo, node.value), policy)
    const title = escapeHtml(options.docTitle(node.value) ?? '相关内容')
    if (target.kind === 'anchor') return `<p class="related">相关阅读：<a href="${escapeHtml(target.href)}">${title}</a></p>`
    if (target.kind === 'text') return ''
    return `<p class="related">相关阅读：${title}${marker(collector.footnote(target.url, title))}</p>`
  }

  const listitem: NodeConverter = (args) => {
    const { node, children, parent } = args
    if (parent?.listType !== 'check' || node.children?.some((child) => child.type === 'list')) return defaultConverters.listitem(args)
    return `<li>${node.checked === true ? '☑' : '☐'} ${children()}</li>`
  }

  const table: NodeConverter = ({ children }) => `<section class="table-wrap"><table><tbody>${children()}</tbody></table></section>`

  return { ...defaultConverters, link, autolink: link, upload, relationship, listitem, table }
}

/** The visible text of converted inline HTML (for a footnote's label): tags dropped, entities kept escaped. */
const textOf = (html: string) => html.replace(/<[^>]*>/g, '').trim()
