/**
 * Finds the clause that asks the question and lets the words around it count less: in "fargate pods get recycled
 * for patches, who makes sure the app stays available" the topic is availability, and in "who configures
 * minAvailable so node replacements don't take us down" it is the PDB, not node replacement. Clauses end at
 * punctuation and at subordinating words (so, because, when, after...); a clause asks the question when it holds
 * a question word (not a relative one: "the retention, which we sorted"), opens with an auxiliary ("is this
 * ours?") or a request ("list everything ..."). Without such a clause every word counts fully. A clause that only
 * names a runtime frames the question after it ("On Auto Mode, who ..."), and a pointer ("who keeps that
 * updated?") brings in the nearest clause before it that names something. An aside in parentheses only
 * elaborates ("node settings (instance types, subnets, storage) in the NodeClass"), so it counts less than the
 * words around it; one that excludes ("(not the container images)") is dropped before (drop-excluded-asides.ts).
 */
import { MATCHER_WEIGHTS } from "../match/matcher-weights.js";
import type { Token } from "../text/tokenise.js";
import {
  AUXILIARIES,
  DETERMINERS,
  FRAME_MAX_WORDS,
  FRAME_PREPOSITIONS,
  FRAME_WORDS,
  INDEFINITE_HEADS,
  POINTERS,
  QUESTION_WORDS,
  RELATIVES,
  REQUESTS,
  SETUP_WORDS,
  SUBJECTS,
  SUBORDINATORS,
} from "./clause-words.js";
import { MACHINE_WORDS } from "./intent-patterns.js";
import { isLooksAfter } from "./weigh-time-phrases.js";

/**
 * Weighs the words of the question (see the module comment). `runtimeWords` are the positions of runtime names,
 * which say nothing about the topic: an aside counts less only when the words around it name something else.
 */
export function weighClauses(tokens: readonly Token[], runtimeWords: ReadonlySet<number>): Token[] {
  const runtimeTokens = new Set(tokens.filter((_, position) => runtimeWords.has(position)));
  if (!tokens.some((token) => token.aside > 0)) return weighMain(tokens, runtimeTokens);
  const main = weighMain(
    tokens.filter((token) => token.aside === 0),
    runtimeTokens,
  );
  const elaborates = tokens.some((token) => token.aside === 0 && isNoun(token, runtimeTokens));
  let next = 0;
  return tokens.map((token) => {
    if (token.aside === 0) return main[next++] ?? token;
    return elaborates ? { ...token, weight: MATCHER_WEIGHTS.contextWord } : token;
  });
}

