/**
 * When to try again: transient failures back off exponentially (base × 2^(attempt-1), capped), a channel's
 * own retry-after wins when longer, and after `maxAttempts` the publication fails. Pure, so it is tested
 * without a clock.
 */
export type RetryConfig = { maxAttempts: number; baseDelayMs: number; maxDelayMs: number }

export const DEFAULT_RETRY: RetryConfig = {
  maxAttempts: Number(process.env.PUBLISH_MAX_ATTEMPTS ?? 6),
  baseDelayMs: Number(process.env.PUBLISH_RETRY_BASE_MS ?? 30_000),
  maxDelayMs: 6 * 60 * 60 * 1000,
}

export type RetryDecision = { retry: true; delayMs: number } | { retry: false; reason: 'permanent' | 'exhausted' }

export function nextAttempt(
  attempts: number,
  failure: { transient: boolean; retryAfterMs?: number },
  config: RetryConfig = DEFAULT_RETRY,
): RetryDecision {
  if (!failure.transient) return { retry: false, reason: 'permanent' }
  if (attempts >= config.maxAttempts) return { retry: false, reason: 'exhausted' }
  const backoff = Math.min(config.maxDelayMs, config.baseDelayMs * 2 ** Math.max(0, attempts - 1))
  return { retry: true, delayMs: Math.max(backoff, failure.retryAfterMs ?? 0) }
}

/** Consecutive authentication failures after which an account is paused (the circuit breaker). */
export const AUTH_FAILURES_TO_PAUSE = Number(process.env.PUBLISH_AUTH_FAILURES_TO_PAUSE ?? 3)
