/** The part of autocannon's API the page bench uses (the package ships no types). */
declare module 'autocannon' {
  type Histogram = { average: number; mean: number; p50: number; p99: number; total: number }
  export type Result = { requests: Histogram; latency: Histogram; throughput: Histogram; errors: number; timeouts: number; non2xx: number; duration: number }
  export type Options = { url: string; connections?: number; amount?: number; duration?: number; pipelining?: number; timeout?: number; headers?: Record<string, string> }
  export default function autocannon(options: Options): Promise<Result>
}
