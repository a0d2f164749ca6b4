/**
 * One responder over the bundled knowledge, shared by the core tests.
 */
import { createResponder } from "../../src/core/index.js";
import { loadKnowledgeDir } from "../../src/knowledge/load-knowledge-dir.js";
import { BUNDLED_KNOWLEDGE } from "./knowledge-fixtures.js";

export { expectType } from "./expect-type.js";

export const knowledge = loadKnowledgeDir(BUNDLED_KNOWLEDGE);
export const responder = createResponder(knowledge);
