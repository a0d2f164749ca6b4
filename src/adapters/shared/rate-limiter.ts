/**
 * Per-key sliding-window rate limits (per user: questions, shares to a channel; per channel: one Slack message
 * a second). In memory, bounded: the oldest keys are dropped once `maxKeys` is reached, so a flood of distinct
 * users cannot grow memory without limit.
 */
export interface RateLimiter {
  /** Records an attempt; false when `key` is over its limit (the attempt is then not recorded). */
  readonly take: (key: string) => boolean;
  /** Milliseconds until `key` may try again (0 when it may now). */
  readonly waitMs: (key: string) => number;
}

export interface RateLimiterOptions {
  readonly limit: number;
  readonly windowMs: number;
  readonly maxKeys?: number;
  readonly now?: () => number;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { limit, windowMs } = options;
  const maxKeys = options.maxKeys ?? 50_000;
  const now = options.now ?? Date.now;
  const hits = new Map<string, number[]>();
  const recent = (key: string, at: number) => (hits.get(key) ?? []).filter((time) => at - time < windowMs);
  return {
    take(key) {
      const at = now();
      const times = recent(key, at);
      if (times.length >= limit) {
        hits.set(key, times);
        return false;
      }
      times.push(at);
      hits.delete(key);
      hits.set(key, times);
      if (hits.size > maxKeys) {
        const oldest = hits.keys().next().value;
        if (oldest !== undefined) hits.delete(oldest);
      }
      return true;
    },
    waitMs(key) {
      const at = now();
      const times = recent(key, at);
      if (times.length < limit) return 0;
      return Math.max(0, (times[0] ?? at) + windowMs - at);
    },
  };
}
