/**
 * Units and currency symbols as said on air. Longer spellings first, so km/h is not read as km + h.
 * Distances are 公里 and weights 公斤, the broadcast usage, rather than 千米/千克.
 */
export const UNITS: readonly [string, string][] = [
  ['km/h', '公里每小时'],
  ['m/s', '米每秒'],
  ['kW·h', '千瓦时'],
  ['kWh', '千瓦时'],
  ['km²', '平方公里'],
  ['km2', '平方公里'],
  ['m²', '平方米'],
  ['㎡', '平方米'],
  ['m³', '立方米'],
  ['°C', '摄氏度'],
  ['℃', '摄氏度'],
  ['°F', '华氏度'],
  ['℉', '华氏度'],
  ['km', '公里'],
  ['kg', '公斤'],
  ['mg', '毫克'],
  ['cm', '厘米'],
  ['mm', '毫米'],
  ['ml', '毫升'],
  ['mL', '毫升'],
  ['kW', '千瓦'],
  ['MW', '兆瓦'],
  ['GHz', '吉赫兹'],
  ['MHz', '兆赫'],
  ['Hz', '赫兹'],
  ['TB', 'T B'],
  ['GB', 'G B'],
  ['MB', '兆'],
  ['KB', 'K B'],
  ['min', '分钟'],
  ['m', '米'],
  ['g', '克'],
  ['t', '吨'],
  ['L', '升'],
  ['W', '瓦'],
  ['h', '小时'],
  ['s', '秒'],
  ['°', '度'],
]

/** Currency written before the amount, said after it: ¥100 一百元, $5 五美元. */
export const CURRENCY_BEFORE: Record<string, string> = { '¥': '元', '￥': '元', $: '美元', US$: '美元', HK$: '港元', '€': '欧元', '£': '英镑' }

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/** The unit alternatives for a regular expression, longest first; ASCII units must not run into a word (5min, not 5mins). */
export const UNIT_PATTERN = UNITS.map(([unit]) => (/[A-Za-z]$/.test(unit) ? `${escape(unit)}(?![A-Za-z])` : escape(unit))).join('|')

export const unitWord = (unit: string) => UNITS.find(([u]) => u === unit)?.[1] ?? unit
