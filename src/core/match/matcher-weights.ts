/**
 * Tunables of the topic matcher and of the confidence decision, as one documented object. Calibrated on the
 * dev split of the labelled questions (`npm run eval`); the test split is never used to tune them.
 */
export const MATCHER_WEIGHTS = {
  /** Topic name and aliases are what people type for the topic. */
  name: 1,
  alias: 1,
  /** Capability aliases point at the capability's topic ("gpu" -> compute hosts). */
  capability: 0.9,
  /** Keywords hint at a topic without naming it. */
  keyword: 0.45,
  /** Framework names point at compliance topics; ownership of compliance is the stronger reading. */
  frameworkTopics: [
    ["industry-compliance", 0.7],
    ["aws-compliance-attestations", 0.5],
  ] as const,
  /** Words outside the clause that asks the question count this much. */
  contextWord: 0.5,
  /** Runtime words that are also topic words ("node" in "managed node groups") count this much. */
  runtimeWord: 0.5,
  /** Weight of a word the knowledge does not know, when measuring how much of a question a topic explains. */
  unknownWord: 2.5,
  /** How much a word's prominence in a topic's aliases adds (0 = none, 1 = up to double). */
  prominence: 0.5,
  /** Everyday English words count this share of their rarity. */
  commonWord: 0.5,
  /** How strongly partial aliases are discounted: a word counts (covered share of its alias) ^ exponent. */
  coverageExponent: 1,
  /** Added once per topic when one of its multi-word aliases appears in the question word for word. */
  phraseBonus: 1,
} as const;

/** When the best topic is good enough to answer, and when the runner-up is close enough to ask instead. */
export const CONFIDENCE = {
  /** Below this score (and coverage), nothing is relevant: not-found with suggestions. */
  minClarify: 1.2,
  /** A question this well explained by its best topics is relevant even with a low score ("who owns access?"). */
  minCoverageClarify: 0.75,
  /** Clarify candidates must explain at least this share of the question. */
  minCoverageClarifyAll: 0.4,
  /** At or above this (and clearly ahead), answer. */
  minAnswer: 3,
  /** A topic with an alias present whole needs less. */
  minAnswerPhrase: 2,
  /** A topic that explains most of the question needs less still. */
  minCoverageAnswer: 0.75,
  minAnswerCovered: 1.5,
  /** A best topic explaining less than this share of the question is not trusted at all. */
  minCoverage: 0.3,
  /** Runner-up at or above this share of the best score makes the question ambiguous. */
  closeRatio: 0.8,
  /** A close runner-up is a rival only if it owes at least this share of its score to words the best lacks. */
  ownShare: 0.5,
  /** A close runner-up that owes this many times more of its score to the clause that asks is the better reading. */
  focusedRatio: 1.25,
  /** A runner-up that explains every word the best explains is a rival from this share on. */
  sameWordsRatio: 0.5,
  /** At most this many candidates in a clarify reply. */
  maxCandidates: 5,
} as const;
