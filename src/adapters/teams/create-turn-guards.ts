/**
 * Per-turn checks that keep the Teams bot polite and cheap: Bot Framework redeliveries of a message are dropped,
 * each user gets `questionsPerMinute` questions (messages and card buttons) and a few times as many searches
 * (the messaging extension queries on every keystroke), and a user over the limit is told so once per window.
 */
import type { RateLimitConfig } from "../../config.js";
import { createRateLimiter } from "../shared/rate-limiter.js";
import { createTtlSet } from "../shared/ttl-set.js";
import { TEAMS_LIMITS } from "./limits.js";

/** The parts of an activity the guards read. */
export interface GuardedActivity {
  readonly id?: string;
  readonly from?: { readonly id?: string; readonly aadObjectId?: string };
  readonly conversation?: { readonly id?: string; readonly tenantId?: string };
  readonly channelData?: unknown;
}

export type Allowance =
  | { readonly ok: true }
  | { readonly ok: false; readonly waitMs: number; readonly tell: boolean };

export interface TurnGuards {
  /** False when this message was already handled (a redelivery). */
  readonly firstDelivery: (activity: GuardedActivity) => boolean;
  readonly allowQuestion: (activity: GuardedActivity) => Allowance;
  readonly allowSearch: (activity: GuardedActivity) => Allowance;
}

const WINDOW_MS = 60_000;

export function createTurnGuards(rateLimit: RateLimitConfig, now: () => number = Date.now): TurnGuards {
  const seen = createTtlSet({ ttlMs: TEAMS_LIMITS.dedupeMs, now });
  const told = createTtlSet({ ttlMs: WINDOW_MS, now });
  const questions = createRateLimiter({ limit: rateLimit.questionsPerMinute, windowMs: WINDOW_MS, now });
  const searches = createRateLimiter({
    limit: rateLimit.questionsPerMinute * TEAMS_LIMITS.searchesPerQuestion,
    windowMs: WINDOW_MS,
    now,
  });
  const allow =
    (limiter: typeof questions, kind: string) =>
    (activity: GuardedActivity): Allowance => {
      const key = userKey(activity);
      if (limiter.take(key)) return { ok: true };
      return { ok: false, waitMs: limiter.waitMs(key), tell: told.add(`${kind}:${key}`) };
    };
  return {
    firstDelivery(activity) {
      if (!activity.id) return true;
      return seen.add(`${activity.conversation?.id ?? ""}\n${activity.id}`);
    },
    allowQuestion: allow(questions, "question"),
    allowSearch: allow(searches, "search"),
  };
}

/** One key per person: the tenant plus the Entra object id (stable across chats), else the channel account id. */
export function userKey(activity: GuardedActivity): string {
  const channelTenant = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const tenant = activity.conversation?.tenantId ?? (typeof channelTenant === "string" ? channelTenant : "");
  return `${tenant}:${activity.from?.aadObjectId ?? activity.from?.id ?? "unknown"}`;
}

/** "Try again in 12 s." wording for a wait. */
export function describeWait(waitMs: number): string {
  return `Try again in ${Math.max(1, Math.ceil(waitMs / 1000))} s.`;
}
