/**
 * The project's own readings, where pinyin-pro's in-context reading is wrong for our copy (it gives hái in
 * 还钱 and céng for the surname 曾). Two kinds: words read one fixed way wherever they occur, and surnames,
 * recognised by what stands around them (a title after the name, or 记者/通讯员 before it). Add to these
 * lists when an announcer reports a wrong hint.
 */
export const WORD_READINGS: Record<string, string[]> = {
  还钱: ['huán', 'qián'],
  还款: ['huán', 'kuǎn'],
  还书: ['huán', 'shū'],
  还清: ['huán', 'qīng'],
  还债: ['huán', 'zhài'],
  还贷: ['huán', 'dài'],
  还礼: ['huán', 'lǐ'],
  还原: ['huán', 'yuán'],
}

/** Surnames whose family-name reading differs from the common one. */
export const SURNAMES: Record<string, string> = {
  曾: 'zēng',
  单: 'shàn',
  解: 'xiè',
  仇: 'qiú',
  查: 'zhā',
  区: 'ōu',
  朴: 'piáo',
  盖: 'gě',
  乐: 'yuè',
  召: 'shào',
  缪: 'miào',
  覃: 'qín',
  尉: 'yù',
}

const TITLES = '老师|同学|教授|先生|女士|主任|院长|校长|书记|博士|研究员|同志|处长|部长|馆长|教练|队长|副教授'
const BEFORE = '记者|通讯员|主持人|播音员|校友|学生|学长|学姐|老师|教授|作者'
const NAME = '[\\u4e00-\\u9fff]{1,2}'

/** Where in `text` a surname stands, with its reading: 曾老师, 曾小明同学, 记者曾明, 曾国藩. */
export function surnamePositions(text: string): Map<number, string> {
  const found = new Map<number, string>()
  const chars = Object.keys(SURNAMES).join('')
  const patterns = [
    new RegExp(`[${chars}](?=(?:${NAME})?(?:${TITLES}))`, 'g'),
    new RegExp(`(?<=(?:${BEFORE}))[${chars}](?=${NAME}(?:[，。、；：！？\\s）]|报道|表示|介绍|说|摄|$))`, 'g'),
    /曾(?=国藩|巩|参|子)/g,
  ]
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) found.set(match.index!, SURNAMES[match[0]])
  }
  return found
}
