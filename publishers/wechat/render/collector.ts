import { placeholderFor } from './placeholders'

/** `labelHtml` is the link text as already escaped HTML (from the converted children). */
export type Footnote = { n: number; url: string; labelHtml: string }

/**
 * What one render gathers while the converters walk the body: the external links as numbered footnotes (one
 * number per distinct URL, first label kept), the body images to upload (once per media document) and notes
 * for the editor.
 */
export class RenderCollector {
  readonly footnotes: Footnote[] = []
  readonly images: { placeholder: string; mediaId: string | number }[] = []
  readonly warnings: string[] = []
  private readonly byUrl = new Map<string, Footnote>()
  private readonly imageIds = new Set<string>()

  footnote(url: string, labelHtml: string): number {
    const known = this.byUrl.get(url)
    if (known) return known.n
    const note = { n: this.footnotes.length + 1, url, labelHtml }
    this.byUrl.set(url, note)
    this.footnotes.push(note)
    return note.n
  }

  image(mediaId: string | number): string {
    const placeholder = placeholderFor(mediaId)
    if (!this.imageIds.has(String(mediaId))) {
      this.imageIds.add(String(mediaId))
      this.images.push({ placeholder, mediaId })
    }
    return placeholder
  }

  warn(message: string) {
    if (!this.warnings.includes(message)) this.warnings.push(message)
  }
}
