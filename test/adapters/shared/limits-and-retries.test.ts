/**
 * Rate limits, retry de-duplication and backoff, with an injected clock so nothing waits for real time.
 */
import { describe, expect, it } from "vitest";
import { createRateLimiter } from "../../../src/adapters/shared/rate-limiter.js";
import { parseRetryAfter, retryWithBackoff } from "../../../src/adapters/shared/retry-with-backoff.js";
import { createTtlSet } from "../../../src/adapters/shared/ttl-set.js";

describe("createRateLimiter", () => {
  it("allows `limit` attempts per window per key, then refuses until the window slides", () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000, now: () => now });
    expect([limiter.take("u1"), limiter.take("u1"), limiter.take("u1")]).toEqual([true, true, false]);
    expect(limiter.take("u2")).toBe(true);
    expect(limiter.waitMs("u1")).toBe(1000);
    now = 999;
    expect(limiter.take("u1")).toBe(false);
    now = 1000;
    expect(limiter.take("u1")).toBe(true);
  });

  it("keeps at most maxKeys keys", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 3, now: () => 0 });
    for (const key of ["a", "b", "c", "d"]) limiter.take(key);
    expect(limiter.take("a")).toBe(true);
    expect(limiter.take("d")).toBe(false);
  });
});

describe("createTtlSet", () => {
  it("reports duplicates until the entry expires", () => {
    let now = 0;
    const seen = createTtlSet({ ttlMs: 100, now: () => now });
    expect(seen.add("event-1")).toBe(true);
    expect(seen.add("event-1")).toBe(false);
    now = 100;
    expect(seen.add("event-1")).toBe(true);
  });

  it("stays within maxEntries", () => {
    const seen = createTtlSet({ ttlMs: 1_000_000, maxEntries: 10, now: () => 0 });
    for (let index = 0; index < 100; index++) seen.add(`e${index}`);
    expect(seen.size()).toBeLessThanOrEqual(11);
  });
});

describe("retryWithBackoff", () => {
  it("retries retryable failures with growing jittered waits, then succeeds", async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await retryWithBackoff(
      async () => {
        calls++;
        if (calls < 3) throw new Error("502");
        return "ok";
      },
      () => ({ retry: true }),
      { retries: 3, baseMs: 100, maxMs: 1000 },
      async (ms) => {
        waits.push(ms);
      },
      () => 1,
    );
    expect(result).toBe("ok");
    expect(waits).toEqual([100, 200]);
  });

  it("honours Retry-After and gives up after the policy's retries", async () => {
    const waits: number[] = [];
    const attempt = retryWithBackoff(
      async () => {
        throw new Error("429");
      },
      () => ({ retry: true, afterMs: 1500 }),
      { retries: 2, baseMs: 100, maxMs: 1000 },
      async (ms) => {
        waits.push(ms);
      },
    );
    await expect(attempt).rejects.toThrow("429");
    expect(waits).toEqual([1500, 1500]);
  });

  it("does not retry what the classifier refuses", async () => {
    let calls = 0;
    await expect(
      retryWithBackoff(
        async () => {
          calls++;
          throw new Error("400");
        },
        () => ({ retry: false }),
      ),
    ).rejects.toThrow("400");
    expect(calls).toBe(1);
  });

  it("parses Retry-After in seconds and as a date", () => {
    expect(parseRetryAfter("3")).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), () => 4000)).toBe(6000);
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
