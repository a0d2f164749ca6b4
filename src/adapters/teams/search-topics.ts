/**
 * The search messaging extension (`searchTopics`): a query in, cards to insert into any conversation out. An
 * answer brings its related topics along, "did you mean" and not-found bring their candidates, a comparison
 * query ("compare fargate mng") returns the comparison card, and an empty query (the initial run) lists common
 * questions. Pure core work plus rendering, so it answers well inside Teams' 5 second budget.
 */
import type { Reply, Responder } from "../../core/index.js";
import { renderText } from "../../core/index.js";
import type { CardContext } from "./card-context.js";
import type { AdaptiveCard } from "./card-elements.js";
import { ADAPTIVE_CARD_CONTENT_TYPE, TEAMS_LIMITS, THUMBNAIL_CARD_CONTENT_TYPE } from "./limits.js";
import { renderAdaptiveCard } from "./render-adaptive-card.js";

/** What the initial run (an empty query) offers: the questions people ask most, as data. */
export const COMMON_QUESTIONS: readonly string[] = [
  "who patches the node OS?",
  "who owns the kubelet?",
  "who upgrades CoreDNS?",
  "who owns the CNI plugin?",
  "who owns IAM roles for service accounts?",
  "who owns encryption of Kubernetes secrets?",
  "who configures security groups?",
  "who upgrades the control plane?",
  "can I run DaemonSets on Fargate?",
  "who scans container images?",
];

export interface SearchResult {
  readonly contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
  readonly content: AdaptiveCard;
  readonly preview: {
    readonly contentType: typeof THUMBNAIL_CARD_CONTENT_TYPE;
    readonly content: { readonly title: string; readonly text: string };
  };
}

export interface SearchResponse {
  readonly composeExtension:
    | {
        readonly type: "result";
        readonly attachmentLayout: "list";
        readonly attachments: readonly SearchResult[];
      }
    | { readonly type: "message"; readonly text: string };
}

export function searchTopics(
  responder: Responder,
  context: CardContext,
  query: string,
  limit: number = TEAMS_LIMITS.searchResultsMax,
): SearchResponse {
  const text = query.trim().slice(0, TEAMS_LIMITS.searchQueryChars);
  const reply = text.length === 0 ? null : responder.respond(text);
  const replies = reply ? repliesFor(responder, reply) : commonReplies(responder);
  if (replies.length === 0) {
    const message = reply
      ? renderText(reply, context.names)
      : "Type a question, e.g. who patches the node OS?";
    return { composeExtension: { type: "message", text: message } };
  }
  const attachments: SearchResult[] = [];
  let bytes = 0;
  for (const reply of replies.slice(0, Math.max(1, limit))) {
    const result = toResult(reply, context);
    bytes += Buffer.byteLength(JSON.stringify(result), "utf8");
    if (attachments.length > 0 && bytes > TEAMS_LIMITS.searchResponseBytes) break;
    attachments.push(result);
  }
  return { composeExtension: { type: "result", attachmentLayout: "list", attachments } };
}

function commonReplies(responder: Responder): Reply[] {
  const seen = new Set<string>();
  const replies: Reply[] = [];
  for (const question of COMMON_QUESTIONS) {
    const reply = responder.respond(question);
    if (reply.type !== "answer" || seen.has(reply.topic.id)) continue;
    seen.add(reply.topic.id);
    replies.push(reply);
  }
  return replies;
}

/** The reply itself, or for guidance replies the answers they point at, each for the runtime asked about. */
function repliesFor(responder: Responder, reply: Reply): Reply[] {
  const version = reply.knowledgeVersion;
  const answer = (topic: string, runtime: string | null) =>
    responder.respondToAction({ kind: "answer", version, topic, runtime });
  switch (reply.type) {
    case "answer":
      return [reply, ...reply.related.map((topic) => answer(topic.id, reply.runtime?.id ?? null))];
    case "clarify":
      return reply.candidates.map((topic) => answer(topic.id, reply.runtime?.id ?? null));
    case "not-found":
      return reply.suggestions.map((topic) => answer(topic.id, null));
    default:
      return [reply];
  }
}

function toResult(reply: Reply, context: CardContext): SearchResult {
  const card = renderAdaptiveCard(reply, context, {
    fallbackTextBytes: TEAMS_LIMITS.searchFallbackTextBytes,
  });
  const lines = renderText(reply, context.names).split("\n");
  const preview = reply.type === "answer" ? reply.topic.summary : (lines[1] ?? "").trim();
  return {
    contentType: ADAPTIVE_CARD_CONTENT_TYPE,
    content: card,
    preview: { contentType: THUMBNAIL_CARD_CONTENT_TYPE, content: { title: card.speak, text: preview } },
  };
}
