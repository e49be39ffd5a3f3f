import { load } from 'cheerio/slim'
import juice from 'juice'

import { sanitizeTree, type DomNode, type SanitizePolicy } from './sanitize'

/**
 * Parse options: htmlparser2 (what juice itself uses), entities decoded into the tree so the sanitiser sees
 * real URLs, and written back as UTF-8 (Chinese text as entities would count eight characters each against
 * WeChat's 20,000).
 */
const PARSE = { xml: { xmlMode: false, decodeEntities: true, encodeEntities: 'utf8' } } as never

/** juice options: inline the theme, keep nothing that needs a <style> element (WeChat drops it). */
export const JUICE_OPTIONS: juice.Options = {
  applyWidthAttributes: false,
  applyHeightAttributes: false,
  applyAttributesTableElements: false,
  resolveCSSVariables: false,
  insertPreservedExtraCss: false,
  preserveMediaQueries: false,
  preserveContainerQueries: false,
  preserveLayers: false,
  preserveFontFaces: false,
  preserveKeyFrames: false,
  preservePseudos: false,
  removeStyleTags: true,
}

/**
 * Inlines `css` into `html` with juice and sanitises the result, in one parse: juice works on the cheerio tree
 * we then clean and serialise, so the cost stays close to juice's own.
 */
export function inlineAndSanitise(html: string, css: string, policy: SanitizePolicy): string {
  const $ = load(html, PARSE, false)
  juice.inlineDocument($, css, JUICE_OPTIONS)
  sanitizeTree($.root()[0] as unknown as DomNode, policy)
  return $.html()
}
