/**
 * Which of the runtimes a question names it is about: a bare "ec2" gives way to an explicit runtime, a runtime
 * after "like" or "unlike" is only a point of reference, one said not to be in use ("no MNG") is left out, the one
 * runtime named in the clause that asks wins over those named in the sentences around it, one taken back ("MNG, no
 * wait, self-managed") is not asked about, and a question asked during a move is about where the move ends.
 */
import type { RuntimeId } from "../knowledge/model.js";
import { askingSentence } from "../text/tokenise.js";
import { findCorrection } from "./find-correction.js";
import { CHANGE_PATTERN, COMPARE_VERB_PATTERN } from "./intent-patterns.js";
import { isSetAside } from "./is-set-aside.js";
import type { TopicVerdict } from "./judge-topics.js";
import type { ParsedQuestion } from "./parse-question.js";
import type { QuestionShape } from "./read-shape.js";

/**
 * The runtimes a question is about. A bare "ec2" next to an explicit runtime is usually the EC2 service, not
 * the self-managed runtime ("the EC2 and EBS services Auto Mode sits on"), unless the question compares or moves.
 */
export function effectiveRuntimes(question: ParsedQuestion): readonly RuntimeId[] {
  const { mentions: written, runtimes: every } = question.runtimes;
  // "on MNG, no wait, self-managed": the runtimes named before a correction are taken back.
  // A comparison keeps every runtime it names ("compare MNG and, sorry, Fargate too").
  const correction = COMPARE_VERB_PATTERN.test(question.shape) ? 0 : findCorrection(question.tokens, written);
  const named = written.slice(correction);
  const comparing = correction === 0 && question.runtimes.comparing;
  // "our own EC2 workers, no managed node groups": a runtime said not to be in use is not asked about.
  const affirmed = named.filter((mention) => !isSetAside(question.tokens, mention.start));
  const all = affirmed.length > 0 ? affirmed : named;
  // "on fargate, like on our ec2 nodes": the runtime after "like" is a point of reference, not the one asked about.
  const asked = all.filter((mention) => !isReference(question.tokens, mention.start));
  const mentions = comparing || asked.length === 0 ? all : asked;
  const runtimes = every.filter((id) => mentions.some((mention) => mention.runtime === id));
  const explicit = new Set(mentions.filter((mention) => !mention.neutral).map((mention) => mention.runtime));
  if (explicit.size === 0 || comparing) return runtimes;
  const weak = new Set(
    mentions
      .filter((mention) => mention.neutral && /ec2$/.test(mention.runtime) && !explicit.has(mention.runtime))
      .map((mention) => mention.runtime),
  );
  return runtimes.filter(
    (id) => !weak.has(id) || mentions.some((mention) => mention.runtime === id && !mention.neutral),
  );
}

/**
 * When the clause that asks names one of several runtimes and the topic, that runtime is the one asked about:
 * "We left MNG for Auto Mode last year. On Auto Mode, who keeps CoreDNS updated?" is about Auto Mode, not a move.
 */
export function askedRuntimes(
  question: ParsedQuestion,
  named: readonly RuntimeId[],
  verdict: TopicVerdict,
  context: ReadonlySet<string>,
): readonly RuntimeId[] {
  if (named.length < 2 || verdict.kind !== "answer") return named;
  // "On self-managed nodes we run kube-bench ourselves. Does AWS do those CIS checks for Auto Mode nodes?": when
  // only the sentence that asks names one of them, and no comparison or move is asked, that one is asked about.
  const sentence = askingSentence(question.tokens);
  const inAsking = new Set(
    question.runtimes.mentions
      .filter(
        (mention) => question.tokens[mention.start]?.sentence === sentence && named.includes(mention.runtime),
      )
      .map((mention) => mention.runtime),
  );
  const [only] = inAsking;
  if (
    only !== undefined &&
    inAsking.size === 1 &&
    !question.runtimes.comparing &&
    !COMPARE_VERB_PATTERN.test(question.text) &&
    !CHANGE_PATTERN.test(question.text)
  )
    return [only];
  if (context.size === 0) return named;
  if (verdict.best.explained.every((stem) => context.has(stem))) return named;
  const asked = new Set(
    question.runtimes.mentions
      .filter(
        (mention) => named.includes(mention.runtime) && (question.tokens[mention.start]?.weight ?? 0) >= 1,
      )
      .map((mention) => mention.runtime),
  );
  return asked.size === 1 ? [...asked] : named;
}

