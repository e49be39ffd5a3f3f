/**
 * Fault injection: one-shot faults queued by the admin endpoint, plus a seeded random rate over chosen kinds,
 * so a run with the same seed meets the same faults in the same order.
 *  - error-5xx: 502 with an HTML body, before anything happens;
 *  - system-error: 10001 with HTTP 500, before anything happens;
 *  - timeout: the request is held, then the connection dropped, before anything happens;
 *  - reset: the connection is dropped at once, before anything happens;
 *  - lost-response: the request IS carried out (the post exists), then 502 — the caller cannot know;
 *  - timeout-after: carried out, then held and dropped;
 *  - rate-limit: 10023 (user over the hourly limit);
 *  - slow: 20032, the post is created but the answer has no status;
 *  - token-expired: 21327 for this one request.
 */
export const FAULT_KINDS = ['error-5xx', 'system-error', 'timeout', 'reset', 'lost-response', 'timeout-after', 'rate-limit', 'slow', 'token-expired'] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

/** Faults that never lose or corrupt anything on the server: what a random transient rate draws from by default. */
export const TRANSIENT_FAULTS: FaultKind[] = ['error-5xx', 'system-error', 'timeout', 'reset', 'lost-response', 'timeout-after', 'rate-limit', 'slow']

/** mulberry32: tiny, seedable, good enough to spread faults. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type FaultConfig = { rate: number; seed: number; kinds: FaultKind[]; paths: string[] | null; holdMs: number }

export class Faults {
  private queue: FaultKind[] = []
  private random: () => number
  readonly injected: Partial<Record<FaultKind, number>> = {}

  constructor(public config: FaultConfig) {
    this.random = seededRandom(config.seed)
  }

  configure(patch: Partial<FaultConfig> & { next?: FaultKind[] }) {
    const { next, ...rest } = patch
    this.config = { ...this.config, ...rest }
    if (rest.seed !== undefined) this.random = seededRandom(rest.seed)
    if (next) this.queue.push(...next.filter((kind) => (FAULT_KINDS as readonly string[]).includes(kind)))
  }

  clear() {
    this.queue = []
    this.config = { ...this.config, rate: 0 }
  }

  /** The fault for this request on `path`, if any (queued faults first, then the random rate). */
  draw(path: string): FaultKind | null {
    if (this.config.paths && !this.config.paths.some((p) => path.endsWith(p))) return null
    let kind: FaultKind | null = this.queue.shift() ?? null
    if (!kind && this.config.rate > 0 && this.random() < this.config.rate) {
      kind = this.config.kinds[Math.floor(this.random() * this.config.kinds.length)] ?? null
    }
    if (kind) this.injected[kind] = (this.injected[kind] ?? 0) + 1
    return kind
  }
}
