import { escapeHtml } from '../escape'
import { sanitizeUrl } from '../sanitizeUrl'
import type { MediaDoc, NodeConverter } from '../types'

const isMedia = (value: unknown): value is MediaDoc => typeof value === 'object' && value !== null

/** The web size of an image: the 16:9 card rendition when there is one, else the original. */
export const imageSrc = (media: MediaDoc) => sanitizeUrl(media.renditions?.card?.url || media.url || '')

/**
 * An uploaded file in the body: images as a figure with alt, caption and credit; videos as a player;
 * other files as a download link. An unpopulated upload (only an id) renders nothing.
 */
export const upload: NodeConverter = ({ node }) => {
  const media = node.value
  if (!isMedia(media)) return ''
  const fields = (node.fields ?? {}) as { caption?: unknown; alt?: unknown }
  const caption = typeof fields.caption === 'string' && fields.caption ? fields.caption : media.caption
  const alt = typeof fields.alt === 'string' && fields.alt ? fields.alt : media.alt
  const mime = media.mimeType ?? ''
  const credit = media.credit ? `<span class="credit">${escapeHtml(media.credit)}</span>` : ''
  const figcaption = caption || credit ? `<figcaption>${caption ? escapeHtml(caption) : ''}${credit}</figcaption>` : ''
  if (mime.startsWith('image/')) {
    const card = media.renditions?.card
    const size = card?.url && card.width && card.height ? ` width="${Number(card.width)}" height="${Number(card.height)}"` : ''
    return `<figure class="image"><img src="${escapeHtml(imageSrc(media))}" alt="${escapeHtml(alt ?? '')}"${size} loading="lazy" decoding="async">${figcaption}</figure>`
  }
  const src = escapeHtml(sanitizeUrl(media.url ?? ''))
  if (mime.startsWith('video/')) return `<figure class="video"><video controls preload="metadata" src="${src}"></video>${figcaption}</figure>`
  if (mime.startsWith('audio/')) return `<figure class="audio"><audio controls preload="metadata" src="${src}"></audio>${figcaption}</figure>`
  return `<p class="attachment"><a href="${src}">${escapeHtml(media.filename || alt || '附件')}</a></p>`
}

/** A related document placed in the body: a card linking to its page (nothing when it has no public page). */
export const relationship: NodeConverter = ({ node, options }) => {
  const relationTo = typeof node.relationTo === 'string' ? node.relationTo : ''
  const href = options.docHref(relationTo, node.value)
  if (!href) return ''
  const title = options.docTitle(node.value) ?? '相关内容'
  return `<aside class="related-card"><a href="${escapeHtml(href)}">${escapeHtml(title)}</a></aside>`
}
