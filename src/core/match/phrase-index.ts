/**
 * Finds known phrases (aliases, names) inside a token sequence by their stems, longest first, including the
 * joined spelling of short multi-word phrases ("node group" also as "nodegroup"). Used for runtimes, topics,
 * categories, frameworks and out-of-scope terms alike.
 */
import { stemWord } from "../text/stem-word.js";
import type { Token } from "../text/tokenise.js";

export interface PhraseEntry<T> {
  readonly stems: readonly string[];
  readonly value: T;
  /** The joined spelling's stem ("nodegroup"), when already known (a prebuilt index carries it). */
  readonly joined?: string;
}

export interface PhraseHit<T> {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly value: T;
}

export interface PhraseIndex<T> {
  /** Every occurrence of every phrase, overlapping or not. */
  readonly findAll: (tokens: readonly Token[]) => PhraseHit<T>[];
  /** Longest non-overlapping occurrences, scanning left to right. */
  readonly findLongest: (tokens: readonly Token[], skip?: ReadonlySet<number>) => PhraseHit<T>[];
}

export function createPhraseIndex<T>(entries: readonly PhraseEntry<T>[]): PhraseIndex<T> {
  const byFirst = new Map<string, PhraseEntry<T>[]>();
  const add = (entry: PhraseEntry<T>) => {
    const first = entry.stems[0];
    if (first === undefined) return;
    const list = byFirst.get(first) ?? [];
    list.push(entry);
    byFirst.set(first, list);
  };
  for (const entry of entries) {
    add(entry);
    if (entry.stems.length >= 2 && entry.stems.length <= 3) {
      add({ stems: [entry.joined ?? stemWord(entry.stems.join(""))], value: entry.value });
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);

  const matchesAt = (
    tokens: readonly Token[],
    start: number,
    stems: readonly string[],
    skip?: ReadonlySet<number>,
  ) => {
    for (let offset = 0; offset < stems.length; offset++) {
      const position = start + offset;
      if (skip?.has(position) || tokens[position]?.stem !== stems[offset]) return false;
    }
    return true;
  };

  return {
    findAll(tokens) {
      const hits: PhraseHit<T>[] = [];
      tokens.forEach((token, start) => {
        for (const entry of byFirst.get(token.stem) ?? []) {
          if (matchesAt(tokens, start, entry.stems))
            hits.push({ start, end: start + entry.stems.length, value: entry.value });
        }
      });
      return hits;
    },
    findLongest(tokens, skip) {
      const hits: PhraseHit<T>[] = [];
      let start = 0;
      while (start < tokens.length) {
        const token = tokens[start];
        const entry =
          token && !skip?.has(start)
            ? (byFirst.get(token.stem) ?? []).find((candidate) =>
                matchesAt(tokens, start, candidate.stems, skip),
              )
            : undefined;
        if (entry) {
          hits.push({ start, end: start + entry.stems.length, value: entry.value });
          start += entry.stems.length;
        } else start++;
      }
      return hits;
    },
  };
}
