/**
 * Takes the nouns that only say whose something is ("whose problem", "AWS's call", "our headache") out of topic
 * matching (a stopword of no weight). They say what kind of question it is, like "responsibility"; but "problem" is also a word of
 * topic aliases ("node problems"), so only the owned noun is set aside, not the word everywhere. The clauses are
 * weighed before this: "..., whose problem?" still asks about something of its own, so the clause before it stays
 * context.
 */
import type { Token } from "../text/tokenise.js";

/** Nouns that name a responsibility when someone's: "whose problem", "our call", "AWS's concern". */
const OWNED_NOUNS = new Set([
  "problem",
  "problems",
  "call",
  "headache",
  "headaches",
  "concern",
  "concerns",
  "remit",
  "lane",
  "wheelhouse",
  "territory",
  "business",
]);
/** Words that say whose: "whose", "our", "AWS's" (normalised as "aws s"), "the customer's". */
const OWNERS = new Set([
  "whose",
  "our",
  "my",
  "their",
  "your",
  "aws",
  "amazon",
  "s",
  "customer",
  "client",
  "team",
  "somebody",
  "someone",
  "else",
]);

export function markOwnershipNouns(tokens: readonly Token[]): Token[] {
  return tokens.map((token, position) =>
    !token.stop && OWNED_NOUNS.has(token.raw) && OWNERS.has(tokens[position - 1]?.raw ?? "")
      ? { ...token, stop: true, weight: 0 }
      : token,
  );
}
