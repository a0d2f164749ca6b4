/**
 * The cards recent questions produced, by question text. The core's `respond` is pure and the knowledge does
 * not change while the process runs, so the same text always gets the same reply and the same card: a
 * repeated question (the common ones, "help") skips the core and the renderer. A bounded LRU; it holds
 * nothing about who asked.
 */
export interface AnswerMemo<T> {
  readonly get: (key: string) => T | undefined;
  readonly set: (key: string, value: T) => void;
  readonly size: () => number;
}

export function createAnswerMemo<T>(options: { readonly maxEntries: number }): AnswerMemo<T> {
  const entries = new Map<string, T>();
  return {
    get(key) {
      const value = entries.get(key);
      if (value === undefined) return undefined;
      // Re-inserting marks the entry as recently used, so the least recently asked question goes first.
      entries.delete(key);
      entries.set(key, value);
      return value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      while (entries.size > options.maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
    size: () => entries.size,
  };
}
