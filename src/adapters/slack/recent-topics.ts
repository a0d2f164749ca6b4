/**
 * The topics each user asked about most recently, for their Home tab. In memory only (design.md section 5),
 * newest first, a few per user, and a bounded number of users.
 */
import type { TopicRef } from "../../core/index.js";

export interface RecentTopics {
  readonly record: (userId: string, topic: TopicRef) => void;
  readonly list: (userId: string) => readonly TopicRef[];
}

export function createRecentTopics(options: { perUser: number; maxUsers?: number }): RecentTopics {
  const maxUsers = options.maxUsers ?? 10_000;
  const byUser = new Map<string, TopicRef[]>();
  return {
    record(userId, topic) {
      const previous = byUser.get(userId) ?? [];
      const next = [topic, ...previous.filter((entry) => entry.id !== topic.id)].slice(0, options.perUser);
      // Re-inserting moves the user to the end, so the least recently active user is dropped first.
      byUser.delete(userId);
      byUser.set(userId, next);
      if (byUser.size > maxUsers) {
        const oldest = byUser.keys().next().value;
        if (oldest !== undefined) byUser.delete(oldest);
      }
    },
    list: (userId) => byUser.get(userId) ?? [],
  };
}
