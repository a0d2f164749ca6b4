/**
 * Retries an outbound call with jittered exponential backoff, honouring a server's Retry-After. Used for calls a
 * user is waiting on, so the policy is short: a few attempts within seconds, then the caller shows a friendly
 * error instead of hanging.
 */
export interface RetryPolicy {
  readonly retries: number;
  readonly baseMs: number;
  readonly maxMs: number;
}

/** Short policy for user-facing calls: up to 3 retries, at most ~4 s of waiting in all. */
export const USER_FACING_RETRY: RetryPolicy = { retries: 3, baseMs: 200, maxMs: 2_000 };

export interface RetryDecision {
  readonly retry: boolean;
  /** Server-requested wait (Retry-After), used instead of the backoff when present. */
  readonly afterMs?: number;
}

export async function retryWithBackoff<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  classify: (error: unknown) => RetryDecision,
  policy: RetryPolicy = USER_FACING_RETRY,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => number = Math.random,
): Promise<T> {
  for (let attemptNumber = 0; ; attemptNumber++) {
    try {
      return await attempt(attemptNumber);
    } catch (error) {
      const decision = classify(error);
      if (!decision.retry || attemptNumber >= policy.retries) throw error;
      const backoff = Math.min(policy.maxMs, policy.baseMs * 2 ** attemptNumber);
      // Full jitter spreads retries from many requests so they do not hit the platform at the same instant.
      const wait =
        decision.afterMs !== undefined
          ? Math.min(decision.afterMs, policy.maxMs * 2)
          : backoff * (0.5 + random() / 2);
      await sleep(wait);
    }
  }
}

/** Parses a Retry-After header (seconds or an HTTP date) into milliseconds. */
export function parseRetryAfter(
  value: string | null | undefined,
  now: () => number = Date.now,
): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now());
}
