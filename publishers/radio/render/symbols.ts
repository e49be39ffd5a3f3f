/** Symbols that are words when read aloud; what is only punctuation (…, ——, ·) is left alone. */
export const SYMBOLS: readonly [RegExp, string][] = [
  [/\s*&\s*/g, '和'],
  [/\s*[=＝]\s*/g, '等于'],
  [/\s*≥\s*/g, '大于等于'],
  [/\s*≤\s*/g, '小于等于'],
  [/\s*[>＞]\s*/g, '大于'],
  [/\s*[<＜]\s*/g, '小于'],
  [/\s*[×✕]\s*/g, '乘'],
  [/\s*÷\s*/g, '除以'],
  [/\s*±\s*/g, '正负'],
  [/\s*@\s*/g, '艾特'],
  [/№\s*/g, '第'],
  [/\s*[+＋]\s*/g, '加'],
  [/\s*→\s*/g, '到'],
]
