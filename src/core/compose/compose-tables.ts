/**
 * Replies that look across many topics: a comparison (topics x runtimes), an owner list for one runtime, and the
 * difference between two runtimes ("what changes from EC2 to Fargate?").
 */
import type { KnowledgeIndex } from "../knowledge/knowledge-index.js";
import type { Owner, RuntimeId } from "../knowledge/model.js";
import type { Change, ComparisonReply, DifferenceReply, ListReply } from "../reply.js";
import { orderRuntimes } from "./compose-answer.js";
import { runtimeRef, topicRef } from "./refs.js";

interface Common {
  readonly notices?: readonly string[];
}

export function composeComparison(
  index: KnowledgeIndex,
  request: Common & {
    readonly runtimes: readonly RuntimeId[];
    readonly category: string | null;
    /** A topic id to show first. */
    readonly focus?: string | null;
  },
): ComparisonReply {
  const runtimes = orderRuntimes(request.runtimes);
  const category = request.category && index.category(request.category) ? request.category : null;
  const focus = request.focus ? index.topic(request.focus) : undefined;
  const inCategory = index.knowledge.topics.filter(
    (topic) => category === null || topic.category === category,
  );
  const topics = focus ? [focus, ...inCategory.filter((topic) => topic !== focus)] : inCategory;
  return {
    type: "comparison",
    knowledgeVersion: index.knowledge.version,
    notices: request.notices ?? [],
    runtimes,
    category,
    focus: focus ? topicRef(focus) : null,
    categories: index.knowledge.categories.map((entry) => ({ id: entry.id, name: entry.name })),
    rows: topics.map((topic) => ({
      topic: topicRef(topic),
      category: topic.category,
      owners: Object.fromEntries(runtimes.map((id) => [id, topic.cells[id].owner])),
      uncertain: runtimes.filter((id) => topic.cells[id].confidence === "uncertain"),
    })),
  };
}

export function composeList(
  index: KnowledgeIndex,
  request: Common & { readonly runtime: RuntimeId; readonly owner: Owner },
): ListReply {
  const { runtime, owner } = request;
  return {
    type: "list",
    knowledgeVersion: index.knowledge.version,
    notices: request.notices ?? [],
    runtime: runtimeRef(index, runtime),
    owner,
    topics: index.knowledge.topics
      .filter((topic) => topic.cells[runtime].owner === owner)
      .map((topic) => ({
        ...topicRef(topic),
        category: topic.category,
        uncertain: topic.cells[runtime].confidence === "uncertain",
      })),
  };
}

export function composeDifference(
  index: KnowledgeIndex,
  request: Common & { readonly from: RuntimeId; readonly to: RuntimeId },
): DifferenceReply {
  const { from, to } = request;
  const changes: Change[] = [];
  let unchanged = 0;
  for (const topic of index.knowledge.topics) {
    const before = topic.cells[from].owner;
    const after = topic.cells[to].owner;
    if (before === after) unchanged++;
    else changes.push({ topic: topicRef(topic), category: topic.category, from: before, to: after });
  }
  return {
    type: "difference",
    knowledgeVersion: index.knowledge.version,
    notices: request.notices ?? [],
    from,
    to,
    changes,
    unchanged,
  };
}
