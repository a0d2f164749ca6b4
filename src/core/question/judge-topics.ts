/**
 * Decides whether the topic evidence answers the question (one topic clearly best), asks "did you mean" (several
 * topics explain the same words about as well), or is not enough. A topic that explains only part of what the
 * best one explains ("control plane" against "control plane patching") is a weaker reading, not an ambiguity.
 */
import { CONFIDENCE } from "../match/matcher-weights.js";
import type { TopicScore } from "../match/topic-matcher.js";
import type { Token } from "../text/tokenise.js";

export type TopicVerdict =
  | { readonly kind: "answer"; readonly best: TopicScore; readonly strong: boolean }
  | { readonly kind: "clarify"; readonly candidates: readonly TopicScore[] }
  | { readonly kind: "none"; readonly suggestions: readonly TopicScore[] };

/**
 * `contextStems` are the stems of words only outside the clause that asks (see weigh-clauses.ts): a topic that
 * owes its difference from the best to them reads the context, not the question.
 */
export function judgeTopics(
  scores: readonly TopicScore[],
  contextStems: ReadonlySet<string> = NO_STEMS,
): TopicVerdict {
  const best = moreFocused(moreSpecific(scores), scores, contextStems);
  if (!best) return { kind: "none", suggestions: [] };
  const rivals = scores.filter((score) => score !== best && isRival(score, best, contextStems));
  // A high score answers however much else the question says (long messages with context); a lower one needs a
  // whole alias or most of the question explained.
  const confident =
    best.score >= CONFIDENCE.minAnswer ||
    (best.phrase && best.score >= CONFIDENCE.minAnswerPhrase && best.coverage >= CONFIDENCE.minCoverage) ||
    (best.phrase &&
      best.coverage >= CONFIDENCE.minCoverageAnswer &&
      best.score >= CONFIDENCE.minAnswerCovered);
  if (rivals.length === 0 && confident) {
    // Strong: enough to override list, comparison and overview cues in the same question.
    // A whole alias that is a sliver of the question ("tasks" in a long request to compare) is not strong.
    const strong =
      best.score >= CONFIDENCE.minAnswer &&
      (best.phrase || best.coverage >= CONFIDENCE.minCoverageAnswer) &&
      best.coverage >= CONFIDENCE.minCoverage;
    return { kind: "answer", best, strong };
  }
  const candidates = [best, ...rivals].slice(0, CONFIDENCE.maxCandidates);
  // Worth asking about: a strong best, a whole alias, or a question that is all topic words ("who owns access?").
  // Half an alias on one word of a longer question ("the platform team's jira board") is not.
  const relevant =
    best.score >= CONFIDENCE.minAnswer ||
    (best.phrase &&
      best.score >= CONFIDENCE.minClarify &&
      best.coverage >= CONFIDENCE.minCoverageClarifyAll) ||
    (best.coverage >= CONFIDENCE.minCoverageClarify && best.specific);
  if (candidates.length >= 2 && relevant) return { kind: "clarify", candidates };
  return { kind: "none", suggestions: scores.slice(0, 3) };
}

/**
 * A rival is close in score and reads the question differently: it explains every word the best explains (and
 * the best is no whole alias), or it owes a real share of its score to words the best does not explain. A topic
 * that is mostly a subset of the best ("control plane" against "control plane patching", "keep ... patched"
 * against "kubelet patched") is a weaker reading, not an ambiguity.
 */
function isRival(score: TopicScore, best: TopicScore, contextStems: ReadonlySet<string>): boolean {
  if (score.explained.length === 0 || (best.specific && !score.specific)) return false;
  const covers = best.explained.every((stem) => score.explained.includes(stem));
  if (covers && !best.phrase && score.score >= best.score * CONFIDENCE.sameWordsRatio) return true;
  if (score.score < best.score * CONFIDENCE.closeRatio) return false;
  const owns = (stem: string) => !best.explained.includes(stem) && !contextStems.has(stem);
  // Exactly the same words, but only the best names a whole alias ("pod iam role" against part of "pod execution
  // role"), or only the best finds a name of several words word for word ("the Kubernetes version upgrade of the
  // control plane" against node upgrades that mention the control plane in passing): the best reading is the
  // clearer one. A topic that explains more words than the best stays a rival.
  const clearer = best.phrase && (!score.phrase || (best.phraseSpan !== null && score.phraseSpan === null));
  if (covers) return !clearer || score.explained.some(owns);
  let own = 0;
  score.explained.forEach((stem, index) => {
    if (owns(stem)) own += score.explainedValues[index] ?? 0;
  });
  return own >= score.score * CONFIDENCE.ownShare;
}

const NO_STEMS: ReadonlySet<string> = new Set();

/**
 * The best topic, or a close one that owes clearly more of its score to the clause that asks: "We've mapped IAM
 * roles with access entries. Who decides what each user may do via RoleBindings?" is about RBAC, although the
 * context sentence gives cluster authentication as much in all.
 */
function moreFocused(
  best: TopicScore | undefined,
  scores: readonly TopicScore[],
  contextStems: ReadonlySet<string>,
): TopicScore | undefined {
  if (!best || contextStems.size === 0) return best;
  const asked = (score: TopicScore) =>
    score.explained.reduce(
      (sum, stem, index) => (contextStems.has(stem) ? sum : sum + (score.explainedValues[index] ?? 0)),
      0,
    );
  const bestAsked = asked(best);
  let chosen = best;
  let chosenAsked = bestAsked;
  for (const score of scores) {
    if (score === best || score.score < best.score * CONFIDENCE.closeRatio) continue;
    const value = asked(score);
    if (value > chosenAsked && value >= bestAsked * CONFIDENCE.focusedRatio) {
      chosen = score;
      chosenAsked = value;
    }
  }
  return chosen;
}

/**
 * The best topic, or a close second whose alias found word for word contains the best's ("per-task security
 * groups" against "security groups"): the longer name is the more specific reading of the same words.
 */
function moreSpecific(scores: readonly TopicScore[]): TopicScore | undefined {
  const best = scores[0];
  // Everyday words only ("keep ... up to date") against a close topic that names a domain word ("containerd").
  if (best && !best.specific) {
    const named = scores.find((score) => score.specific && score.score >= best.score * CONFIDENCE.closeRatio);
    if (named) return named;
  }
  const span = best?.phraseSpan;
  if (!best || !span) return best;
  return (
    scores.find((score) => {
      const wider = score.phraseSpan;
      return (
        score !== best &&
        score.score >= best.score * CONFIDENCE.closeRatio &&
        wider !== null &&
        wider[0] <= span[0] &&
        wider[1] >= span[1] &&
        wider[1] - wider[0] > span[1] - span[0]
      );
    }) ?? best
  );
}

/**
 * Stems whose every occurrence is outside the clause that asks (weighed down by weigh-clauses.ts). None when that
 * clause names nothing itself ("health checks and replica counts for ecs services, whose job?"): then the rest
 * is what it asks about.
 */
export function contextOnlyStems(tokens: readonly Token[]): ReadonlySet<string> {
  if (!tokens.some((token) => token.weight < 1) || !tokens.some((token) => token.weight >= 1 && !token.stop))
    return NO_STEMS;
  const asked = new Set(tokens.filter((token) => token.weight >= 1).map((token) => token.stem));
  return new Set(tokens.filter((token) => !asked.has(token.stem)).map((token) => token.stem));
}
