/**
 * Drops what a question says it is not about before anything is matched: an aside that excludes something
 * ("(not the container images)", "(but not Windows)") and a clause after the first that does the same without
 * parentheses ("the OS logs, not our app logs, ...", "scheduler and controller manager, not etcd"). Only the
 * excluding clause of an aside goes: "(not my instances, the building blocks underneath)" keeps its restatement.
 */
import type { Token } from "../text/tokenise.js";
import { DUTY_NOUNS } from "./duty-words.js";

/** Words an aside may open with before its "not" ("(but not Windows)", "(i.e. not the images)"). */
const LEAD_INS = new Set(["but", "and", "so", "ie", "i.e", "obviously"]);
/** Words that open an aside naming what the question is not about. */
const EXCLUDING = new Set(["not", "except", "excluding", "besides", "apart", "never", "nor"]);

/** What follows "not" in a clause that sets something aside: "..., not our app logs, ...". */
const SET_ASIDE_DETERMINERS = new Set(["our", "the", "my", "their", "your", "any", "anything", "a", "an"]);

/**
 * The tokens without the asides that exclude something ("(not the container images)", "(but not Windows)") and
 * without a clause after the first that does the same without parentheses ("the OS logs, not our app logs, ...").
 */
export function dropExcludedAsides(tokens: readonly Token[]): Token[] {
  const excluded = new Set<number>();
  const excludedClauses = new Set<number>();
  tokens.forEach((token, position) => {
    const previous = tokens[position - 1];
    if (token.aside === 0) {
      const next = tokens[position + 1];
      const opens = previous !== undefined && previous.clause !== token.clause;
      if (
        opens &&
        token.raw === "not" &&
        next?.clause === token.clause &&
        (SET_ASIDE_DETERMINERS.has(next.raw) || isShortExclusion(tokens, position)) &&
        // "host scanning: not our job on Fargate, yeah?" denies a duty; it sets nothing aside.
        !DUTY_NOUNS.has(tokens[position + 2]?.raw ?? "")
      )
        excludedClauses.add(token.clause);
      return;
    }
    if (previous?.aside === token.aside) return;
    const opener = LEAD_INS.has(token.raw) ? tokens[position + 1] : token;
    if (opener?.aside === token.aside && EXCLUDING.has(opener.raw)) excluded.add(token.aside);
  });
  if (excludedClauses.size > 0) {
    const kept = tokens.filter((token) => token.aside > 0 || !excludedClauses.has(token.clause));
    if (kept.length > 0) return dropExcludedAsides(kept);
  }
  if (excluded.size === 0) return [...tokens];
  // "(not my instances, the building blocks underneath)": only the clause that opens with "not" is excluded.
  const openers = new Map<number, number>();
  for (const token of tokens)
    if (excluded.has(token.aside) && !openers.has(token.aside)) openers.set(token.aside, token.clause);
  const kept = tokens.filter(
    (token) => !excluded.has(token.aside) || openers.get(token.aside) !== token.clause,
  );
  return kept.length > 0 ? kept : [...tokens];
}

/** Nouns that make "not our ..." a denied duty rather than something set aside: "whose problem" nouns and more. */

/** Words after "not" that hedge rather than exclude: "not sure", "not really", "not yet". */
const HEDGES = new Set(
  "sure really yet just only certain clear quite that so too much even always".split(" "),
);
/** The longest clause "not X" that names only what is left out: "scheduler and controller manager, not etcd". */
const MAX_SHORT_EXCLUSION = 3;

/** "..., not etcd, ...", "... - not CloudTrail - ...": a short clause of "not" and a name. */
function isShortExclusion(tokens: readonly Token[], position: number): boolean {
  const clause = tokens[position]?.clause;
  const length = tokens.filter((token) => token.clause === clause).length;
  return length <= MAX_SHORT_EXCLUSION && !HEDGES.has(tokens[position + 1]?.raw ?? "");
}
