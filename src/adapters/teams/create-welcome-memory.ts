/**
 * Which conversations were welcomed recently. Teams announces one install twice (conversationUpdate with the bot
 * among membersAdded, and installationUpdate "add"), so the welcome card goes out once per conversation;
 * an uninstall forgets the conversation so a later reinstall is welcomed again. In memory and bounded.
 */
export interface WelcomeMemory {
  /** True the first time `conversationId` is seen within the memory window. */
  readonly claim: (conversationId: string) => boolean;
  readonly forget: (conversationId: string) => void;
}

export function createWelcomeMemory(options: {
  readonly ttlMs: number;
  readonly maxEntries?: number;
  readonly now?: () => number;
}): WelcomeMemory {
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  const expiries = new Map<string, number>();
  return {
    claim(conversationId) {
      const at = now();
      const expiry = expiries.get(conversationId);
      if (expiry !== undefined && expiry > at) return false;
      expiries.delete(conversationId);
      expiries.set(conversationId, at + options.ttlMs);
      if (expiries.size > maxEntries) {
        const oldest = expiries.keys().next().value;
        if (oldest !== undefined) expiries.delete(oldest);
      }
      return true;
    },
    forget(conversationId) {
      expiries.delete(conversationId);
    },
  };
}
