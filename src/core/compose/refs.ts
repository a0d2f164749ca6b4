/**
 * Small constructors for the `{ id, name }` references replies carry, so every composer names things alike.
 */
import type { KnowledgeIndex } from "../knowledge/knowledge-index.js";
import type { RuntimeId, Topic } from "../knowledge/model.js";
import type { RuntimeRef, TopicRef } from "../reply.js";

export function topicRef(topic: Topic): TopicRef {
  return { id: topic.id, name: topic.name };
}

export function runtimeRef(index: KnowledgeIndex, id: RuntimeId): RuntimeRef {
  return { id, name: index.runtime(id).name };
}
