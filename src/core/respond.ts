/**
 * The core's use case: text (or a button action) in, a Reply out. `createResponder` builds the indexes once per
 * knowledge base; `respond` is pure and deterministic, and never throws on any input.
 */
import { type Action, respondToAction } from "./actions.js";
import { composeNotFound } from "./compose/compose-guidance.js";
import { decideReply } from "./decide-reply.js";
import { createKnowledgeIndex, type KnowledgeIndex } from "./knowledge/knowledge-index.js";
import type { Knowledge } from "./knowledge/model.js";
import type { PrebuiltIndex } from "./match/prebuilt-index.js";
import { createQuestionParser, type ParsedQuestion } from "./question/parse-question.js";
import type { Reply } from "./reply.js";

export interface Responder {
  readonly knowledge: Knowledge;
  readonly index: KnowledgeIndex;
  readonly respond: (text: string) => Reply;
  /** A button's action; null (a payload that did not decode) gets "this card is out of date". */
  readonly respondToAction: (action: Action | null) => Reply;
  /** The parse behind a reply, for `--explain` and the eval's confusion report. */
  readonly parse: (text: string) => ParsedQuestion;
}

/**
 * `prebuilt` is the topic index the build computed for this knowledge (optional: without it, or for other
 * knowledge, the index is built here, which costs start-up time but gives the same answers).
 */
export function createResponder(knowledge: Knowledge, prebuilt?: PrebuiltIndex): Responder {
  const index = createKnowledgeIndex(knowledge);
  const parse = createQuestionParser(knowledge, prebuilt);
  return {
    knowledge,
    index,
    parse,
    respond: (text) => decideReply(index, parse(typeof text === "string" ? text : "")),
    respondToAction: (action) =>
      action ? respondToAction(index, action) : composeNotFound(index, { reason: "stale-card" }),
  };
}

const responders = new WeakMap<Knowledge, Responder>();

/** `respond(input, knowledge)` from design.md: caches the responder per knowledge object. */
export function respond(input: string, knowledge: Knowledge): Reply {
  let responder = responders.get(knowledge);
  if (!responder) {
    responder = createResponder(knowledge);
    responders.set(knowledge, responder);
  }
  return responder.respond(input);
}