/**
 * The one runtime a question that names several is really about, or null. A move already made is about where the
 * team is now ("We left MNG for Auto Mode last year. Does AWS harden our images?"), and so is one topic asked who
 * owns, or asked of one party, during a move ("If we switch from MNG to Fargate, who runs the per-node agents?",
 * "after moving to Auto Mode, is cluster DNS still ours?"), unless it asks what changes. Otherwise the runtime the
 * closing clauses name again ("Moving from MNG to Fargate. On Fargate, who bumps the pods' version?"; "Currently on
 * Fargate profiles, looking at MNG. With MNG, who ...?").
 */
export function settledRuntime(
  question: ParsedQuestion,
  shape: QuestionShape,
  verdict: TopicVerdict,
  named: readonly RuntimeId[],
): RuntimeId | null {
  if (shape.difference && verdict.kind === "answer") {
    const yesNo = question.asked !== null && !/\b(?:what|which)\b/.test(question.text);
    const asksOfOne =
      verdict.strong && !shape.compare && !CHANGE_PATTERN.test(question.text) && (shape.asksWho || yesNo);
    if (shape.settledMove || asksOfOne) return shape.difference.to;
  }
  return shape.difference || !shape.compare ? closingRuntime(question, named, verdict) : null;
}

/**
 * "Moving off ECS Fargate to ECS on EC2. On the EC2 launch type, do we have to grow the capacity ourselves?": the
 * move is context when the clauses after the last mention of the other runtime name only one runtime of the move
 * again, carry the topic and say nothing of a change. That runtime is the one asked about; otherwise null.
 */
function closingRuntime(
  question: ParsedQuestion,
  named: readonly RuntimeId[],
  verdict: TopicVerdict,
): RuntimeId | null {
  if (named.length < 2 || verdict.kind !== "answer") return null;
  const { mentions } = question.runtimes;
  const last = mentions.at(-1);
  if (!last || !named.includes(last.runtime)) return null;
  const other = mentions.findLast((mention) => mention.runtime !== last.runtime);
  const { tokens } = question;
  let start = last.start;
  while (start > 0 && tokens[start - 1]?.clause === tokens[last.start]?.clause) start--;
  if (!other || other.end > start) return null;
  // The closing clauses name a runtime of the move again; naming it for the first time states the move itself
  // ("... the target is EKS with managed node groups").
  if (!mentions.some((mention) => mention.runtime === last.runtime && mention.end <= start)) return null;
  const tail = tokens.slice(start);
  const words = tail.map((token) => token.raw).join(" ");
  if (CHANGE_PATTERN.test(words) || COMPARE_VERB_PATTERN.test(words)) return null;
  const stems = new Set(tail.map((token) => token.stem));
  return verdict.best.explained.some((stem) => stems.has(stem)) ? last.runtime : null;
}

/** Words allowed between "like" and the runtime it points at ("like on our ec2 nodes", "unlike with the mng"). */
const REFERENCE_GAP = new Set(["on", "with", "in", "for", "our", "the", "a", "an", "we", "do", "did"]);
/** Words before "like" that make it the verb ("we like fargate", "would like"), not a comparison. */
const LIKE_AS_VERB = new Set(["i", "we", "you", "they", "would", "d", "really", "also", "dont", "not"]);

/** True when the mention at `start` follows "like"/"unlike" or "as on"/"as with": a point of reference. */
function isReference(tokens: ParsedQuestion["tokens"], start: number): boolean {
  let position = start - 1;
  while (position >= 0 && start - position <= 3 && REFERENCE_GAP.has(tokens[position]?.raw ?? "")) position--;
  const word = tokens[position]?.raw;
  if (word === "unlike") return true;
  if (word === "like") return !LIKE_AS_VERB.has(tokens[position - 1]?.raw ?? "");
  // "is it the same story on MNG as on self-managed nodes?" sets the two side by side.
  const same = tokens.some(
    (token, at) => at < position && token.raw === "same" && token.clause === tokens[position]?.clause,
  );
  return (
    word === "as" &&
    !same &&
    position < start - 1 &&
    ["on", "with", "in"].includes(tokens[position + 1]?.raw ?? "")
  );
}

/** One runtime when exactly one was named; a bare "ec2" gives way to an explicit runtime ("EC2 instances in MNG"). */
export function singleRuntime(named: readonly RuntimeId[], explicit: readonly RuntimeId[]): RuntimeId | null {
  if (named.length === 1) return named[0] ?? null;
  const distinctExplicit = [...new Set(explicit)];
  return distinctExplicit.length === 1 ? (distinctExplicit[0] ?? null) : null;
}
