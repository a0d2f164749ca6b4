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
  readonly function?: boolean;
}

export function tokenise(normalised: string): Token[] {
  const tokens: Token[] = [];
  for (const word of normalised.split(/[\s-]+/)) {
    const raw = word.replace(/^\.+|\.+$/g, "");
    if (raw.length === 0) continue;
    const functionWord = FUNCTION_STOPWORDS.has(raw);
    tokens.push({
      raw,
      stem: stemWord(raw),
      stop: functionWord || STOPWORDS.has(raw),
      ...(functionWord ? { function: true } : {}),
    });
  }
  return tokens;
}

/** Stems of an alias or name, for the indexes (same rules as questions). */
export function stemPhrase(text: string): string[] {
  return tokenise(text).map((token) => token.stem);
}
