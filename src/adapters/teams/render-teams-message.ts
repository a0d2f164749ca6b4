/**
 * Reply -> the message activity the bot sends: the Adaptive Card as its one attachment, the speech line, and the
 * plain-text rendering as `summary`, the Bot Framework field for channels that cannot show cards. The text is
 * not put in `text`: Teams would print the whole answer above the card. The whole message stays within
 * `TEAMS_LIMITS.messageBytes`.
 */
import type { Reply } from "../../core/index.js";
import { renderText } from "../../core/index.js";
import type { CardContext } from "./card-context.js";
import type { AdaptiveCard } from "./card-elements.js";
import { ADAPTIVE_CARD_CONTENT_TYPE, TEAMS_LIMITS } from "./limits.js";
import { cardBytes, fitText, type RenderOptions, renderAdaptiveCard } from "./render-adaptive-card.js";

export interface TeamsMessage {
  readonly type: "message";
  readonly summary: string;
  readonly speak: string;
  /** Mutable only because botbuilder's Activity type wants a plain array. */
  readonly attachments: {
    readonly contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
    readonly content: AdaptiveCard;
  }[];
}

/**
 * The text goes whole into `summary` when the message budget allows (it is the fallback the parity tests hold
 * to); the card's own `fallbackText` gets what room is left, and at least the headline.
 */
export function renderTeamsMessage(
  reply: Reply,
  context: CardContext,
  options: RenderOptions = {},
): TeamsMessage {
  const bare = renderAdaptiveCard(reply, context, { ...options, fallbackTextBytes: 0 });
  const text = renderText(reply, context.names);
  const message = (summary: string, card: AdaptiveCard): TeamsMessage => ({
    type: "message",
    summary,
    speak: card.speak,
    attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }],
  });
  const room = TEAMS_LIMITS.messageBytes - TEAMS_LIMITS.envelopeBytes - jsonBytes(message("", bare));
  // Room for at least the headline in the card's own fallback is kept back from the summary.
  const summary = fitText(text, room - jsonBytes(bare.speak));
  const cardRoom = Math.min(TEAMS_LIMITS.cardBytes - cardBytes(bare), room - jsonBytes(summary) + 2);
  return message(summary, { ...bare, fallbackText: fitText(text, cardRoom) || bare.speak });
}

function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), "utf8");
}
