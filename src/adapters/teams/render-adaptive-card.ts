/**
 * Reply -> Adaptive Card 1.5, pure. One exhaustive switch over `reply.type` (an unknown type falls back to the
 * plain-text rendering, never to nothing), then the shared frame: notices first, `msteams.width: Full`, speech
 * text, and the plain-text fallback in `fallbackText`. Every card is held to `TEAMS_LIMITS.cardBytes`: a long
 * comparison switches to its compact layout, and anything still too big is cut with a note saying so.
 */
import type { Reply } from "../../core/index.js";
import { renderText } from "../../core/index.js";
import type { CardContext } from "./card-context.js";
import { type AdaptiveCard, heading, textBlock } from "./card-elements.js";
import { TEAMS_LIMITS } from "./limits.js";
import { type CardParts, renderAnswerCard } from "./render-answer-card.js";
import { renderNotices } from "./render-card-parts.js";
import { renderComparisonCard } from "./render-comparison-card.js";
import { renderClarifyCard, renderHelpCard, renderNotFoundCard } from "./render-guidance-cards.js";
import { renderDifferenceCard, renderListCard, renderRuntimeInfoCard } from "./render-overview-cards.js";

export interface RenderOptions {
  /** Render a help reply as the welcome card. */
  readonly welcome?: boolean;
  /** Card budget in bytes (tests shrink it to exercise the overflow path). */
  readonly budget?: number;
  /** At most this many bytes of plain text in `fallbackText` (0 leaves it empty); the card's room by default. */
  readonly fallbackTextBytes?: number;
}

const CUT_NOTE =
  "This card was cut to fit Teams' size limit. Ask about one runtime or one category to see the rest.";

export function renderAdaptiveCard(
  reply: Reply,
  context: CardContext,
  options: RenderOptions = {},
): AdaptiveCard {
  const budget = options.budget ?? TEAMS_LIMITS.cardBytes;
  const text = renderText(reply, context.names);
  let card = frame(reply, renderParts(reply, context, options), "");
  if (reply.type === "comparison" && cardBytes(card) > budget) {
    card = frame(reply, renderComparisonCard(reply, context, "facts"), "");
  }
  if (cardBytes(card) > budget) card = cutToBudget(card, budget);
  const room = Math.min(budget - cardBytes(card), options.fallbackTextBytes ?? budget);
  return { ...card, fallbackText: room > 0 ? fitText(text, room) : "" };
}

function renderParts(reply: Reply, context: CardContext, options: RenderOptions): CardParts {
  switch (reply.type) {
    case "answer":
      return renderAnswerCard(reply, context);
    case "comparison":
      return renderComparisonCard(reply, context);
    case "list":
      return renderListCard(reply, context);
    case "difference":
      return renderDifferenceCard(reply, context);
    case "runtime-info":
      return renderRuntimeInfoCard(reply, context);
    case "clarify":
      return renderClarifyCard(reply);
    case "not-found":
      return renderNotFoundCard(reply);
    case "help":
      return renderHelpCard(reply, { welcome: options.welcome === true });
    default: {
      const unknown: never = reply;
      return renderTextParts(unknown, context);
    }
  }
}

/** A reply type this renderer does not know yet still reaches the user, as its plain text. */
function renderTextParts(reply: Reply, context: CardContext): CardParts {
  const [first = "", ...rest] = renderText(reply, context.names).split("\n");
  return { body: [heading(first, "title"), textBlock(rest.join("\n"))], actions: [], speak: first };
}

function frame(reply: Reply, parts: CardParts, fallbackText: string): AdaptiveCard {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: TEAMS_LIMITS.cardVersion,
    msteams: { width: "Full" },
    speak: parts.speak,
    fallbackText,
    body: [...renderNotices(reply.notices), ...parts.body],
    actions: parts.actions,
  };
}

/** UTF-8 bytes of the card as it goes over the wire. */
export function cardBytes(card: AdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(card), "utf8");
}

/** Drops trailing body elements until the card fits, then says it was cut (a safety net; replies rarely need it). */
function cutToBudget(card: AdaptiveCard, budget: number): AdaptiveCard {
  const body = [...card.body];
  const note = textBlock(CUT_NOTE, { color: "Warning", weight: "Bolder" });
  let cut: AdaptiveCard = { ...card, body: [...body, note] };
  while (body.length > 1 && cardBytes(cut) > budget) {
    body.pop();
    cut = { ...card, body: [...body, note] };
  }
  if (cardBytes(cut) > budget) cut = { ...card, body: [note], actions: [] };
  return cut;
}

/** The longest prefix of `text` whose JSON encoding fits `bytes`, marked when it had to be shortened. */
export function fitText(text: string, bytes: number): string {
  const size = (value: string) => Buffer.byteLength(JSON.stringify(value), "utf8") - 2;
  if (size(text) <= bytes) return text;
  const marker = "\n… (shortened; ask a narrower question for the rest)";
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (size(text.slice(0, middle) + marker) <= bytes) low = middle;
    else high = middle - 1;
  }
  if (low === 0) return "";
  // Never split a surrogate pair (emoji markers).
  let end = /[\uD800-\uDBFF]/.test(text.charAt(low - 1)) ? low - 1 : low;
  // Never leave the start of an address either: Teams would link the stub ("https://do") somewhere else.
  const wordStart = text.slice(0, end).search(/\S*$/);
  if (/\S/.test(text.charAt(end)) && text.slice(wordStart, end).includes("://")) end = wordStart;
  return text.slice(0, end).trimEnd() + marker;
}
