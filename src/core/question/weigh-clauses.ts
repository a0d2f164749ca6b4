/**
 * Finds the clause that asks the question and lets the words around it count less: in "fargate pods get recycled
 * for patches, who makes sure the app stays available" the topic is availability, and in "who configures
 * minAvailable so node replacements don't take us down" it is the PDB, not node replacement. Clauses end at
 * punctuation and at subordinating words (so, because, when, after...); a clause asks the question when it holds
 * a question word or opens with an auxiliary ("is this ours?"). Without such a clause every word counts fully.
 */
import { MATCHER_WEIGHTS } from "../match/matcher-weights.js";
import type { Token } from "../text/tokenise.js";
import { MACHINE_WORDS } from "./intent-patterns.js";

const QUESTION_WORDS = new Set(["who", "whose", "whom", "what", "which", "how", "whether", "where"]);
const AUXILIARIES = new Set([
  "is",
  "are",
  "am",
  "does",
  "do",
  "did",
  "can",
  "could",
  "should",
  "must",
  "will",
  "would",
  "has",
  "have",
  "shall",
  "may",
]);
const POINTERS = new Set(["it", "that", "this", "them", "those", "these", "they", "one", "ones"]);
const SUBORDINATORS = new Set([
  "so",
  "because",
  "since",
  "after",
  "before",
  "while",
  "if",
  "although",
  "though",
  "bc",
  "cause",
  "cos",
  "once",
  "unless",
  "until",
  "given",
  "whereas",
]);

export function weighClauses(tokens: readonly Token[]): Token[] {
  interface Clause {
    readonly start: number;
    subordinate: boolean;
    asks: boolean;
  }
  const clauses: Clause[] = [];
  const clauseOf: number[] = [];
  let current: Clause | undefined;
  tokens.forEach((token, position) => {
    const previous = tokens[position - 1];
    const next = tokens[position + 1];
    const punctuationBreak = position === 0 || (token.clause ?? 0) !== (previous?.clause ?? 0);
    const whenAsks = token.raw === "when" && next !== undefined && AUXILIARIES.has(next.raw);
    const subordinator = SUBORDINATORS.has(token.raw) || (token.raw === "when" && !whenAsks);
    // A question word deep inside a subordinate clause starts the question itself ("when a cve lands who builds...").
    const reopens =
      current?.subordinate === true && QUESTION_WORDS.has(token.raw) && position - (current?.start ?? 0) >= 2;
    if (punctuationBreak || subordinator || reopens || !current) {
      current = { start: position, subordinate: subordinator, asks: false };
      clauses.push(current);
    }
    if (QUESTION_WORDS.has(token.raw) || whenAsks) current.asks = true;
    if (position === current.start && AUXILIARIES.has(token.raw)) current.asks = true;
    clauseOf.push(clauses.length - 1);
  });
  const focus = clauses.map((clause) => clause.asks && !clause.subordinate);
  // A question clause that points back ("security groups for pods: who sets that up?", "CNI on Fargate: am I
  // supposed to update it?") leans on the rest, so nothing is discounted.
  const pointsBack = tokens.some(
    (token, position) =>
      focus[clauseOf[position] ?? 0] &&
      POINTERS.has(token.raw) &&
      // "those boxes", "these nodes" point at the machines of the runtime named before, not at the topic.
      !MACHINE_WORDS.has(tokens[position + 1]?.raw ?? ""),
  );
  if (!focus.some(Boolean) || pointsBack) return [...tokens];
  return tokens.map((token, position) =>
    focus[clauseOf[position] ?? 0] ? token : { ...token, weight: MATCHER_WEIGHTS.contextWord },
  );
}
