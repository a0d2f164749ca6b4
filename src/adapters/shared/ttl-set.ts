/**
 * A set whose entries expire: de-duplicates platform retries (Slack `event_id`, Teams activity ids) for longer
 * than the platform's retry window, with a bound on memory.
 */
export interface TtlSet {
  /** Adds `key`; false when it was already present and not expired (a duplicate). */
  readonly add: (key: string) => boolean;
  readonly size: () => number;
}

export function createTtlSet(options: { ttlMs: number; maxEntries?: number; now?: () => number }): TtlSet {
  const { ttlMs } = options;
  const maxEntries = options.maxEntries ?? 100_000;
  const now = options.now ?? Date.now;
  const expiries = new Map<string, number>();
  const sweep = (at: number) => {
    for (const [key, expiry] of expiries) {
      if (expiry > at && expiries.size <= maxEntries) break;
      expiries.delete(key);
    }
  };
  return {
    add(key) {
      const at = now();
      sweep(at);
      const expiry = expiries.get(key);
      if (expiry !== undefined && expiry > at) return false;
      expiries.delete(key);
      expiries.set(key, at + ttlMs);
      return true;
    },
    size: () => expiries.size,
  };
}
