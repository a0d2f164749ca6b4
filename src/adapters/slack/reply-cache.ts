/**
 * Replies behind the cards we showed, kept in memory for as long as a card's response_url lives (30 minutes),
 * so sharing a card or showing its sources reproduces it exactly, including what only a free-text question
 * carries (a yes/no verdict, a capability, compliance scope). Bounded; when a key is gone the card is rebuilt
 * from its button payload instead. Keys only need to be unique, not secret: a click is signed by Slack and a
 * key only ever leads to a reply built from the public knowledge.
 */
import { randomBytes } from "node:crypto";
import type { Reply } from "../../core/index.js";

export interface ReplyCache {
  /** Stores a reply and returns its key (lowercase letters and digits, as block ids carry it). */
  readonly put: (reply: Reply) => string;
  readonly get: (key: string | null) => Reply | undefined;
}

export function createReplyCache(
  options: { maxEntries?: number; ttlMs?: number; now?: () => number } = {},
): ReplyCache {
  const maxEntries = options.maxEntries ?? 5_000;
  const ttlMs = options.ttlMs ?? 30 * 60_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { reply: Reply; expires: number }>();
  // A random prefix per process keeps keys from an earlier run from meaning anything after a restart.
  const prefix = randomBytes(4).readUInt32BE().toString(36);
  let counter = 0;
  return {
    put(reply) {
      counter++;
      const key = `${prefix}${counter.toString(36)}`.slice(0, 16);
      entries.set(key, { reply, expires: now() + ttlMs });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      return key;
    },
    get(key) {
      if (key === null) return undefined;
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expires <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.reply;
    },
  };
}
