/**
 * Weibo's way of counting a post's length, as far as it is known (shared/design/channels-api.md §2.5 marks the
 * exact rule [?]): a CJK or other non-ASCII character counts 1, an ASCII character ½, the total rounded up; a
 * URL is shortened to t.cn by Weibo and counts a fixed length whatever its own. Constants are data so they can be
 * tuned when the real counter disagrees.
 */
export type WeiboCounting = {
  /** What one URL counts, in whole characters. Default 20: conservative (a t.cn link is ~20 ASCII = ~10). */
  urlLength: number
  /** What one ASCII character counts. */
  asciiWeight: number
  /** What any other code point counts (CJK, full-width punctuation, emoji code points). */
  otherWeight: number
}

export const WEIBO_COUNTING: WeiboCounting = { urlLength: 20, asciiWeight: 0.5, otherWeight: 1 }

const URL_PATTERN = /https?:\/\/[!-~]+/g

export function weiboLength(text: string, counting: WeiboCounting = WEIBO_COUNTING): number {
  let total = 0
  const withoutUrls = text.replace(URL_PATTERN, () => {
    total += counting.urlLength
    return ''
  })
  for (const char of withoutUrls) total += char.codePointAt(0)! < 0x80 ? counting.asciiWeight : counting.otherWeight
  // The epsilon absorbs float error if weights are tuned to non-binary fractions; max() turns -0 into 0.
  return Math.max(0, Math.ceil(total - 1e-9))
}
