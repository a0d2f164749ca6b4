/**
 * Builds an `answer` reply for one topic: the owner on the runtime asked about (or on every runtime in scope),
 * what each side does, uncertainty as recorded, the capability or framework the question touched, and sources
 * with the cell-specific ones first.
 */
import type { KnowledgeIndex } from "../knowledge/knowledge-index.js";
import type { RuntimeId, Source, Topic } from "../knowledge/model.js";
import { RUNTIME_IDS } from "../knowledge/model.js";
import type { AnswerReply, AskedParty, CapabilityDetail, CellDetail, FrameworkScope } from "../reply.js";
import { runtimeRef, topicRef } from "./refs.js";

export interface AnswerRequest {
  readonly topic: Topic;
  /** The runtime asked about, or null. */
  readonly runtime: RuntimeId | null;
  /** Runtimes to show when no single runtime was asked about; defaults to all. */
  readonly scope?: readonly RuntimeId[];
  readonly asked?: AskedParty | null;
  readonly capabilities?: readonly string[];
  readonly framework?: string | null;
  readonly notices?: readonly string[];
}

export function composeAnswer(index: KnowledgeIndex, request: AnswerRequest): AnswerReply {
  const { topic, runtime } = request;
  const scope = runtime ? [runtime] : orderRuntimes(request.scope ?? RUNTIME_IDS);
  const cells = scope.map((id) => cellDetail(index, topic, id));
  const owners = Object.fromEntries(
    RUNTIME_IDS.map((id) => [id, topic.cells[id].owner]),
  ) as AnswerReply["owners"];
  const capability = pickCapability(index, request.capabilities ?? [], scope);
  const framework = request.framework ? frameworkScope(index, request.framework, scope) : undefined;
  const sources = uniqueSources([
    ...scope.flatMap((id) => topic.cells[id].sources),
    ...(capability?.runtimes.flatMap((support) => support.sources) ?? []),
    ...topic.sources,
    ...(request.framework ? (index.framework(request.framework)?.sources ?? []) : []),
  ]);
  const category = index.category(topic.category);
  const first = cells[0];
  return {
    type: "answer",
    knowledgeVersion: index.knowledge.version,
    notices: request.notices ?? [],
    topic: {
      ...topicRef(topic),
      summary: topic.summary,
      category: { id: topic.category, name: category?.name ?? topic.category },
    },
    runtime: runtime ? runtimeRef(index, runtime) : null,
    ...(runtime && first ? { owner: first.owner, cell: first } : {}),
    owners,
    scope,
    cells,
    asked: request.asked ?? null,
    sources,
    related: topic.related.flatMap((id) => {
      const related = index.topic(id);
      return related ? [topicRef(related)] : [];
    }),
    ...(capability ? { capability } : {}),
    ...(framework ? { framework } : {}),
  };
}

function cellDetail(index: KnowledgeIndex, topic: Topic, id: RuntimeId): CellDetail {
  const cell = topic.cells[id];
  return {
    runtime: runtimeRef(index, id),
    owner: cell.owner,
    supported: cell.supported,
    ...(cell.analog ? { analog: cell.analog } : {}),
    ...(cell.aws ? { aws: cell.aws } : {}),
    ...(cell.customer ? { customer: cell.customer } : {}),
    confidence: cell.confidence,
    ...(cell.note ? { note: cell.note } : {}),
  };
}

/** The first capability (alphabetically) the question named that speaks about a runtime in scope. */
function pickCapability(
  index: KnowledgeIndex,
  ids: readonly string[],
  scope: readonly RuntimeId[],
): CapabilityDetail | undefined {
  for (const id of ids) {
    const capability = index.capability(id);
    if (!capability) continue;
    const runtimes = scope.flatMap((runtime) => {
      const support = capability.runtimes[runtime];
      return support ? [{ ...support, runtime: runtimeRef(index, runtime) }] : [];
    });
    if (runtimes.length > 0) return { id: capability.id, name: capability.name, runtimes };
  }
  return undefined;
}

function frameworkScope(
  index: KnowledgeIndex,
  id: string,
  scope: readonly RuntimeId[],
): FrameworkScope | undefined {
  const framework = index.framework(id);
  if (!framework) return undefined;
  const services = [...new Set(scope.flatMap((runtime) => index.runtime(runtime).complianceServices))];
  const order = ["eks", "ecs", "fargate"] as const;
  return {
    id: framework.id,
    name: framework.name,
    note: framework.note,
    services: order
      .filter((service) => services.includes(service))
      .map((service) => ({ service, ...framework.scope[service] })),
    disclaimer: index.knowledge.compliance.disclaimer,
  };
}

export function orderRuntimes(ids: Iterable<RuntimeId>): RuntimeId[] {
  const wanted = new Set(ids);
  return RUNTIME_IDS.filter((id) => wanted.has(id));
}

export function uniqueSources(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    if (seen.has(source.url)) return false;
    seen.add(source.url);
    return true;
  });
}