function weighMain(tokens: readonly Token[], runtimeTokens: ReadonlySet<Token>): Token[] {
  interface Clause {
    readonly start: number;
    readonly sentence: number;
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
    // "..., so who owns X?", "so does moving make it AWS's problem?" draw the conclusion that is the question; "so"
    // before anything else subordinates.
    const soAsks =
      token.raw === "so" && next !== undefined && (QUESTION_WORDS.has(next.raw) || AUXILIARIES.has(next.raw));
    const subordinator =
      (SUBORDINATORS.has(token.raw) && !soAsks && !isLooksAfter(previous, token)) ||
      (token.raw === "when" && !whenAsks);
    // A question word deep inside a subordinate clause starts the question itself ("when a cve lands who builds...").
    const reopens =
      current?.subordinate === true && QUESTION_WORDS.has(token.raw) && position - (current?.start ?? 0) >= 2;
    if (punctuationBreak || subordinator || soAsks || reopens || !current) {
      current = { start: position, sentence: token.sentence, subordinate: subordinator, asks: soAsks };
      clauses.push(current);
    }
    const opens = position === current.start;
    // "cloudtrail retention, which we sorted": right after a noun, "which" or "who" relates, it does not ask;
    // "arguing about whether devs get cluster-admin" reports a question, only an opening "whether" asks one.
    const relates = !opens && RELATIVES.has(token.raw) && isNoun(previous, runtimeTokens);
    if ((QUESTION_WORDS.has(token.raw) && !relates && (token.raw !== "whether" || opens)) || whenAsks)
      current.asks = true;
    // "can't ssh in to grab them" states a limit; "can't we ssh in?" asks.
    // "isn't scanning something AWS does?" asks too: a state has no subject to drop.
    const statesLimit =
      next?.raw === "not" && !SUBJECTS.has(tokens[position + 2]?.raw ?? "") && !STATES.has(token.raw);
    // "On MNG do we have to ...?": an auxiliary after nothing but a runtime and its preposition opens the clause too.
    const start = current.start;
    const framed =
      !opens &&
      position - start <= FRAME_MAX_WORDS &&
      FRAME_PREPOSITIONS.has(tokens[start]?.raw ?? "") &&
      tokens.slice(start, position).every((word) => runtimeTokens.has(word) || FRAME_WORDS.has(word.raw));
    if ((opens || framed) && AUXILIARIES.has(token.raw) && !statesLimit) current.asks = true;
    // A request asks too: "List everything that's our duty.", "please show me the split".
    const leads = opens || (position === current.start + 1 && previous?.raw === "please");
    if (leads && REQUESTS.has(token.raw)) current.asks = true;
    clauseOf.push(clauses.length - 1);
  });
  const focus = clauses.map((clause) => clause.asks && !clause.subordinate);
  // Whether each clause names something besides a runtime.
  const names = clauses.map(() => false);
  tokens.forEach((token, position) => {
    if (isNoun(token, runtimeTokens)) names[clauseOf[position] ?? 0] = true;
  });
  // "who notices if someone breaks into a container?", "who pays when ...": a question that is "who" and a verb
  // asks about the clause that follows, subordinate or not.
  const verbOnly = (index: number) => {
    const start = clauses[index]?.start ?? 0;
    const words = tokens
      .slice(start, clauses[index + 1]?.start ?? tokens.length)
      .filter((token) => !token.stop);
    return words.length === 1 && tokens[start]?.raw === "who" && tokens[start + 1] === words[0];
  };
  for (let index = 0; index + 1 < focus.length; index++) {
    if (focus[index] && verbOnly(index) && clauses[index + 1]?.subordinate) focus[index + 1] = true;
  }
  // "On Auto Mode, who ...?": a clause that only names a runtime frames the question after it.
  for (let index = focus.length - 2; index >= 0; index--) {
    if (!focus[index] && focus[index + 1] && !names[index]) focus[index] = true;
  }
  // "..., EKS Auto Mode and EKS on Fargate?": a clause that only names runtimes goes on with the question before it.
  for (let index = 1; index < focus.length; index++) {
    const sameSentence = clauses[index]?.sentence === clauses[index - 1]?.sentence;
    if (!focus[index] && focus[index - 1] && !names[index] && sameSentence) focus[index] = true;
  }
  // A question clause that points back ("security groups for pods: who sets that up?", "CNI on Fargate: am I
  // supposed to update it?") leans on the clause before it that names something, which counts fully too.
  // Whether the clause names a thing before each word ("the workers", a determiner and a noun): "roll the workers
  // to bring them in line" points at its own workers, not back at the sentence before; "who keeps that updated"
  // names nothing before "that".
  const namedBefore: boolean[] = [];
  tokens.forEach((_, position) => {
    const sameClause = clauseOf[position - 1] === clauseOf[position];
    const previous = tokens[position - 1];
    const named =
      previous !== undefined &&
      isNoun(previous, runtimeTokens) &&
      DETERMINERS.has(tokens[position - 2]?.raw ?? "") &&
      clauseOf[position - 2] === clauseOf[position];
    namedBefore.push(sameClause && ((namedBefore[position - 1] ?? false) || named));
  });
  const pointer = tokens.findIndex(
    (token, position) =>
      focus[clauseOf[position] ?? 0] &&
      POINTERS.has(token.raw) &&
      !namedBefore[position] &&
      // "the dns that resolves our names": after a noun phrase, "that" relates rather than points back.
      !(token.raw === "that" && followsNounPhrase(tokens, position, runtimeTokens)) &&
      // "is it on us to have PDBs in place?": "it" standing for the "to ..." that follows points at nothing before.
      !(token.raw === "it" && introducesInfinitive(tokens, position, runtimeTokens)) &&
      // "who runs containment on this?": after a preposition, once the clause has named its own object, the
      // pointer only says what the question concerns.
      !(
        FRAME_PREPOSITIONS.has(tokens[position - 1]?.raw ?? "") &&
        namesBefore(tokens, position, runtimeTokens)
      ) &&
      // "those boxes", "these nodes" point at the machines of the runtime named before, not at the topic.
      !MACHINE_WORDS.has(tokens[position + 1]?.raw ?? "") &&
      !SETUP_WORDS.has(tokens[position + 1]?.raw ?? ""),
  );
  if (!focus.some(Boolean)) return [...tokens];
  // "The task role has AdministratorAccess. ECS Fargate. Who remediates?": a sentence of "who" and a verb has no
  // object of its own, so it asks about what came before, as a pointer would.
  const last = clauses.length - 1;
  const closing =
    pointer < 0 &&
    last > 0 &&
    focus[last] &&
    verbOnly(last) &&
    clauses[last]?.sentence !== clauses[last - 1]?.sentence &&
    !focus.some((asks, index) => asks && index < last && names[index])
      ? (clauses[last]?.start ?? -1)
      : pointer;
  if (closing >= 0) {
    // The sentence before the pointer that names something is what it points at, all of it ("We want our pods to
    // get their own security group, separate from the rest. Whose job is setting that up?").
    const own = clauses[clauseOf[closing] ?? 0]?.sentence;
    let referent: number | undefined;
    for (let index = (clauseOf[closing] ?? 0) - 1; index >= 0; index--) {
      const sentence = clauses[index]?.sentence;
      if (referent !== undefined && sentence !== referent) break;
      focus[index] = true;
      if (names[index] && referent === undefined) referent = sentence === own ? -1 : sentence;
      if (referent === -1) break;
    }
  }
  return tokens.map((token, position) =>
    focus[clauseOf[position] ?? 0] ? token : { ...token, weight: MATCHER_WEIGHTS.contextWord },
  );
}

