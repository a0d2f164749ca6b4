/**
 * One responder over the bundled knowledge, shared by the core tests.
 */
import { type AnswerReply, createResponder, type ListReply } from "../../src/core/index.js";
import { loadKnowledgeDir } from "../../src/knowledge/load-knowledge-dir.js";
import { expectType } from "./expect-type.js";
import { BUNDLED_KNOWLEDGE } from "./knowledge-fixtures.js";

export { expectType };

export const knowledge = loadKnowledgeDir(BUNDLED_KNOWLEDGE);
export const responder = createResponder(knowledge);

/** Asks `question` and checks the answer's topic, and its runtime when one is given (null: none named). */
export function expectAnswer(question: string, topic: string, runtime?: string | null): AnswerReply {
  const reply = expectType(responder.respond(question), "answer");
  if (reply.topic.id !== topic || (runtime !== undefined && (reply.runtime?.id ?? null) !== runtime))
    throw new Error(
      `expected ${topic} on ${runtime ?? "any runtime"} for ${JSON.stringify(question)}, got ${reply.topic.id} on ${reply.runtime?.id ?? "none"}`,
    );
  return reply;
}

/** Asks `question` and checks that it lists what `owner` owns on `runtime`. */
export function expectList(question: string, runtime: string, owner: string): ListReply {
  const reply = expectType(responder.respond(question), "list");
  if (reply.runtime.id !== runtime || reply.owner !== owner)
    throw new Error(
      `expected a list of ${owner} on ${runtime} for ${JSON.stringify(question)}, got ${reply.owner} on ${reply.runtime.id}`,
    );
  return reply;
}
