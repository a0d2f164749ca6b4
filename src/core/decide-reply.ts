/**
 * Decides what a parsed question gets: refusals first (other language, other cloud, out of scope), then help,
 * difference, comparison, owner lists and runtime overviews when their patterns match and no topic clearly
 * does, then a topic answer when one topic is clearly best, "did you mean" when several are close, and not-found
 * when nothing is relevant. Never guesses: an unclear match asks instead of answering.
 */
import { composeAnswer } from "./compose/compose-answer.js";
import {
  composeClarify,
  composeHelp,
  composeNotFound,
  composeRuntimeInfo,
} from "./compose/compose-guidance.js";
import { composeComparison, composeDifference, composeList } from "./compose/compose-tables.js";
import type { KnowledgeIndex } from "./knowledge/knowledge-index.js";
import { RUNTIME_IDS, type RuntimeId } from "./knowledge/model.js";
import { CONFIDENCE } from "./match/matcher-weights.js";
import type { TopicScore } from "./match/topic-matcher.js";
import {
  COMPARE_PATTERN,
  DIFFERENCE_PATTERNS,
  HELP_HINT_PATTERN,
  HELP_PATTERN,
  LIST_PATTERNS,
  RUNTIME_INFO_PATTERN,
} from "./question/intent-patterns.js";
import type { ParsedQuestion } from "./question/parse-question.js";
import type { Reply } from "./reply.js";

type TopicVerdict =
  | { readonly kind: "answer"; readonly best: TopicScore }
  | { readonly kind: "clarify"; readonly candidates: readonly TopicScore[] }
  | { readonly kind: "none"; readonly suggestions: readonly TopicScore[] };

export function decideReply(index: KnowledgeIndex, question: ParsedQuestion): Reply {
  const notices = question.truncated ? ["Your message was long, so I only read the beginning of it."] : [];
  const common = { notices };
  if (question.blank || HELP_PATTERN.test(question.text)) return composeHelp(index, common);
  if (!question.english) return composeNotFound(index, { ...common, reason: "other-language" });
  if (question.outOfScope === "other-cloud")
    return composeNotFound(index, { ...common, reason: "other-cloud" });

  const { runtimes: found } = question;
  const verdict = judgeTopics(question.topics);
  const named = found.runtimes;
  if (question.outOfScope === "non-container" && named.length === 0 && verdict.kind !== "answer") {
    return composeNotFound(index, { ...common, reason: "out-of-scope" });
  }
  const explicit = found.mentions.filter((mention) => !mention.neutral).map((mention) => mention.runtime);
  const familyScope = scopeOfFamilies(index, found.families);
  const strongTopic = verdict.kind === "answer" && verdict.best.phrase;
  const answer = (best: TopicScore, scope?: readonly RuntimeId[]) => {
    const runtime = scope ? null : singleRuntime(named, explicit);
    return composeAnswer(index, {
      topic: topicOf(index, best.topicId),
      runtime,
      scope: scope ?? (runtime ? undefined : named.length >= 2 ? named : familyScope),
      asked: question.asked,
      capabilities: best.capabilities,
      framework: question.framework,
      notices,
    });
  };

  if (
    named.length >= 2 &&
    !strongTopic &&
    DIFFERENCE_PATTERNS.some((pattern) => pattern.test(question.shape))
  ) {
    const [from, to] = orderForDifference(question, named);
    return composeDifference(index, { ...common, from, to });
  }

  const listOwner = LIST_PATTERNS.find(([pattern]) => pattern.test(question.text))?.[1];
  if (listOwner && named.length <= 1 && verdict.kind !== "answer") {
    const only = named[0];
    if (only) return composeList(index, { ...common, runtime: only, owner: listOwner });
    return composeComparison(index, { ...common, runtimes: familyScope, category: question.category });
  }

  const wide = named.length >= 2 || found.all || found.families.size > 0 || question.category !== null;
  if (COMPARE_PATTERN.test(question.shape) && wide) {
    const runtimes = named.length >= 2 ? named : familyScope;
    if (question.category === null && verdict.kind === "answer" && strongTopic)
      return answer(verdict.best, runtimes);
    return composeComparison(index, { ...common, runtimes, category: question.category });
  }

  const only = named.length === 1 ? named[0] : undefined;
  const aboutRuntime = only !== undefined && RUNTIME_INFO_PATTERN.test(question.shape);
  if (verdict.kind === "answer" && !(aboutRuntime && !strongTopic)) return answer(verdict.best);
  if (only && (verdict.kind === "none" || aboutRuntime)) {
    return composeRuntimeInfo(index, { ...common, runtime: only });
  }
  if (verdict.kind === "clarify") {
    return composeClarify(index, {
      ...common,
      candidates: verdict.candidates.map((candidate) => candidate.topicId),
      runtime: singleRuntime(named, explicit),
    });
  }
  if (named.length >= 2 || (found.all && named.length === 0)) {
    return composeComparison(index, {
      ...common,
      runtimes: named.length >= 2 ? named : familyScope,
      category: question.category,
    });
  }
  if (HELP_HINT_PATTERN.test(question.text)) return composeHelp(index, common);
  return composeNotFound(index, {
    ...common,
    reason: "no-match",
    suggestions: (verdict.kind === "none" ? verdict.suggestions : []).map((suggestion) => suggestion.topicId),
  });
}

