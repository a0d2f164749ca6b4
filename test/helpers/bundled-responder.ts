/**
 * One responder over the bundled knowledge, shared by the core tests.
 */
import { createResponder, type Reply } from "../../src/core/index.js";
import { loadKnowledgeDir } from "../../src/knowledge/load-knowledge-dir.js";
import { BUNDLED_KNOWLEDGE } from "./knowledge-fixtures.js";

export const knowledge = loadKnowledgeDir(BUNDLED_KNOWLEDGE);
export const responder = createResponder(knowledge);

/** Narrows a reply to one type or fails the test with what it was instead. */
export function expectType<T extends Reply["type"]>(reply: Reply, type: T): Extract<Reply, { type: T }> {
  if (reply.type !== type)
    throw new Error(`expected a ${type} reply, got ${reply.type}: ${JSON.stringify(reply).slice(0, 300)}`);
  return reply as Extract<Reply, { type: T }>;
}
