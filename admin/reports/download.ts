/**
 * Reads the export's progress stream (reports/endpoint.ts, newline-delimited JSON) and saves the file it ends
 * with. Browser-only; the parsing is split out so it reads the same whatever chunks the network delivers.
 */
export type ProgressLine =
  | { type: 'progress'; phase: string; step: number; steps: number; loaded?: number; total?: number }
  | { type: 'file'; name: string; contentType: string; base64: string }
  | { type: 'error'; message: string }

/** Splits a growing text buffer into complete lines; returns the parsed lines and the unfinished rest. */
export function takeLines(buffer: string): { lines: ProgressLine[]; rest: string } {
  const parts = buffer.split('\n')
  const rest = parts.pop() ?? ''
  return { lines: parts.filter((p) => p.trim()).map((p) => JSON.parse(p) as ProgressLine), rest }
}

export async function streamExport(url: string, onProgress: (line: Extract<ProgressLine, { type: 'progress' }>) => void): Promise<{ name: string; blob: Blob }> {
  const res = await fetch(url, { credentials: 'include', cache: 'no-store' })
  if (!res.ok || !res.body) {
    const body = (await res.json().catch(() => null)) as { errors?: { message?: string }[] } | null
    throw new Error(body?.errors?.[0]?.message || `导出失败（HTTP ${res.status}）`)
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  for (;;) {
    const { value, done } = await reader.read()
    if (value) buffer += value
    const { lines, rest } = takeLines(done ? `${buffer}\n` : buffer)
    buffer = rest
    for (const line of lines) {
      if (line.type === 'progress') onProgress(line)
      else if (line.type === 'error') throw new Error(line.message)
      else {
        const bytes = Uint8Array.from(atob(line.base64), (c) => c.charCodeAt(0))
        return { name: line.name, blob: new Blob([bytes], { type: line.contentType }) }
      }
    }
    if (done) throw new Error('导出中断：服务器没有返回文件')
  }
}

export function saveBlob(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
