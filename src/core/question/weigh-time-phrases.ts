/**
 * A phrase that only says when ("add-on version bumps after a cluster upgrade", "who rotates the keys before
 * an audit") is context for what is asked before it: its words count as context words, so "cluster upgrade" does
 * not outweigh the add-ons the question is about. Only a phrase that follows something named in its own clause
 * is weighed down; "after an upgrade, who bumps the add-ons?" opens its clause and reads as a frame anyway.
 */

import { MATCHER_WEIGHTS } from "../match/matcher-weights.js";
import type { Token } from "../text/tokenise.js";

/** "who looks after cluster DNS" takes care of it: that "after" says nothing about time and starts nothing. */
export function isLooksAfter(previous: Token | undefined, token: Token): boolean {
  return token.raw === "after" && (previous?.raw.startsWith("look") ?? false);
}

/** Words that open a phrase about time. */
const TIME_WORDS = new Set(["after", "before", "during", "following", "once", "whenever"]);

export function weighTimePhrases(tokens: readonly Token[], runtimeWords: ReadonlySet<number>): Token[] {
  let clause = -1;
  let named = false;
  let inPhrase = false;
  let changed = false;
  const weighed = tokens.map((token, position) => {
    if (token.clause !== clause) {
      clause = token.clause;
      named = false;
      inPhrase = false;
    }
    if (token.aside > 0) return token;
    if (!inPhrase && named && !isLooksAfter(tokens[position - 1], token) && TIME_WORDS.has(token.raw))
      inPhrase = true;
    if (!inPhrase) {
      if (!token.stop && !runtimeWords.has(position)) named = true;
      return token;
    }
    if (token.weight <= MATCHER_WEIGHTS.contextWord) return token;
    changed = true;
    return { ...token, weight: MATCHER_WEIGHTS.contextWord };
  });
  return changed ? weighed : [...tokens];
}
