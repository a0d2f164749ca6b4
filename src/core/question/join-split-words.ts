/**
 * Joins a word that dictation or a phone keyboard broke in two ("far gate", "man aged", "hyper visor", "cube let")
 * or spelt letter by letter ("e k s", "k 8 s"). Each half alone is noise to the matcher and the runtime finder,
 * so "who patches the os on far gate" would name no runtime at all.
 *
 * Two neighbouring words are joined only when the knowledge knows the joined word (or it is one typo from a word
 * the knowledge knows) and at least one half is a word the knowledge does not know: "log in", "set up" and
 * "back up" are phrases the knowledge knows word by word, and stay as written.
 */
import { editDistance } from "../text/edit-distance.js";
import { stemWord } from "../text/stem-word.js";
import { STOPWORDS } from "../text/stopwords.js";
import type { Token } from "../text/tokenise.js";

export type SplitWordJoiner = (tokens: readonly Token[]) => Token[];

/** Joined words shorter than this that are not known as written are not worth a guess ("a ws"). */
const MIN_CORRECTED_LENGTH = 6;
const LETTERS = /^[a-z]+$/;
/** Longest piece of a word broken by dictation that is worth a spelling guess ("cube" + "let"). */
const MAX_PIECE_LENGTH = 5;

/**
 * A joiner towards the `known` words (the knowledge's vocabulary and runtime names); `correct` is the spelling
 * corrector, for halves that only make a known word with a typo in them ("cube let" is "kubelet").
 */
export function createSplitWordJoiner(
  known: ReadonlySet<string>,
  correct: (word: string) => string | undefined,
): SplitWordJoiner {
  const unknown = (word: string) => !known.has(word) && !STOPWORDS.has(word);
  const content = (word: string) => known.has(word) && !STOPWORDS.has(word);
  /** The known word `first` and `second` make together, or undefined. */
  const joinedWord = (first: Token, second: Token): string | undefined => {
    // Most pairs are two known words: two set lookups settle them before any pattern runs.
    if (!unknown(first.raw) && !unknown(second.raw)) return undefined;
    if (!LETTERS.test(first.raw) || !LETTERS.test(second.raw)) return undefined;
    const joined = first.raw + second.raw;
    // "on e k s" is "on eks", not "one k s".
    if (STOPWORDS.has(joined)) return undefined;
    if (known.has(joined)) return joined;
    // A typo on top of the split only when neither half means anything here and both are as short as dictation's
    // pieces: "cube let", not "patchs manager" (and the spelling corrector is not asked about every word pair).
    if (
      joined.length < MIN_CORRECTED_LENGTH ||
      first.raw.length > MAX_PIECE_LENGTH ||
      second.raw.length > MAX_PIECE_LENGTH ||
      !unknown(first.raw) ||
      content(second.raw)
    )
      return undefined;
    const corrected = correct(joined);
    return corrected !== undefined && editDistance(joined, corrected, 1) <= 1 ? corrected : undefined;
  };

  return (tokens) => {
    const out: Token[] = [];
    for (let position = 0; position < tokens.length; position++) {
      const token = tokens[position] as Token;
      const letters = letterRun(tokens, position);
      const spelt = letters > 1 ? spell(tokens, position, letters) : undefined;
      if (spelt !== undefined && known.has(spelt)) {
        out.push(joinedToken(token, spelt));
        position += letters - 1;
        continue;
      }
      const next = tokens[position + 1];
      const joined = next && together(token, next) ? joinedWord(token, next) : undefined;
      if (joined === undefined) {
        out.push(token);
        continue;
      }
      out.push(joinedToken(token, joined));
      position++;
    }
    return out;
  };
}

/** How many one-character words ("e", "k", "s") start at `position` in one clause. */
function letterRun(tokens: readonly Token[], position: number): number {
  let end = position;
  while (end < tokens.length && tokens[end]?.raw.length === 1 && together(tokens[position], tokens[end]))
    end++;
  return end - position;
}

function spell(tokens: readonly Token[], position: number, count: number): string {
  return tokens
    .slice(position, position + count)
    .map((token) => token.raw)
    .join("");
}

/** Words of one clause and aside: a split word never spans a comma or a parenthesis. */
function together(first: Token | undefined, second: Token | undefined): boolean {
  return (
    first !== undefined &&
    second !== undefined &&
    first.clause === second.clause &&
    first.aside === second.aside
  );
}

function joinedToken(first: Token, raw: string): Token {
  return { ...first, raw, stem: stemWord(raw), stop: STOPWORDS.has(raw), function: false };
}
