/**
 * The words that shape clauses, as data: question words, auxiliaries, requests, subordinators, pointers and the
 * words around them. `weigh-clauses.ts` finds the clause that asks with them.
 */
export const QUESTION_WORDS = new Set(["who", "whose", "whom", "what", "which", "how", "whether", "where"]);
export const AUXILIARIES = new Set([
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
/** Words that set a runtime as the frame before a question ("on", "in our", "with the"). */
export const FRAME_PREPOSITIONS = new Set(["on", "in", "with", "for", "under", "using"]);
export const FRAME_WORDS = new Set([...FRAME_PREPOSITIONS, "the", "our"]);
/** The longest frame: a preposition, a determiner and a runtime name of up to five words. */
export const FRAME_MAX_WORDS = 7;
/** Who an auxiliary asks about ("can't we ...", "doesn't AWS ..."). */
export const SUBJECTS = new Set([
  "i",
  "we",
  "you",
  "they",
  "it",
  "he",
  "she",
  "this",
  "that",
  "there",
  "aws",
  "amazon",
  "the",
  "our",
]);
/** Verbs that open a request ("list", "show me", "compare"). */
export const REQUESTS = new Set([
  "list",
  "show",
  "give",
  "tell",
  "compare",
  "explain",
  "describe",
  "summarise",
  "summarize",
  "enumerate",
  "walk",
  "break",
  "spell",
]);
/** Question words that, right after a noun, start a relative clause instead ("the retention, which we set"). */
export const RELATIVES = new Set(["which", "who", "whom", "whose", "what"]);
/**
 * "that setup", "this cluster", "in that case", "this week": pointing at the runtime, the situation or a time, not
 * at the topic.
 */
export const SETUP_WORDS = new Set([
  "setup",
  "setups",
  "environment",
  "environments",
  "env",
  "cluster",
  "clusters",
  "case",
  "scenario",
  "world",
  "arrangement",
  "model",
  "platform",
  "week",
  "month",
  "year",
  "quarter",
  "sprint",
  "morning",
  "time",
]);
export const POINTERS = new Set(["it", "that", "this", "them", "those", "these", "they", "one", "ones"]);
export const SUBORDINATORS = new Set([
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

/** "everything that is ours": words a relative "that" follows without a noun. */
export const INDEFINITE_HEADS = new Set([
  "everything",
  "anything",
  "something",
  "nothing",
  "all",
  "things",
  "stuff",
]);
/** Words that open a noun phrase. */
export const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "our",
  "my",
  "your",
  "their",
  "its",
  "any",
  "every",
  "each",
  "some",
]);
