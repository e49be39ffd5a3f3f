/**
 * The browser's side of ./ndjsonResponse: reads a newline-delimited JSON answer line by line as it arrives.
 * The parsing is split out so it reads the same whatever chunks the network delivers.
 */

/** Splits a growing text buffer into complete lines; returns the parsed lines and the unfinished rest. */
export function takeLines<T>(buffer: string): { lines: T[]; rest: string } {
  const parts = buffer.split('\n')
  const rest = parts.pop() ?? ''
  return { lines: parts.filter((p) => p.trim()).map((p) => JSON.parse(p) as T), rest }
}

/** The server's refusal of the whole request (before any line), in its own words. */
export async function refusalOf(res: Response, fallback: string): Promise<string> {
  const body = (await res.json().catch(() => null)) as { errors?: { message?: string }[] } | null
  return body?.errors?.[0]?.message || `${fallback}（HTTP ${res.status}）`
}

/**
 * Fetches `url` and hands each line to `onLine` as it arrives; `onLine` returns a value to stop there with it.
 * Throws the server's refusal (non-2xx) or `cutMessage` when the stream ends without such a line.
 */
export async function readLines<T, R>(url: string, init: RequestInit, onLine: (line: T) => R | undefined, messages: { failed: string; cut: string }): Promise<R> {
  const res = await fetch(url, { credentials: 'include', cache: 'no-store', ...init })
  if (!res.ok || !res.body) throw new Error(await refusalOf(res, messages.failed))
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  for (;;) {
    const { value, done } = await reader.read()
    if (value) buffer += value
    const { lines, rest } = takeLines<T>(done ? `${buffer}\n` : buffer)
    buffer = rest
    for (const line of lines) {
      const result = onLine(line)
      if (result !== undefined) {
        void reader.cancel().catch(() => undefined)
        return result
      }
    }
    if (done) throw new Error(messages.cut)
  }
}
