import { spellAbbreviations } from './latin'
import { readDigits, readInteger, readNumber } from './numerals'
import { SYMBOLS } from './symbols'
import { CURRENCY_BEFORE, UNIT_PATTERN, unitWord } from './units'

/**
 * Written Chinese copy → what the announcer says: numbers, dates, times, ranges, percentages, money, units,
 * Latin abbreviations and symbols become spoken Chinese, so the script reads as said and its syllables can be
 * counted. Pure; the rules run in order, each turning digits into words so a later rule never reads them again.
 */
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`
const NUMBER = `(?:${NUM})`
/** Measure words after which a lone 2 is 两 (两个, 两名, 两年, 两万), never in 二月, 二号, 二年级. */
const MEASURES = '个|名|位|次|天|年(?![级代])|小时|分钟|秒钟|场|项|所|家|件|种|人|倍|条|本|张|支|辆|座|门|节|周|届|批|组|队|首|部|台|篇|份|杯|只|双|层|栋|岁|万|千|亿|公里|公斤|米|吨'
/** A thin space between digit groups: a breath for the announcer, kept when spaces inside Chinese are removed. */
export const GROUP = '\u2009'
const TEMPERATURE = new Set(['摄氏度', '华氏度', '度'])

const FULL_WIDTH = /[０-９Ａ-Ｚａ-ｚ％]/g
const toHalfWidth = (text: string) =>
  text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(?<=\d)[：:](?=\d)/g, ':')
    .replace(/(?<=\d)．(?=\d)/g, '.')

/** 1, 2 → 一, 两 before a measure word; any other number as a quantity. */
const quantity = (number: string) => (number === '2' ? '两' : readNumber(number))

/** 7:30 七点半, 21:00 二十一点, 8:05 八点零五分, 14:45:30 十四点四十五分三十秒, 2:00 两点. */
function readTime(h: string, m: string, s?: string): string {
  const hour = (Number(h) === 2 ? '两' : readInteger(h)) + '点'
  if (s) return `${hour}${readInteger(m)}分${readInteger(s)}秒`
  if (m === '00') return hour
  if (m === '30') return `${hour}半`
  return `${hour}${m.startsWith('0') ? '零' : ''}${readInteger(m)}分`
}

type Rule = [RegExp, (...groups: string[]) => string]

const RULES: Rule[] = [
  // Links cannot be read out; the article on the website has them.
  [/https?:\/\/[^\s，。；）)]+|www\.[^\s，。；）)]+/g, () => ''],
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, () => ''],
  // Phone numbers digit by digit, 1 as 幺, in groups a thin space apart: 幺三八 〇〇幺三 八〇〇〇.
  [/(?<!\d)(1[3-9]\d)(\d{4})(\d{4})(?!\d)/g, (_, a, b, c) => [a, b, c].map((g) => readDigits(g, { yao: true })).join(GROUP)],
  [/(?<!\d)(0\d{2,3})[-－ ](\d{7,8})(?!\d)/g, (_, area, local) => `${readDigits(area, { yao: true })}${GROUP}${readDigits(local, { yao: true })}`],
  [/(?<!\d)(400|800)-?(\d{3})-?(\d{4})(?!\d)/g, (_, a, b, c) => [a, b, c].map((g) => readDigits(g, { yao: true })).join(GROUP)],
  // Full dates: 2020-01-01, 2020/1/1, 2020.1.1, 2020年1月1日 → 二〇二〇年一月一日.
  [/(?<!\d)(\d{4})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})日?(?!\d)/g, (_, y, m, d) => `${readDigits(y)}年${readInteger(m)}月${readInteger(d)}日`],
  // Ranges: a dash or tilde between two numbers is 到 (7:30—21:00, 3-5天, 30%~50%).
  [new RegExp(String.raw`(\d(?:[\d.,:]*\d)?(?:%|‰|${UNIT_PATTERN})?)\s*(?:[—–~～－]+|-(?=\d))\s*(?=[¥￥$]?\d)`, 'g'), (_, left) => `${left}到`],
  [/(?<!\d)(\d{4})到(\d{4})(?=\s*(?:年|学年|年度|赛季))/g, (_, a, b) => `${readDigits(a)}到${readDigits(b)}`],
  [new RegExp(`(${NUMBER})到(${NUMBER})\\s*%`, 'g'), (_, a, b) => `百分之${readNumber(a)}到百分之${readNumber(b)}`],
  // Clock times; a colon that is no time is a score or a ratio (3:1 三比一).
  [/(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])/g, (all, h, m, s) => (Number(h) <= 24 && Number(m) < 60 && (!s || Number(s) < 60) ? readTime(h, m, s) : all)],
  [/(?<![\d:])(\d+):(\d+)(?![\d:])/g, (_, a, b) => `${readInteger(a)}比${readInteger(b)}`],
  // Years and cohorts digit by digit: 2020年 二〇二〇年, 1980年代, 2021级, 21级 二一级, 90后 九〇后.
  [/(?<!\d)(\d{4})(?=\s*(?:年|学年|年度|年代|级|届|赛季|版))/g, (_, y) => readDigits(y)],
  [/(?<![\d.第])(\d{2})(?=(?:级|后|届))/g, (_, y) => readDigits(y)],
  [new RegExp(`(${NUMBER})\\s*[%]`, 'g'), (_, n) => `百分之${readNumber(n)}`],
  [new RegExp(`(${NUMBER})\\s*‰`, 'g'), (_, n) => `千分之${readNumber(n)}`],
  [new RegExp(String.raw`(US\$|HK\$|[¥￥$€£])\s*(${NUMBER})\s*(万|亿|千)?`, 'g'), (_, sign, n, big) => `${readNumber(n)}${big ?? ''}${CURRENCY_BEFORE[sign]}`],
  // Temperatures below zero are 零下, not 负.
  [new RegExp(String.raw`(零下|[-−])?\s*(${NUMBER})\s*(${UNIT_PATTERN})`, 'g'), (_, sign, n, unit) => {
    const word = unitWord(unit)
    const below = sign ? (TEMPERATURE.has(word) ? '零下' : '负') : ''
    return `${below}${TEMPERATURE.has(word) ? readNumber(n) : quantity(n)}${word}`
  }],
  // Ordinals never take 两: 第2名 第二名; No.1 第一.
  [/(?:第\s*|\bN[Oo]\.\s*)(\d+)/g, (_, n) => `第${readInteger(n, { liang: false })}`],
  [/(?<![\d/])(\d+)\s*\/\s*(\d+)(?![\d/])/g, (_, a, b) => `${readInteger(b)}分之${readInteger(a)}`],
  [new RegExp(`(${NUMBER})\\+(?![\\d\\s]*\\d)`, 'g'), (_, n) => `${readNumber(n)}多`],
  [new RegExp(`(?<![\\d.])2(?=\\s*(?:${MEASURES}))`, 'g'), () => '两'],
  // Rooms, bus lines, IDs: digit by digit (302室 三〇二室, B302 B三〇二, long numbers).
  [/(?<!\d)(\d{3,4})(?=\s*(?:室|房间|宿舍|路公交|路车|次列车|次航班))/g, (_, n) => readDigits(n, { yao: true })],
  [/(?<=[A-Z])(\d{3,4})(?!\d)/g, (_, n) => readDigits(n, { yao: true })],
  [/(?<![\d.,])(?:\d{9,}|0\d{2,})(?![\d.,])/g, (n) => readDigits(n)],
  // A model name's hyphen is not said (GPT-4 G P T 四); elsewhere a minus before a number is 负.
  [/(?<=[A-Za-z])-(?=\d)/g, () => ' '],
  [new RegExp(`(?<![\\w.])[-−](?=${NUMBER})`, 'g'), () => '负'],
  [new RegExp(NUMBER, 'g'), (n) => readNumber(n)],
]

export function spokenForm(text: string): string {
  let out = toHalfWidth(text)
  for (const [pattern, replace] of RULES) out = out.replace(pattern, replace as never)
  out = spellAbbreviations(out)
  for (const [pattern, word] of SYMBOLS) out = out.replace(pattern, word)
  // Spaces only where they help reading: between spelled letters and Latin words, not inside Chinese.
  return out
    .replace(/(?<=[\u3400-\u9fff，。、；：！？])[ \t\u3000]+(?=[\u3400-\u9fff])/g, '')
    .replace(/[ \t]{2,}/g, ' ')
    .trim()
}
