/**
 * The 3,755 characters of GB2312 level 1 (一级常用字, rows 16–55): anything else is a rare character whose
 * reading the announcer should see. Built once from the GBK decoder Node ships (full ICU), not from a list.
 */
let common: Set<string> | null = null

export function isCommonHanzi(char: string): boolean {
  if (!common) {
    common = new Set()
    const decoder = new TextDecoder('gbk')
    for (let row = 0xb0; row <= 0xd7; row++) {
      for (let cell = 0xa1; cell <= 0xfe; cell++) {
        if (row === 0xd7 && cell > 0xf9) break
        common.add(decoder.decode(Uint8Array.of(row, cell)))
      }
    }
  }
  return common.has(char)
}
