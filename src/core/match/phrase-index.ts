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
}

/**
 * The index's whole state as flat plain data, so a prebuilt copy loads as a handful of arrays (thousands of small
 * ones made start-up slow). Phrases are grouped by first stem, longest first within a group; phrase `p` has
 * `lengths[p]` stems, the next ones in `words` (ids into `stems`), and the value `values[p]`.
 */
export interface PhraseTable<T> {
  readonly stems: readonly string[];
  /** Per group: the first stem's id, then how many phrases the group has. */
  readonly groups: readonly number[];
  readonly lengths: readonly number[];
  readonly words: readonly number[];
  readonly values: readonly T[];
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

/** The table `entries` make, joined spellings of two- and three-word phrases included. */
export function tabulatePhrases<T>(entries: readonly PhraseEntry<T>[]): PhraseTable<T> {
  const byFirst = new Map<string, PhraseEntry<T>[]>();
  const add = (stems: readonly string[], value: T) => {
    const first = stems[0];
    if (first === undefined) return;
    const list = byFirst.get(first) ?? [];
    list.push({ stems, value });
    byFirst.set(first, list);
  };
  for (const entry of entries) {
    add(entry.stems, entry.value);
    if (entry.stems.length >= 2 && entry.stems.length <= 3)
      add([stemWord(entry.stems.join(""))], entry.value);
  }
  const ids = new Map<string, number>();
  const idOf = (stem: string) => {
    const id = ids.get(stem) ?? ids.size;
    ids.set(stem, id);
    return id;
  };
  const table = { groups: [] as number[], lengths: [] as number[], words: [] as number[], values: [] as T[] };
  for (const [first, list] of byFirst) {
    list.sort((a, b) => b.stems.length - a.stems.length);
    table.groups.push(idOf(first), list.length);
    for (const { stems, value } of list) {
      table.lengths.push(stems.length);
      for (const stem of stems) table.words.push(idOf(stem));
      table.values.push(value);
    }
  }
  return { stems: [...ids.keys()], ...table };
}

export function createPhraseIndex<T>(entries: readonly PhraseEntry<T>[]): PhraseIndex<T> {
  return phraseIndexOf(tabulatePhrases(entries));
}

export function phraseIndexOf<T>(table: PhraseTable<T>): PhraseIndex<T> {
  const { stems, lengths, words, values } = table;
  // Where each phrase's stems start in `words`, and each first stem's run of phrases [from, to).
  const offsets = new Int32Array(lengths.length + 1);
  lengths.forEach((length, phrase) => {
    offsets[phrase + 1] = (offsets[phrase] ?? 0) + length;
  });
  const runs = new Map<string, readonly [number, number]>();
  for (let at = 0, phrase = 0; at + 1 < table.groups.length; at += 2) {
    const count = table.groups[at + 1] ?? 0;
    runs.set(stems[table.groups[at] ?? 0] ?? "", [phrase, phrase + count]);
    phrase += count;
  }
  const matchesAt = (tokens: readonly Token[], start: number, phrase: number, skip?: ReadonlySet<number>) => {
    const from = offsets[phrase] ?? 0;
    const length = lengths[phrase] ?? 0;
    for (let offset = 0; offset < length; offset++) {
      const position = start + offset;
      if (skip?.has(position) || tokens[position]?.stem !== stems[words[from + offset] ?? 0]) return false;
    }
    return true;
  };
  const hit = (start: number, phrase: number): PhraseHit<T> => ({
    start,
    end: start + (lengths[phrase] ?? 0),
    value: values[phrase] as T,
  });

  return {
    findAll(tokens) {
      const hits: PhraseHit<T>[] = [];
      tokens.forEach((token, start) => {
        const [from, to] = runs.get(token.stem) ?? [0, 0];
        for (let phrase = from; phrase < to; phrase++) {
          if (matchesAt(tokens, start, phrase)) hits.push(hit(start, phrase));
        }
      });
      return hits;
    },
    findLongest(tokens, skip) {
      const hits: PhraseHit<T>[] = [];
      let start = 0;
      while (start < tokens.length) {
        const token = tokens[start];
        const [from, to] = token && !skip?.has(start) ? (runs.get(token.stem) ?? [0, 0]) : [0, 0];
        let found = -1;
        for (let phrase = from; phrase < to && found < 0; phrase++) {
          if (matchesAt(tokens, start, phrase, skip)) found = phrase;
        }
        if (found >= 0) {
          hits.push(hit(start, found));
          start += lengths[found] ?? 1;
        } else start++;
      }
      return hits;
    },
  };
}
