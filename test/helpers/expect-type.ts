/**
 * Narrows a Reply to one type in a test, failing with what the reply was instead.
 */
import type { Reply } from "../../src/core/index.js";

export function expectType<T extends Reply["type"]>(reply: Reply, type: T): Extract<Reply, { type: T }> {
  if (reply.type !== type)
    throw new Error(`expected a ${type} reply, got ${reply.type}: ${JSON.stringify(reply).slice(0, 300)}`);
  return reply as Extract<Reply, { type: T }>;
}
