/**
 * Finds the clause that asks the question and lets the words around it count less: in "fargate pods get recycled
 * for patches, who makes sure the app stays available" the topic is availability, and in "who configures
 * minAvailable so node replacements don't take us down" it is the PDB, not node replacement. Clauses end at
 * punctuation and at subordinating words (so, because, when, after...); a clause asks the question when it holds
 * a question word or opens with an auxiliary ("is this ours?"). Without such a clause every word counts fully.
 * An aside in parentheses only elaborates ("node settings (instance types, subnets, storage) in the NodeClass"),
 * so it counts less than the words around it, and one that excludes ("(not the container images)") is dropped.
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

/** Words that open an aside naming what the question is not about. */
const EXCLUDING = new Set(["not", "except", "excluding", "besides", "apart", "never", "nor"]);

/** The tokens without the asides that exclude something ("(not the container images)", "(but not Windows)"). */
export function dropExcludedAsides(tokens: readonly Token[]): Token[] {
  const excluded = new Set<number>();
  tokens.forEach((token, position) => {
    if (token.aside === 0 || tokens[position - 1]?.aside === token.aside) return;
    const opener = ["but", "and", "so", "ie", "i.e", "obviously"].includes(token.raw)
      ? tokens[position + 1]
      : token;
    if (opener?.aside === token.aside && EXCLUDING.has(opener.raw)) excluded.add(token.aside);
  });
  if (excluded.size === 0) return [...tokens];
  const kept = tokens.filter((token) => !excluded.has(token.aside));
  return kept.length > 0 ? kept : [...tokens];
}

/**
 * Weighs the words of the question (see the module comment). `runtimeWords` are the positions of runtime names,
 * which say nothing about the topic: an aside counts less only when the words around it name something else.
 */
export function weighClauses(tokens: readonly Token[], runtimeWords: ReadonlySet<number>): Token[] {
  if (!tokens.some((token) => token.aside > 0)) return weighMain(tokens);
  const main = weighMain(tokens.filter((token) => token.aside === 0));
  const elaborates = tokens.some(
    (token, position) => token.aside === 0 && !token.stop && !runtimeWords.has(position),
  );
  let next = 0;
  return tokens.map((token) => {
    if (token.aside === 0) return main[next++] ?? token;
    return elaborates ? { ...token, weight: MATCHER_WEIGHTS.contextWord } : token;
  });
}

function weighMain(tokens: readonly Token[]): Token[] {
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
    // "..., so who owns X?" draws the conclusion that is the question; "so" before anything else subordinates.
    const soAsks = token.raw === "so" && next !== undefined && QUESTION_WORDS.has(next.raw);
    const subordinator = (SUBORDINATORS.has(token.raw) && !soAsks) || (token.raw === "when" && !whenAsks);
    // A question word deep inside a subordinate clause starts the question itself ("when a cve lands who builds...").
    const reopens =
      current?.subordinate === true && QUESTION_WORDS.has(token.raw) && position - (current?.start ?? 0) >= 2;
    if (punctuationBreak || subordinator || soAsks || reopens || !current) {
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
