/**
 * Replies that guide rather than answer: runtime overviews, "did you mean" (clarify), not-found with
 * suggestions, and help with examples that work as written.
 */
import type { KnowledgeIndex } from "../knowledge/knowledge-index.js";
import { OWNERS, type Owner, RUNTIME_IDS, type RuntimeId } from "../knowledge/model.js";
import type {
  ClarifyReply,
  HelpReply,
  NotFoundReason,
  NotFoundReply,
  RuntimeInfoReply,
  TopicRef,
} from "../reply.js";
import { uniqueSources } from "./compose-answer.js";
import { runtimeRef, topicRef } from "./refs.js";

interface Common {
  readonly notices?: readonly string[];
}

export function composeRuntimeInfo(
  index: KnowledgeIndex,
  request: Common & { readonly runtime: RuntimeId },
): RuntimeInfoReply {
  const runtime = index.runtime(request.runtime);
  const capabilities = index.knowledge.capabilities.flatMap((capability) => {
    const support = capability.runtimes[runtime.id];
    return support
      ? [
          {
            id: capability.id,
            name: capability.name,
            supported: support.supported,
            note: support.note,
            confidence: support.confidence,
          },
        ]
      : [];
  });
  // Limitations first: they are what people ask a runtime overview for.
  capabilities.sort((a, b) => Number(a.supported) - Number(b.supported));
  const ownership = Object.fromEntries(OWNERS.map((owner) => [owner, 0])) as Record<Owner, number>;
  for (const topic of index.knowledge.topics) ownership[topic.cells[runtime.id].owner]++;
  return {
    type: "runtime-info",
    knowledgeVersion: index.knowledge.version,
    notices: request.notices ?? [],
    runtime: runtimeRef(index, runtime.id),
    summary: runtime.summary,
    capabilities,
    ownership,
    sources: uniqueSources(runtime.sources),
  };
}

export function composeClarify(
  index: KnowledgeIndex,
  request: Common & { readonly candidates: readonly string[]; readonly runtime: RuntimeId | null },
): ClarifyReply {
  return {
    type: "clarify",
    knowledgeVersion: index.knowledge.version,
    notices: request.notices ?? [],
    candidates: refs(index, request.candidates),
    runtime: request.runtime ? runtimeRef(index, request.runtime) : null,
  };
}

const MESSAGES: Readonly<Record<NotFoundReason, string>> = {
  "no-match": "I could not find that in the shared-responsibility model for containers on AWS.",
  "out-of-scope":
    "That is outside what I know: I cover who owns what for containers on AWS (Amazon EKS and Amazon ECS), not other services, prices or speed.",
  "other-cloud":
    "I only know the AWS shared-responsibility model (Amazon EKS and Amazon ECS), not other clouds.",
  "other-language": "I can only answer in English for now. Please ask again in English.",
  task: "I cannot make changes, write code or walk you through how to do things: I answer who owns what for containers on AWS (Amazon EKS and Amazon ECS).",
  "stale-card":
    "This card is out of date: the knowledge behind it has changed. Ask the question again for a fresh answer.",
};

/** Topics people ask about most; shown when a question matched nothing at all. */
const POPULAR_TOPICS = [
  "os-patching",
  "kubernetes-control-plane",
  "security-groups",
  "container-images",
  "aws-iam",
];

export function composeNotFound(
  index: KnowledgeIndex,
  request: Common & { readonly reason: NotFoundReason; readonly suggestions?: readonly string[] },
): NotFoundReply {
  const suggestions =
    request.suggestions && request.suggestions.length > 0 ? request.suggestions : POPULAR_TOPICS;
  return {
    type: "not-found",
    knowledgeVersion: index.knowledge.version,
    notices: request.notices ?? [],
    reason: request.reason,
    message: MESSAGES[request.reason],
    suggestions: request.reason === "other-language" ? [] : refs(index, suggestions),
  };
}

export const HELP_EXAMPLES: readonly string[] = [
  "who patches the node OS on fargate?",
  "is the kubelet ours on managed node groups?",
  "can I run DaemonSets on Fargate?",
  "what do I own on EKS Auto Mode?",
  "compare fargate and mng for networking",
  "what changes if we move from self-managed nodes to Fargate?",
  "is ECS on Fargate in scope for PCI DSS?",
  "what is EKS Auto Mode?",
];

export function composeHelp(index: KnowledgeIndex, request: Common = {}): HelpReply {
  return {
    type: "help",
    knowledgeVersion: index.knowledge.version,
    notices: request.notices ?? [],
    examples: HELP_EXAMPLES,
    runtimes: RUNTIME_IDS.map((id) => runtimeRef(index, id)),
  };
}

function refs(index: KnowledgeIndex, ids: readonly string[]): TopicRef[] {
  return ids.flatMap((id) => {
    const topic = index.topic(id);
    return topic ? [topicRef(topic)] : [];
  });
}
