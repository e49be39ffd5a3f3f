/** Asks `url` once: 200 with `{"status":"ok"}` (app/healthz), or any 200 for a non-JSON answer. */
async function httpReady(url: string): Promise<string | true> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) })
    const body = await response.text()
    if (response.ok) {
      try {
        if ((JSON.parse(body) as { status?: unknown }).status === 'ok') return true
      } catch {
        return true // not JSON: a 200 is enough
      }
    }
    return `${response.status} ${body.slice(0, 200)}`
  } catch (error) {
    return (error as Error).message
  }
}

/**
 * Polls until the service is ready (its URL, or a custom `probe`). Gives up at the deadline or as soon as
 * `stop()` says the service is gone.
 */
export async function waitUntilReady(
  url: string,
  {
    timeoutMs = 120_000,
    intervalMs = 300,
    stop = () => false,
    probe = () => httpReady(url),
  }: { timeoutMs?: number; intervalMs?: number; stop?: () => boolean; probe?: () => Promise<string | boolean> } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last: string | boolean = 'no answer yet'
  while (Date.now() < deadline) {
    if (stop()) throw new Error(`服务已退出 (the service exited while starting) ${url}`)
    last = await probe()
    if (last === true) return
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  throw new Error(`${url || '服务'} 在 ${Math.round(timeoutMs / 1000)} 秒内未就绪 (not ready in time): ${last}`)
}