/** True when "to" and a content word follow the "it" at `position` in its clause ("is it on us to have PDBs"). */
function introducesInfinitive(tokens: readonly Token[], position: number, runtimeTokens: ReadonlySet<Token>) {
  const clause = tokens[position]?.clause;
  for (let at = position + 1; at < tokens.length && tokens[at]?.clause === clause; at++) {
    if (tokens[at]?.raw !== "to") continue;
    for (let next = at + 1; next < tokens.length && tokens[next]?.clause === clause; next++)
      if (isNoun(tokens[next], runtimeTokens)) return true;
    return false;
  }
  return false;
}

/** Auxiliaries of being: "isn't X ...?" at a clause's opening asks, where "can't ssh in" states a limit. */
const STATES = new Set(["is", "are", "was", "were"]);

/** True when a content word comes before `position` in its clause. */
function namesBefore(tokens: readonly Token[], position: number, runtimeTokens: ReadonlySet<Token>): boolean {
  const clause = tokens[position]?.clause;
  for (let at = position - 1; at >= 0 && tokens[at]?.clause === clause; at--)
    if (isNoun(tokens[at], runtimeTokens)) return true;
  return false;
}

/** "the in-cluster dns that": a noun opened by a determiner shortly before, not a verb ("who keeps that"). */
function followsNounPhrase(tokens: readonly Token[], position: number, runtimeTokens: ReadonlySet<Token>) {
  if (INDEFINITE_HEADS.has(tokens[position - 1]?.raw ?? "")) return true;
  if (!isNoun(tokens[position - 1], runtimeTokens)) return false;
  for (let back = position - 2; back >= 0 && back >= position - 4; back--) {
    if (DETERMINERS.has(tokens[back]?.raw ?? "")) return true;
  }
  return false;
}

/** A content word that is not part of a runtime's name: what a relative "which" or "that" follows. */
function isNoun(token: Token | undefined, runtimeTokens: ReadonlySet<Token>): boolean {
  return token !== undefined && !token.stop && !runtimeTokens.has(token);
}
