import type { BenchEntry } from '../harness'
import { channelRenditions } from './renditions'

/**
 * The explicit list of benchmarks. Each loader returns an entry, or null when what it needs is missing
 * (e.g. no PostgreSQL): it says so itself.
 */
export const entries: (() => Promise<BenchEntry | null>)[] = [channelRenditions]
