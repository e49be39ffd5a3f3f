import type { FaultKind } from './options'

/**
 * Fault injection: scripted faults (the next N calls of a path fail a given way) and a random transient
 * rate drawn from a seeded generator, so a failing run can be replayed with the same seed.
 *   5xx        — HTTP 502 before processing;  busy — errcode -1 before processing;
 *   timeout    — no answer (held, then dropped) before processing;
 *   drop-after — processed, then the connection is cut: the caller cannot know it succeeded;
 *   errcode    — a WeChat error answer with that code (45009, 53503, 48001, …), before processing.
 */
export type ScriptedFault = { path?: string; kind: FaultKind | 'errcode'; errcode?: number; errmsg?: string; times: number }

/** mulberry32: tiny, fast and good enough to spread faults evenly. */
export function seededRandom(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export class Faults {
  private random: () => number
  readonly scripted: ScriptedFault[] = []

  constructor(
    public rate: number,
    seed: number,
    public kinds: FaultKind[],
  ) {
    this.random = seededRandom(seed)
  }

  reseed(seed: number) {
    this.random = seededRandom(seed)
  }

  /** The fault for this call, if any: a scripted one for the path first, then the random rate. */
  draw(path: string): ScriptedFault | null {
    const index = this.scripted.findIndex((fault) => !fault.path || fault.path === path)
    if (index >= 0) {
      const fault = this.scripted[index]
      fault.times -= 1
      if (fault.times <= 0) this.scripted.splice(index, 1)
      return fault
    }
    if (this.rate > 0 && this.random() < this.rate) {
      const kind = this.kinds[Math.floor(this.random() * this.kinds.length)]
      return { kind, times: 1 }
    }
    return null
  }
}
