/**
 * Decides whether the topic evidence answers the question (one topic clearly best), asks "did you mean" (several
 * topics explain the same words about as well), or is not enough. A topic that explains only part of what the
 * best one explains ("control plane" against "control plane patching") is a weaker reading, not an ambiguity.
 */
import { CONFIDENCE } from "../match/matcher-weights.js";
import type { TopicScore } from "../match/topic-matcher.js";

export type TopicVerdict =
  | { readonly kind: "answer"; readonly best: TopicScore; readonly strong: boolean }
  | { readonly kind: "clarify"; readonly candidates: readonly TopicScore[] }
  | { readonly kind: "none"; readonly suggestions: readonly TopicScore[] };

export function judgeTopics(scores: readonly TopicScore[]): TopicVerdict {
  const best = scores[0];
  if (!best) return { kind: "none", suggestions: [] };
  const rivals = scores.slice(1).filter((score) => isRival(score, best));
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
    const strong =
      best.score >= CONFIDENCE.minAnswer && (best.phrase || best.coverage >= CONFIDENCE.minCoverageAnswer);
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
function isRival(score: TopicScore, best: TopicScore): boolean {
  if (score.explained.length === 0) return false;
  const covers = best.explained.every((stem) => score.explained.includes(stem));
  if (covers && !best.phrase && score.score >= best.score * CONFIDENCE.sameWordsRatio) return true;
  if (score.score < best.score * CONFIDENCE.closeRatio) return false;
  // Exactly the same words, but only the best names a whole alias ("pod iam role" against part of "pod execution
  // role"): the best reading is the clearer one. A topic that explains more words than the best stays a rival.
  if (covers)
    return !best.phrase || score.phrase || score.explained.some((stem) => !best.explained.includes(stem));
  let own = 0;
  score.explained.forEach((stem, index) => {
    if (!best.explained.includes(stem)) own += score.explainedValues[index] ?? 0;
  });
  return own >= score.score * CONFIDENCE.ownShare;
}
