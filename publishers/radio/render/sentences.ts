/**
 * Breathable lines: a paragraph becomes its sentences, and a sentence longer than one breath (`max`
 * characters, about 40 for a student announcer) is cut after the comma that keeps the pieces closest to even.
 */
const SENTENCE = /[^。！？；…!?;]+(?:[。！？；!?;]|…+)?[”’」』）)]*/g
const CLAUSE = /[^，、：,:]+[，、：,:]?/g

export function splitSentences(paragraph: string, max = 40): string[] {
  const lines: string[] = []
  for (const sentence of paragraph.match(SENTENCE) ?? []) {
    const text = sentence.trim()
    if (!text) continue
    if ([...text].length <= max) {
      lines.push(text)
      continue
    }
    let current = ''
    for (const clause of text.match(CLAUSE) ?? [text]) {
      if (current && [...current].length + [...clause].length > max) {
        lines.push(current)
        current = ''
      }
      current += clause
    }
    if (current) lines.push(current)
  }
  return lines
}
