/**
 * Splits normalised text into tokens carrying their raw form, their stem and whether they are stopwords. Hyphens
 * split words ("kube-proxy" is "kube" + "proxy"); the alias index also knows joined forms ("kubeproxy").
 */
import { stemWord } from "./stem-word.js";
import { FUNCTION_STOPWORDS, STOPWORDS } from "./stopwords.js";

export interface Token {
  readonly raw: string;
  readonly stem: string;
  readonly stop: boolean;
  /** A function word ("the", "of"): not even part of an alias's identity. */
  readonly function: boolean;
  /** Index of the clause the word is in (clauses end at punctuation, see normaliseText's `marked`). */
  readonly clause: number;
  /** How much the word counts for topic matching: words outside the question's own clause count less. */
  readonly weight: number;
}

/** Tokenises normalised text; " | " clause markers start a new clause. */
export function tokenise(normalised: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  for (const word of normalised.split(/[\s-]+/)) {
    if (word === "|") {
      clause++;
      continue;
    }
    const raw = word.includes(".") ? word.replace(/^\.+|\.+$/g, "") : word;
    if (raw.length === 0) continue;
    const functionWord = FUNCTION_STOPWORDS.has(raw);
    // One object shape for every token keeps building the indexes cheap (thousands of alias words at start).
    tokens.push({
      raw,
      stem: stemWord(raw),
      stop: functionWord || STOPWORDS.has(raw),
      function: functionWord,
      clause,
      weight: 1,
    });
  }
  return tokens;
}

/** Stems of an alias or name, for the indexes (same rules as questions). */
export function stemPhrase(text: string): string[] {
  return tokenise(text).map((token) => token.stem);
}
