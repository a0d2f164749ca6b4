/**
 * Corrects typos in question words against the knowledge vocabulary with fuse.js, one small index per first
 * letter so a lookup stays far below a millisecond. A candidate is accepted only when it is a real typo (edit
 * distance 1, or 2 for long words); everyday English words are never corrected.
 */
import Fuse from "fuse.js";
import { COMMON_WORDS } from "../text/common-words.js";
import { editDistance } from "../text/edit-distance.js";
import { stemWord } from "../text/stem-word.js";
import { STOPWORDS } from "../text/stopwords.js";

export interface SpellingCorrector {
  /** The vocabulary word `word` is a typo of, or undefined when it is fine as it is or nothing is close. */
  readonly correct: (word: string) => string | undefined;
  /**
   * The known word a negated one is built on ("unencrypted" -> "encrypted", "unhealthy" -> "healthy"), for
   * matching topics by what the word is about; undefined when `word` is known itself or no such word is.
   */
  readonly unnegated: (word: string) => string | undefined;
}

/** Words shorter than this are left alone: too many short English words are one letter from a domain word. */
const MIN_WORD_LENGTH = 6;
const CACHE_LIMIT = 4096;
const VOWELS = "aeiou";
const NEGATION = "un";

/**
 * `vocabulary` are the words to correct towards; `names` (runtime names such as "fargate") are few and typed
 * often, so they also catch two-letter typos ("farget", "fragate") from six letters on, and swapped letters in
 * short ones ("mdoe", "auot", "ndoe").
 */
export function createSpellingCorrector(
  vocabulary: Iterable<string>,
  names: Iterable<string> = [],
): SpellingCorrector {
  const known = new Set<string>();
  const important = new Set<string>();
  const shortNames = new Set<string>();
  for (const word of names) {
    if (/^\p{L}{6,}$/u.test(word)) important.add(word);
    else if (/^\p{L}{4,5}$/u.test(word)) shortNames.add(word);
  }
  for (const word of [...vocabulary, ...important]) if (/^\p{L}[\p{L}\p{N}]*$/u.test(word)) known.add(word);
  const buckets = new Map<string, string[]>();
  for (const word of known) {
    if (word.length < MIN_WORD_LENGTH - 2) continue;
    const list = buckets.get(word[0] ?? "") ?? [];
    list.push(word);
    buckets.set(word[0] ?? "", list);
  }
  // Built on first use per letter: most questions need no correction, and start-up stays short.
  const indexes = new Map<string, Fuse<string>>();
  const indexFor = (letter: string) => {
    let fuse = indexes.get(letter);
    const words = buckets.get(letter);
    if (!fuse && words) {
      fuse = new Fuse([...words].sort(), { threshold: 0.4, ignoreLocation: true, includeScore: true });
      indexes.set(letter, fuse);
    }
    return fuse;
  };
  const cache = new Map<string, string | undefined>();
  // Built on the first word that needs checking, so start-up does not stem the whole vocabulary.
  let stems: Set<string> | undefined;
  const knownStems = () => {
    stems ??= new Set([...known].map(stemWord));
    return stems;
  };

  const lookup = (word: string): string | undefined => {
    // Two edits turn many ordinary words into domain words ("restocks" -> "restores"); allow them only on long ones.
    const maxDistance = word.length >= 10 ? 2 : 1;
    const maxForNames = 2;
    // Typos rarely touch the first letter; a swap of the first two letters is the one exception worth catching.
    const letters = new Set([word[0] ?? "", word[1] ?? ""]);
    let best: { word: string; distance: number; score: number } | undefined;
    for (const letter of letters) {
      for (const result of indexFor(letter)?.search(word, { limit: 8 }) ?? []) {
        const candidate = result.item;
        if (letter !== word[0] && !(candidate[0] === word[1] && candidate[1] === word[0])) continue;
        const limit = important.has(candidate) ? maxForNames : maxDistance;
        const distance = editDistance(word, candidate, limit);
        if (distance > limit || distance === 0) continue;
        const score = result.score ?? 1;
        if (!best || distance < best.distance || (distance === best.distance && score < best.score)) {
          best = { word: candidate, distance, score };
        }
      }
    }
    return best?.word;
  };

  /** A short word is only ever a runtime name with two letters swapped: anything looser hits real words. */
  const swappedName = (word: string): string | undefined => {
    const letters = [...word].sort().join("");
    for (const name of shortNames) {
      if (
        name.length === word.length &&
        [...name].sort().join("") === letters &&
        editDistance(word, name, 1) === 1
      )
        return name;
    }
    return undefined;
  };

  /**
   * A short word with two neighbouring letters swapped into a domain word ("ptach", "tsak", "noed"): the one
   * looser rule safe for short words, as real words rarely differ from a domain word by a swap alone.
   */
  const swappedKnown = (word: string): string | undefined => {
    let found: string | undefined;
    for (let i = 0; i + 1 < word.length; i++) {
      if (word[i] === word[i + 1]) continue;
      const candidate = word.slice(0, i) + (word[i + 1] ?? "") + (word[i] ?? "") + word.slice(i + 2);
      if (!known.has(candidate) || COMMON_WORDS.has(candidate)) continue;
      if (found !== undefined && found !== candidate) return undefined;
      found = candidate;
    }
    return found;
  };

  /** The known word `word` becomes with one vowel replaced by another, when there is exactly one. */
  const vowelMisspelt = (word: string): string | undefined => {
    let found: string | undefined;
    for (let i = 0; i < word.length; i++) {
      if (!VOWELS.includes(word[i] ?? "")) continue;
      for (const vowel of VOWELS) {
        const candidate = word.slice(0, i) + vowel + word.slice(i + 1);
        if (candidate === word || !known.has(candidate)) continue;
        if (found !== undefined && found !== candidate) return undefined;
        found = candidate;
      }
    }
    return found;
  };

  return {
    unnegated(word) {
      const base = word.slice(NEGATION.length);
      if (!word.startsWith(NEGATION) || base.length < MIN_WORD_LENGTH - 1 || known.has(word))
        return undefined;
      return known.has(base) || knownStems().has(stemWord(base)) ? base : undefined;
    },
    correct(word) {
      if (known.has(word) || shortNames.has(word) || STOPWORDS.has(word) || COMMON_WORDS.has(word))
        return undefined;
      // Another form of a known word is not a typo ("fargates", "restart" beside "restarts", "delete" beside
      // "deleted"): stemming reads it as that word already.
      if (word.endsWith("s") && (known.has(word.slice(0, -1)) || known.has(word.slice(0, -2))))
        return undefined;
      // "responsable": a vowel misspelt keeps Porter's stem ("respons"), yet no inflection changes a vowel in place.
      if (knownStems().has(stemWord(word)))
        return word.length >= MIN_WORD_LENGTH ? vowelMisspelt(word) : undefined;
      if (word.length < MIN_WORD_LENGTH)
        return word.length >= 4 ? (swappedName(word) ?? swappedKnown(word)) : undefined;
      if (/\d/.test(word)) return undefined;
      if (cache.has(word)) return cache.get(word);
      // "encrpyts": the typo of a verb or plural whose base form the knowledge spells ("encrypt").
      const corrected = lookup(word) ?? (word.endsWith("s") ? lookup(word.slice(0, -1)) : undefined);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(word, corrected);
      return corrected;
    },
  };
}
