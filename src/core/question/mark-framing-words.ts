/**
 * Takes the words that only frame an ownership question out of topic matching (a stopword of no weight): nouns
 * that say whose something is ("whose problem", "AWS's call", "our headache"), hedges ("is it safe to assume",
 * "fair to say", whose "assume" would otherwise read as IAM's AssumeRole), the place already named ("in that
 * setup", "on our stack") and the words that describe a team ("the network team"). They say what kind of question it is, like "responsibility"; but "problem" is also a
 * word of topic aliases ("node problems"), so only the owned noun is set aside, not the word everywhere. The
 * clauses are weighed before this: "..., whose problem?" still asks about something of its own, so the clause
 * before it stays context.
 */
import type { Token } from "../text/tokenise.js";
import { OWNED_NOUNS } from "./duty-words.js";
import { findGroupWords } from "./name-parties.js";

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

/**
 * "which controls are shared", "the security controls we own": in a compliance voice "controls" are the duties
 * themselves, not the control plane.
 */
const CONTROLS_BEFORE = new Set(
  "which what the all any these those our my shared security compliance governance audit key".split(" "),
);

/**
 * Words for the whole environment, which point back at the runtime named before ("what does AWS take care of in
 * that setup?", "on our stack"): not the node configuration or the cluster's.
 */
const PLACE_NOUNS = new Set("setup setups environment stack architecture world situation".split(" "));
const PLACE_POINTERS = new Set(["that", "this", "such", "our", "my", "your", "their"]);

/** Hedges before a claim: "is it safe to assume", "fair to say", "can I assume", "I assume". */
const HEDGE_VERBS = new Set(["assume", "say"]);
const HEDGE_BEFORE = /^(?:(?:safe|fair|right|correct|ok|okay) to|(?:can|could|may) (?:i|we)|(?:i|we))$/;

export function markFramingWords(tokens: readonly Token[]): Token[] {
  const hedged = new Set<number>();
  tokens.forEach((token, position) => {
    if (!HEDGE_VERBS.has(token.raw)) return;
    const two = `${tokens[position - 2]?.raw ?? ""} ${tokens[position - 1]?.raw ?? ""}`;
    if (HEDGE_BEFORE.test(two)) {
      hedged.add(position);
      // "safe", "fair": the adjective of the hedge goes too.
      if (two.endsWith(" to")) hedged.add(position - 2);
    } else if (HEDGE_BEFORE.test(tokens[position - 1]?.raw ?? "")) hedged.add(position);
  });
  const groupWords = findGroupWords(tokens);
  return tokens.map((token, position) =>
    hedged.has(position) ||
    // In the sentences around the question a team's name may say what the story is about ("the CI team wants
    // to run Docker-in-Docker builds"); in the clause that asks it only says who.
    (groupWords.has(position) && token.weight >= 1) ||
    (!token.stop && OWNED_NOUNS.has(token.raw) && OWNERS.has(tokens[position - 1]?.raw ?? "")) ||
    isPlacePointedAt(tokens, position) ||
    isControlsAsDuties(tokens, position)
      ? { ...token, stop: true, weight: 0 }
      : token,
  );
}

function isControlsAsDuties(tokens: readonly Token[], position: number): boolean {
  return (
    tokens[position]?.raw === "controls" &&
    tokens[position + 1]?.raw !== "plane" &&
    CONTROLS_BEFORE.has(tokens[position - 1]?.raw ?? "")
  );
}

/** "that setup", "our stack" closing a clause: the place already named, not a topic of its own ("our stack traces"). */
function isPlacePointedAt(tokens: readonly Token[], position: number): boolean {
  const token = tokens[position];
  const next = tokens[position + 1];
  return (
    token !== undefined &&
    PLACE_NOUNS.has(token.raw) &&
    PLACE_POINTERS.has(tokens[position - 1]?.raw ?? "") &&
    (next === undefined || next.clause !== token.clause || next.stop)
  );
}
