/**
 * A small benchmark harness: each entry times a subject and a baseline in the same run, alternating
 * them so machine noise hits both, and reports the ratio of medians against the entry's goal.
 * Goals are reported, not asserted: these machines are shared and noisy.
 */
export type BenchEntry = {
  name: string
  /** What the ratio means, e.g. "our renditions / raw sharp". */
  ratioLabel: string
  /** Goal on the ratio (subject / baseline); `max` for "at most", `min` for "at least". */
  goal: { max?: number; min?: number }
  rounds?: number
  setup?: () => Promise<void>
  /** Timed per call; a call may return `{ ms }` to report its own figure (see `time`). */
  subject: () => Promise<unknown>
  baseline: () => Promise<unknown>
  teardown?: () => Promise<void>
  /** Extra lines after the ratio (e.g. percentiles with an absolute goal), computed after the rounds. */
  report?: () => string[]
}

export type BenchResult = {
  name: string
  subjectMs: number
  baselineMs: number
  ratio: number
  goal: BenchEntry['goal']
  met: boolean
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/**
 * Wall time of one call, or the call's own figure when it returns `{ ms }` (a load test that runs for a fixed
 * time reports milliseconds per request instead).
 */
async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  const result = await fn()
  const own = (result as { ms?: unknown } | null | undefined)?.ms
  return typeof own === 'number' ? own : performance.now() - start
}

export async function runEntry(entry: BenchEntry): Promise<BenchResult> {
  const rounds = entry.rounds ?? 7
  await entry.setup?.()
  try {
    // One warm-up each, not measured.
    await entry.subject()
    await entry.baseline()
    const subject: number[] = []
    const baseline: number[] = []
    for (let i = 0; i < rounds; i++) {
      if (i % 2) {
        baseline.push(await time(entry.baseline))
        subject.push(await time(entry.subject))
      } else {
        subject.push(await time(entry.subject))
        baseline.push(await time(entry.baseline))
      }
    }
    const subjectMs = median(subject)
    const baselineMs = median(baseline)
    const ratio = subjectMs / baselineMs
    const met = (entry.goal.max == null || ratio <= entry.goal.max) && (entry.goal.min == null || ratio >= entry.goal.min)
    return { name: entry.name, subjectMs, baselineMs, ratio, goal: entry.goal, met }
  } finally {
    await entry.teardown?.()
  }
}

export function formatResult(entry: BenchEntry, result: BenchResult): string {
  const goal = [result.goal.max != null ? `≤ ${result.goal.max}×` : '', result.goal.min != null ? `≥ ${result.goal.min}×` : '']
    .filter(Boolean)
    .join(' ')
  return [
    `${result.name}`,
    `  ${entry.ratioLabel}: ${result.ratio.toFixed(2)}× (goal ${goal}) ${result.met ? 'met' : 'NOT MET'}`,
    `  subject ${result.subjectMs.toFixed(1)} ms, baseline ${result.baselineMs.toFixed(1)} ms (medians)`,
    ...(entry.report?.() ?? []).map((line) => `  ${line}`),
  ].join('\n')
}
