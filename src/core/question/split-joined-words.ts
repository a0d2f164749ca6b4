/**
 * Splits a word written as one that the knowledge spells as several: Kubernetes kinds and short names
 * ("HorizontalPodAutoscaler", "podsecurityadmission") become "horizontal pod autoscaler", "pod security admission".
 * Stemming the joined word would not give the stems of its parts, so without this such a question matches nothing.
 * Only words the knowledge does not know are split, and only into a name or alias of two or three words.
 */
import { stemWord } from "../text/stem-word.js";
import { FUNCTION_STOPWORDS, STOPWORDS } from "../text/stopwords.js";
import type { Token } from "../text/tokenise.js";

/** Shorter joined spellings read like other words ("podip"); those are left to the spelling corrector. */
const MIN_JOINED_LENGTH = 8;

export type JoinedWordSplitter = (tokens: readonly Token[]) => Token[];

/** A splitter for the joined spellings of `phrases` (names and aliases); `known` words are never split. */
export function createJoinedWordSplitter(
  phrases: readonly string[],
  known: ReadonlySet<string>,
): JoinedWordSplitter {
  // Built on the first question with an unknown long word, so starting the bot does not pay for it.
  let parts: Map<string, string[]> | undefined;
  const table = () => {
    if (parts) return parts;
    parts = new Map();
    for (const phrase of phrases) {
      const words = phrase
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((word) => word.length > 0 && !FUNCTION_STOPWORDS.has(word));
      const joined = words.join("");
      if (words.length < 2 || words.length > 3 || joined.length < MIN_JOINED_LENGTH || known.has(joined))
        continue;
      if (!parts.has(joined)) parts.set(joined, words);
    }
    return parts;
  };
  const partsOf = (raw: string) => {
    if (raw.length < MIN_JOINED_LENGTH || known.has(raw)) return undefined;
    const found = table();
    return found.get(raw) ?? (raw.endsWith("s") ? found.get(raw.slice(0, -1)) : undefined);
  };

  return (tokens) => {
    if (!tokens.some((token) => !token.stop && partsOf(token.raw))) return [...tokens];
    return tokens.flatMap((token) => {
      const words = token.stop ? undefined : partsOf(token.raw);
      if (!words) return [token];
      return words.map((word) => ({ ...token, raw: word, stem: stemWord(word), stop: STOPWORDS.has(word) }));
    });
  };
}
