/**
 * Headline fitting (标题适配), pure: given the headline's width at 10 pt (measured by Typst), choose the size
 * and, when one line would have to shrink too far, break it into two lines at a phrase boundary — never in
 * the middle of a word. The Typst template still scales a line down if it measures wider than its box.
 */
export type FittedHeadline = { size: number; lines: string[] }

/** Where a Chinese headline may break: after these marks or at a space. */
const BREAK_AFTER = /[，、：；！？·—\s]/

/** Latin letters and digits are about half as wide as hanzi. */
const weight = (text: string) => [...text].reduce((sum, ch) => sum + (/[\x00-\x7f]/.test(ch) ? 0.55 : 1), 0)

export function breakPoint(text: string): number {
  const chars = [...text]
  const total = weight(text)
  let best = -1
  let bestScore = Infinity
  let acc = 0
  for (let i = 0; i < chars.length - 1; i++) {
    acc += weight(chars[i])
    if (!BREAK_AFTER.test(chars[i])) continue
    const score = Math.abs(acc - total / 2)
    if (score < bestScore) {
      bestScore = score
      best = i + 1
    }
  }
  // No phrase mark near the middle: break in the middle rather than leave one line far longer than the other.
  if (best < 0 || bestScore > total / 4) {
    let half = 0
    for (let i = 0; i < chars.length; i++) {
      half += weight(chars[i])
      if (half >= total / 2) return i + 1
    }
  }
  return best
}

export function fitHeadline(text: string, widthAt10: number, base: number, width: number, options: { maxLines?: 1 | 2; minScale?: number } = {}): FittedHeadline {
  const minScale = options.minScale ?? 0.8
  const oneLine = Math.min(base, Math.floor(((width * 10) / Math.max(widthAt10, 1)) * 0.98 * 10) / 10)
  if (oneLine >= base * minScale || options.maxLines === 1 || [...text].length < 6) {
    return { size: Math.max(oneLine, base * 0.45), lines: [text] }
  }
  const at = breakPoint(text)
  const chars = [...text]
  const lines = [chars.slice(0, at).join('').trim(), chars.slice(at).join('').trim()].filter(Boolean)
  const widest = Math.max(...lines.map(weight)) / weight(text)
  const twoLines = Math.min(base, Math.floor(((width * 10) / Math.max(widthAt10 * widest, 1)) * 0.98 * 10) / 10)
  return { size: Math.max(twoLines, base * 0.45), lines }
}
