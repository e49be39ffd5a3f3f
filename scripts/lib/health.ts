/**
 * Polls a readiness URL until it answers 200 with `{"status":"ok"}` (app/healthz) or any 200 for other
 * services. Gives up at the deadline or when `stop()` says the service is gone.
 */
export async function waitUntilReady(
  url: string,
  { timeoutMs = 120_000, intervalMs = 300, stop = () => false }: { timeoutMs?: number; intervalMs?: number; stop?: () => boolean } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last = 'no answer yet'
  while (Date.now() < deadline) {
    if (stop()) throw new Error(`服务已退出，等待 ${url} 失败 (the service exited while waiting)`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) })
      const body = await response.text()
      if (response.ok) {
        let status: unknown = 'ok'
        try {
          status = (JSON.parse(body) as { status?: unknown }).status ?? 'ok'
        } catch {
          // not JSON: a 200 is enough
        }
        if (status === 'ok') return
      }
      last = `${response.status} ${body.slice(0, 200)}`
    } catch (error) {
      last = (error as Error).message
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  throw new Error(`${url} 在 ${Math.round(timeoutMs / 1000)} 秒内未就绪 (not ready in time): ${last}`)
}
