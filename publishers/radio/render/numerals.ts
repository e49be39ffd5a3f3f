/**
 * Arabic numbers as spoken Mandarin, the way an announcer reads them.
 *
 * Why not a library: the maintained npm package for this (nzh, 1.x) turns an integer or a decimal into 中文
 * numerals (and 大写 amounts) and does that well, but reading a number aloud is mostly about context — a year
 * digit by digit (二〇二〇), a phone number with 幺, 两 before 千/万/亿 and measure words but 二 in 第二/二月,
 * 一十 never at the front — which it leaves to the caller, and it is not installed here. The part it would
 * cover is the forty lines below; the context rules live in spokenForm.ts.
 */
const DIGIT = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']
const SMALL_UNITS = ['', '十', '百', '千']
const BIG_UNITS = ['', '万', '亿', '万亿']

/** A year, a cohort, an ID: each digit on its own, zero as 〇 (二〇二〇年). */
export function readDigits(digits: string, { yao = false }: { yao?: boolean } = {}): string {
  return [...digits]
    .map((d) => (d === '0' ? '〇' : d === '1' && yao ? '幺' : /\d/.test(d) ? DIGIT[Number(d)] : d))
    .join('')
}

/** 0–9999 as one group: 一千零五, 三百一十, 十二 (the leading 一十 is said 十 only at the very front). */
function readGroup(group: number, atFront: boolean, liang: boolean): string {
  let out = ''
  let pendingZero = false
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(group / 10 ** pos) % 10
    if (d === 0) {
      if (out) pendingZero = true
      continue
    }
    if (pendingZero) out += '零'
    pendingZero = false
    const word = pos === 1 && d === 1 && !out && atFront ? '' : d === 2 && pos === 3 && liang ? '两' : DIGIT[d]
    out += word + SMALL_UNITS[pos]
  }
  return out
}

/**
 * A whole number read as a quantity: 10 十, 110 一百一十, 1005 一千零五, 20500 两万零五百, 100000000 一亿.
 * `liang`: 2 before 千/万/亿 is 两 (两千, 一亿两千万), as people say it; 二百 stays, as broadcasters say it.
 */
export function readInteger(text: string, { liang = true }: { liang?: boolean } = {}): string {
  const digits = text.replace(/^0+(?=\d)/, '')
  if (!/^\d+$/.test(digits)) return text
  if (digits.length > 16) return readDigits(digits)
  if (/^0+$/.test(digits)) return '零'
  const groups: number[] = []
  for (let end = digits.length; end > 0; end -= 4) groups.unshift(Number(digits.slice(Math.max(0, end - 4), end)))
  let out = ''
  let zeroBefore = false
  groups.forEach((group, i) => {
    const unit = BIG_UNITS[groups.length - 1 - i]
    if (group === 0) {
      zeroBefore = out !== ''
      return
    }
    // 一万零五百: a group below 1000 after a higher one, or after an empty group, starts with 零.
    if (out && (zeroBefore || group < 1000)) out += '零'
    zeroBefore = false
    // 两万, 两亿: a group that is just 2 before a big unit.
    out += (group === 2 && unit && liang ? '两' : readGroup(group, out === '', liang)) + unit
  })
  return out
}

/** 1.5 一点五, 3.14 三点一四, 0.05 零点零五; a thousands comma (12,000) is ignored. */
export function readNumber(text: string, options: { liang?: boolean } = {}): string {
  const clean = text.replace(/,/g, '')
  const negative = /^[-−]/.test(clean)
  const [whole, fraction] = clean.replace(/^[-−]/, '').split('.')
  let out = readInteger(whole || '0', options)
  if (fraction) out = out.replace(/^两/, '二') + '点' + readDigits(fraction).replace(/〇/g, '零')
  return (negative ? '负' : '') + out
}