function judgeTopics(scores: readonly TopicScore[]): TopicVerdict {
  const best = scores[0];
  if (!best) return { kind: "none", suggestions: [] };
  // A rival is close in score and explains something the best does not; one that explains only a subset of the
  // best's words ("control plane" against "control plane patching") is a weaker reading, not an ambiguity.
  const rivals = scores
    .slice(1)
    .filter(
      (score) =>
        score.score >= best.score * CONFIDENCE.closeRatio && !isStrictSubset(score.explained, best.explained),
    );
  const strong =
    best.score >= CONFIDENCE.minAnswer ||
    (best.phrase && best.score >= CONFIDENCE.minAnswerPhrase) ||
    (best.coverage >= CONFIDENCE.minCoverageAnswer && best.score >= CONFIDENCE.minAnswerCovered);
  const relevant = best.score >= CONFIDENCE.minClarify || best.coverage >= CONFIDENCE.minCoverageClarify;
  if (rivals.length === 0 && strong && best.coverage >= CONFIDENCE.minCoverage)
    return { kind: "answer", best };
  const candidates = [best, ...rivals].slice(0, CONFIDENCE.maxCandidates);
  if (candidates.length >= 2 && relevant && best.coverage >= CONFIDENCE.minCoverage) {
    return { kind: "clarify", candidates };
  }
  const runnerUp = scores[1];
  if (
    relevant &&
    runnerUp &&
    best.coverage >= CONFIDENCE.minCoverageClarify &&
    runnerUp.score >= CONFIDENCE.minClarify
  ) {
    return { kind: "clarify", candidates: [best, runnerUp] };
  }
  return { kind: "none", suggestions: scores.slice(0, 3) };
}

function isStrictSubset(small: readonly string[], large: readonly string[]): boolean {
  return small.length < large.length && small.every((stem) => large.includes(stem));
}

/** One runtime when exactly one was named; a bare "ec2" gives way to an explicit runtime ("EC2 instances in MNG"). */
function singleRuntime(named: readonly RuntimeId[], explicit: readonly RuntimeId[]): RuntimeId | null {
  if (named.length === 1) return named[0] ?? null;
  const distinctExplicit = [...new Set(explicit)];
  return distinctExplicit.length === 1 ? (distinctExplicit[0] ?? null) : null;
}

function scopeOfFamilies(index: KnowledgeIndex, families: ReadonlySet<"eks" | "ecs">): readonly RuntimeId[] {
  if (families.size !== 1) return RUNTIME_IDS;
  const [family] = families;
  return family ? index.family(family) : RUNTIME_IDS;
}

/** "from X to Y" or "move to Y" fix the direction; otherwise the first runtime named is where you come from. */
function orderForDifference(question: ParsedQuestion, named: readonly RuntimeId[]): [RuntimeId, RuntimeId] {
  const first = named[0] ?? "eks-ec2";
  const second = named[1] ?? "eks-fargate";
  const mentions = question.runtimes.mentions;
  const words = question.tokens.map((token) => token.raw);
  const toMention = mentions.find(
    (mention) =>
      /^(?:to|onto|into|towards?)$/.test(words[mention.start - 1] ?? "") ||
      (words[mention.start - 1] === "the" && /^(?:to|onto|into)$/.test(words[mention.start - 2] ?? "")),
  );
  const fromMention = mentions.find((mention) => words[mention.start - 1] === "from");
  if (fromMention && fromMention.runtime !== second && !toMention)
    return [fromMention.runtime, fromMention.runtime === first ? second : first];
  if (toMention) {
    const from =
      fromMention && fromMention.runtime !== toMention.runtime
        ? fromMention.runtime
        : (named.find((id) => id !== toMention.runtime) ?? first);
    return [from, toMention.runtime];
  }
  return [first, second];
}

function topicOf(index: KnowledgeIndex, id: string) {
  const topic = index.topic(id);
  // Scores only ever name topics of this knowledge base.
  if (!topic) throw new Error(`topic ${id} is missing from the knowledge`);
  return topic;
}
