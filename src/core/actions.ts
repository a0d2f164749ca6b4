/**
 * What a button on a card can ask for. Payloads carry ids and the knowledge version, never free text; adapters
 * validate the payload shape, and `respondToAction` checks the ids and the version against the knowledge, so a
 * tampered or outdated button gets "this card is out of date" instead of an error.
 */
import { composeAnswer } from "./compose/compose-answer.js";
import { composeNotFound, composeRuntimeInfo } from "./compose/compose-guidance.js";
import { composeComparison, composeDifference, composeList } from "./compose/compose-tables.js";
import type { KnowledgeIndex } from "./knowledge/knowledge-index.js";
import { OWNERS, type Owner, type RuntimeId } from "./knowledge/model.js";
import type { Reply } from "./reply.js";

export type Action =
  | {
      readonly kind: "answer";
      readonly version: string;
      readonly topic: string;
      readonly runtime: string | null;
    }
  | {
      readonly kind: "compare";
      readonly version: string;
      readonly runtimes: readonly string[];
      readonly category: string | null;
      /** The topic shown first, when the question asked about one. */
      readonly focus?: string;
    }
  | { readonly kind: "list"; readonly version: string; readonly runtime: string; readonly owner: string }
  | { readonly kind: "difference"; readonly version: string; readonly from: string; readonly to: string }
  | { readonly kind: "runtime-info"; readonly version: string; readonly runtime: string };

export type ActionKind = Action["kind"];

export function respondToAction(index: KnowledgeIndex, action: Action): Reply {
  const stale = () => composeNotFound(index, { reason: "stale-card" });
  if (action.version !== index.knowledge.version) return stale();
  const runtime = (id: string): RuntimeId | undefined => (index.isRuntimeId(id) ? id : undefined);
  switch (action.kind) {
    case "answer": {
      const topic = index.topic(action.topic);
      const target = action.runtime === null ? null : runtime(action.runtime);
      if (!topic || target === undefined) return stale();
      return composeAnswer(index, { topic, runtime: target });
    }
    case "compare": {
      const runtimes = action.runtimes.map(runtime);
      const category = action.category === null ? null : index.category(action.category)?.id;
      const focused = action.focus === undefined ? null : index.topic(action.focus);
      // The focus leads its own category: a payload pairing it with another category was not made by us.
      const focus =
        focused === null || (focused && (category === null || focused.category === category))
          ? (focused?.id ?? null)
          : undefined;
      if (
        runtimes.length === 0 ||
        runtimes.some((id) => id === undefined) ||
        category === undefined ||
        focus === undefined
      )
        return stale();
      return composeComparison(index, { runtimes: runtimes as RuntimeId[], category, focus });
    }
    case "list": {
      const target = runtime(action.runtime);
      const owner = OWNERS.find((candidate): candidate is Owner => candidate === action.owner);
      if (!target || !owner) return stale();
      return composeList(index, { runtime: target, owner });
    }
    case "difference": {
      const from = runtime(action.from);
      const to = runtime(action.to);
      if (!from || !to || from === to) return stale();
      return composeDifference(index, { from, to });
    }
    case "runtime-info": {
      const target = runtime(action.runtime);
      if (!target) return stale();
      return composeRuntimeInfo(index, { runtime: target });
    }
    default: {
      const unknown: never = action;
      return unknown;
    }
  }
}
