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
  /** Index of the sentence the word is in (sentences end at ".", "?", "!" and line breaks). */
  readonly sentence: number;
  /** 0 outside parentheses, else the number of the aside ("(not the images)") the word is in. */
  readonly aside: number;
  /** How much the word counts for topic matching: words outside the question's own clause count less. */
  readonly weight: number;
}

/**
 * Tokenises normalised text; " | " clause markers start a new clause (" || " a new sentence too), and words between " ( " and " ) " form an
 * aside. The clause around an aside goes on after it ("who sets (subnets, SGs) in the NodeClass" is one clause
 * with an aside), and an unclosed parenthesis is no aside at all.
 */
export function tokenise(normalised: string): Token[] {
  const words = normalised.split(/[\s-]+/);
  const closes = matchParentheses(words);
  const tokens: Token[] = [];
  let clauses = 0;
  let clause = 0;
  let sentence = 0;
  let asides = 0;
  let aside = 0;
  let resume = 0;
  let closeAt = -1;
  words.forEach((word, position) => {
    if (word === "|" || word === "||") {
      clause = ++clauses;
      if (word === "||") sentence++;
      return;
    }
    if (word === "(" || word === ")") {
      if (aside === 0 && closes.has(position)) {
        aside = ++asides;
        resume = clause;
        closeAt = closes.get(position) ?? -1;
      } else if (position === closeAt) {
        aside = 0;
        clause = resume;
      }
      return;
    }
    const raw = word.includes(".") ? word.replace(/^\.+|\.+$/g, "") : word;
    if (raw.length === 0) return;
    const functionWord = FUNCTION_STOPWORDS.has(raw);
    // One object shape for every token keeps building the indexes cheap (thousands of alias words at start).
    tokens.push({
      raw,
      stem: stemWord(raw),
      stop: functionWord || STOPWORDS.has(raw),
      function: functionWord,
      clause,
      sentence,
      aside,
      weight: 1,
    });
  });
  return tokens;
}

/** Each opening parenthesis that is closed, with the position of its closing one (nested ones count as one). */
function matchParentheses(words: readonly string[]): Map<number, number> {
  const closes = new Map<number, number>();
  let open = -1;
  let depth = 0;
  words.forEach((word, position) => {
    if (word === "(") {
      if (depth === 0) open = position;
      depth++;
    } else if (word === ")" && depth > 0) {
      depth--;
      if (depth === 0) closes.set(open, position);
    }
  });
  return closes;
}

/** The words again, with " | " where a clause starts, for patterns that look at how a clause opens. */
export function markClauses(tokens: readonly Token[]): string {
  return tokens
    .map((token, position) =>
      position > 0 && token.clause !== tokens[position - 1]?.clause ? `| ${token.raw}` : token.raw,
    )
    .join(" ");
}

/**
 * The words of the clauses that ask (weight 1, see weigh-clauses.ts) when other words are only context, joined by
 * spaces; undefined when every word counts alike.
 */
export function askingWords(tokens: readonly Token[]): string | undefined {
  const asking = tokens.filter((token) => token.weight >= 1);
  if (asking.length === 0 || asking.length === tokens.length) return undefined;
  return asking.map((token) => token.raw).join(" ");
}

/** The tokens of each sentence, in order. */
export function splitSentences(tokens: readonly Token[]): Token[][] {
  const sentences: Token[][] = [];
  tokens.forEach((token, position) => {
    if (position === 0 || token.sentence !== tokens[position - 1]?.sentence) sentences.push([]);
    sentences.at(-1)?.push(token);
  });
  return sentences;
}

/** The sentence that asks: the last one with a word of the clause that asks (weight 1). */
export function askingSentence(tokens: readonly Token[]): number | undefined {
  return tokens.findLast((token) => token.weight >= 1)?.sentence;
}

/** Stems of an alias or name, for the indexes (same rules as questions). */
export function stemPhrase(text: string): string[] {
  return tokenise(text).map((token) => token.stem);
}
