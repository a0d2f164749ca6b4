/**
 * What every Block Kit renderer needs besides the Reply: runtime and category names, the card's identity
 * (audience and cache key), and its view state (sources shown, page, table enhancement). Also the small pieces
 * all renderers share: owner words with their marker, and the action that reproduces a reply.
 */
import type { Action, Knowledge, Owner, Reply, RuntimeNames } from "../../core/index.js";
import { OWNER_LABELS, OWNER_MARKERS } from "../../core/index.js";
import type { CardRef } from "./card-ids.js";

export interface PageRef {
  /** Which group of at most four runtimes (comparisons only). */
  readonly group: number;
  /** Which page of rows. */
  readonly index: number;
}

export interface RenderOptions {
  /** Full runtime names, as the text rendering uses them. */
  readonly names: RuntimeNames;
  /** Short runtime names for narrow places (fields, headers, buttons). */
  readonly shortNames: RuntimeNames;
  readonly categoryNames: Readonly<Record<string, string>>;
  readonly card: CardRef;
  readonly showSources?: boolean;
  readonly page?: PageRef;
  /** Render comparisons as a `table` block (an enhancement the sender falls back from). */
  readonly tables?: boolean;
  /** Slack user id of whoever shared the card into the channel. */
  readonly sharedBy?: string;
}

/** Names from the knowledge, computed once per surface. */
export function namesFromKnowledge(
  knowledge: Knowledge,
): Pick<RenderOptions, "names" | "shortNames" | "categoryNames"> {
  const names = Object.fromEntries(knowledge.runtimes.map((runtime) => [runtime.id, runtime.name]));
  const shortNames = Object.fromEntries(
    knowledge.runtimes.map((runtime) => [runtime.id, runtime.shortName || runtime.name]),
  );
  return {
    names: names as RuntimeNames,
    shortNames: shortNames as RuntimeNames,
    categoryNames: Object.fromEntries(knowledge.categories.map((category) => [category.id, category.name])),
  };
}

/** "🟧 AWS": the owner's marker next to its word, never instead of it. */
export function ownerWords(owner: Owner): string {
  return `${OWNER_MARKERS[owner]} ${OWNER_LABELS[owner]}`;
}

/** The legend shown on cards with many owner cells. */
export function ownerLegend(): string {
  return (Object.keys(OWNER_LABELS) as Owner[]).map(ownerWords).join("  ·  ");
}

/** The button action that rebuilds this reply, or null for replies that are not cards of facts. */
export function replyAction(reply: Reply): Action | null {
  const version = reply.knowledgeVersion;
  switch (reply.type) {
    case "answer":
      return { kind: "answer", version, topic: reply.topic.id, runtime: reply.runtime?.id ?? null };
    case "comparison":
      return {
        kind: "compare",
        version,
        runtimes: reply.runtimes,
        category: reply.category,
        ...(reply.focus ? { focus: reply.focus.id } : {}),
      };
    case "list":
      return { kind: "list", version, runtime: reply.runtime.id, owner: reply.owner };
    case "difference":
      return { kind: "difference", version, from: reply.from, to: reply.to };
    case "runtime-info":
      return { kind: "runtime-info", version, runtime: reply.runtime.id };
    case "clarify":
    case "not-found":
    case "help":
      return null;
    default: {
      const unknown: never = reply;
      return unknown;
    }
  }
}
