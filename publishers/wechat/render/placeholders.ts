import { escapeHtml } from '../../website/render/escape'

/**
 * Body images are rendered as `<img src="rongmei-media:<mediaId>">`: the renderer stays pure (no uploads) and
 * delivery swaps each for the URL `media/uploadimg` returns. The preview swaps them for local media URLs.
 */
export const PLACEHOLDER_SCHEME = 'rongmei-media:'

export const placeholderFor = (mediaId: string | number) => `${PLACEHOLDER_SCHEME}${mediaId}`

/** What a placeholder may look like after sanitising (ids are numbers or simple strings). */
export const PLACEHOLDER_PATTERN = /^rongmei-media:[A-Za-z0-9_-]{1,64}$/

/**
 * Replaces every placeholder `src` in `content` by `urlFor(mediaId)`. Matches the whole attribute value, so
 * `rongmei-media:1` never touches `rongmei-media:12`. An unknown id (urlFor → null) removes that image tag.
 */
export function replacePlaceholders(content: string, urlFor: (mediaId: string) => string | null | undefined): string {
  return content.replace(/<img\b[^>]*?\ssrc="rongmei-media:([A-Za-z0-9_-]{1,64})"[^>]*>/g, (tag, id: string) => {
    const url = urlFor(id)
    if (!url) return ''
    return tag.replace(`src="${PLACEHOLDER_SCHEME}${id}"`, `src="${escapeHtml(url)}"`)
  })
}
