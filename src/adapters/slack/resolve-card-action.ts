/**
 * A click on one of our cards -> the reply to show and how to show it. Ids are parsed and payloads decoded with
 * the shared codec; the core checks the ids and the knowledge version. Anything that does not parse, decode or
 * check out (an old card, a tampered payload) becomes the core's "this card is out of date" reply.
 */
import type { Action, Responder } from "../../core/index.js";
import { decodeAction } from "../shared/action-payload.js";
import { ALL_OPTION, type CardRef, type CardVerb } from "./card-ids.js";
import type { PageRef } from "./render-options.js";
import type { ReplyCache } from "./reply-cache.js";

export interface ClickInput {
  readonly verb: CardVerb | null;
  readonly card: CardRef | null;
  /** The button's value. */
  readonly value?: string;
  /** The chosen option of a select. */
  readonly selected?: string;
}

export interface ResolvedClick {
  readonly reply: ReturnType<Responder["respondToAction"]>;
  readonly showSources: boolean;
  readonly page?: PageRef;
}

export function resolveCardAction(
  responder: Responder,
  replies: ReplyCache,
  click: ClickInput,
): ResolvedClick {
  const { verb, card } = click;
  const stale = { reply: responder.respondToAction(null), showSources: false };
  if (!verb || !card) return stale;
  switch (verb.kind) {
    case "ask":
      return { reply: responder.respondToAction(decodeAction(click.value)), showSources: false };
    case "runtime": {
      const base = decodeAction(verb.base);
      if (base?.kind !== "answer" || !click.selected) return stale;
      const action: Action = { ...base, runtime: click.selected === ALL_OPTION ? null : click.selected };
      return { reply: responder.respondToAction(action), showSources: false };
    }
    case "category": {
      const base = decodeAction(verb.base);
      if (base?.kind !== "compare" || !click.selected) return stale;
      const action: Action = { ...base, category: click.selected === ALL_OPTION ? null : click.selected };
      return { reply: responder.respondToAction(action), showSources: false };
    }
    case "share":
    case "sources":
    case "page": {
      // The card's own reply when we still have it (it may carry a verdict, capability or compliance scope),
      // else rebuilt from the payload; a payload that does not decode is stale either way.
      const action = decodeAction(click.value);
      if (!action) return stale;
      const cached = replies.get(card.cardKey);
      const reply =
        cached && cached.knowledgeVersion === action.version ? cached : responder.respondToAction(action);
      if (verb.kind === "sources") return { reply, showSources: verb.show };
      if (verb.kind === "page")
        return { reply, showSources: false, page: { group: verb.group, index: verb.index } };
      return { reply, showSources: false };
    }
    default: {
      const unknown: never = verb;
      return unknown;
    }
  }
}
