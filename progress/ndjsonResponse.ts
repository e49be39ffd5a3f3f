/**
 * A long operation's answer as newline-delimited JSON: one line per step the server really takes, written as it
 * goes, so the admin can move a progress bar (read with ./readLines). `run` gets `send` and is driven to its
 * end whatever the browser does: a closed tab stops the lines, not the work (each step is committed as it goes).
 */
export function ndjsonResponse(run: (send: (line: unknown) => void) => Promise<void>, onError: (error: unknown) => unknown): Response {
  const encoder = new TextEncoder()
  let open = true
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (line: unknown) => {
        if (!open) return
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`))
        } catch {
          open = false
        }
      }
      // Not awaited: the stream starts flowing at once, and the work goes on after a disconnect.
      void run(send)
        .catch((error) => send(onError(error)))
        .finally(() => {
          if (!open) return
          open = false
          try {
            controller.close()
          } catch {
            // The reader went away: nothing to close.
          }
        })
    },
    cancel() {
      open = false
    },
  })
  return new Response(stream, { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' } })
}
