import { readLines } from '../../progress/readLines'

/** Reads the export's progress stream (reports/endpoint.ts, progress/) and saves the file it ends with. Browser-only. */
export type ProgressLine =
  | { type: 'progress'; phase: string; step: number; steps: number; loaded?: number; total?: number }
  | { type: 'file'; name: string; contentType: string; base64: string }
  | { type: 'error'; message: string }

export async function streamExport(url: string, onProgress: (line: Extract<ProgressLine, { type: 'progress' }>) => void): Promise<{ name: string; blob: Blob }> {
  return readLines<ProgressLine, { name: string; blob: Blob }>(
    url,
    {},
    (line) => {
      if (line.type === 'progress') return void onProgress(line)
      if (line.type === 'error') throw new Error(line.message)
      const bytes = Uint8Array.from(atob(line.base64), (c) => c.charCodeAt(0))
      return { name: line.name, blob: new Blob([bytes], { type: line.contentType }) }
    },
    { failed: '导出失败', cut: '导出中断：服务器没有返回文件' },
  )
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
