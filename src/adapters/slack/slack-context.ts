/**
 * Everything the Slack listeners share, built once per surface: the core responder, names for rendering, the
 * in-memory stores (reply cache, recent topics, dedupe, rate limits), the per-channel post queue and card
 * delivery. Plus the steps every way in takes: check the rate limit, remember the reply, render the card.
 */
import type { Reply, Responder } from "../../core/index.js";
import type { Logger } from "../../logger.js";
import type { RateLimiter } from "../shared/rate-limiter.js";
import type { TtlSet } from "../shared/ttl-set.js";
import type { AnswerMemo } from "./answer-memo.js";
import type { SlackMessage } from "./block-kit.js";
import type { Audience } from "./card-ids.js";
import type { ChannelQueue } from "./channel-queue.js";
import type { CardDelivery } from "./deliver-card.js";
import type { InstallState } from "./install-state.js";
import type { RecentTopics } from "./recent-topics.js";
import { renderBlockKit } from "./render-block-kit.js";
import type { PageRef, RenderOptions } from "./render-options.js";
import type { ReplyCache } from "./reply-cache.js";

export interface SlackContext {
  readonly responder: Responder;
  readonly logger: Logger;
  readonly labels: Pick<RenderOptions, "names" | "shortNames" | "categoryNames">;
  readonly replies: ReplyCache;
  /** Cards of recent questions by text and kind of card (see answerQuestion). */
  readonly memo: AnswerMemo<PreparedCard>;
  readonly recents: RecentTopics;
  /** Questions (messages, commands, button clicks) per user. */
  readonly questions: RateLimiter;
  /** "Share with channel" per user. */
  readonly shares: RateLimiter;
  /** At most one "slow down" note per user per window, so refusals cannot become spam themselves. */
  readonly notices: RateLimiter;
  readonly channels: ChannelQueue;
  /** Event ids already handled (Slack retries). */
  readonly seen: TtlSet;
  readonly install: InstallState;
  readonly delivery: CardDelivery;
}

export interface CardRequest {
  readonly audience: Audience;
  readonly shareable: boolean;
  readonly userId?: string;
  readonly showSources?: boolean;
  readonly page?: PageRef;
  readonly sharedBy?: string;
}

export interface PreparedCard {
  readonly reply: Reply;
  /** The reply's key in the reply cache, or null when it is not cached. */
  readonly cardKey: string | null;
  /** The card; the same object for the same `tables` (rendered once). */
  readonly render: (tables: boolean) => SlackMessage;
  /** Comparisons try the table block first. */
  readonly wantsTable: boolean;
}

/**
 * Caches the reply when its buttons could not rebuild it exactly (its key goes into the card's block ids),
 * remembers the topic for the Home tab, and binds the renderer.
 */
export function prepareCard(context: SlackContext, reply: Reply, request: CardRequest): PreparedCard {
  const cardKey = carriesQuestionOnlyFacts(reply) ? context.replies.put(reply) : null;
  rememberTopic(context, reply, request.userId);
  const options: RenderOptions = {
    ...context.labels,
    card: { audience: request.audience, shareable: request.shareable, cardKey },
    ...(request.showSources ? { showSources: true } : {}),
    ...(request.page ? { page: request.page } : {}),
    ...(request.sharedBy ? { sharedBy: request.sharedBy } : {}),
  };
  const rendered = new Map<boolean, SlackMessage>();
  return {
    reply,
    cardKey,
    render(tables) {
      let message = rendered.get(tables);
      if (!message) {
        message = renderBlockKit(reply, tables ? { ...options, tables } : options);
        rendered.set(tables, message);
      }
      return message;
    },
    wantsTable: reply.type === "comparison",
  };
}

/**
 * The card for a question typed by someone: from the memo when the same text was asked for the same kind of
 * card recently (and its cached reply is still there), else answered by the core and rendered.
 */
export function answerQuestion(context: SlackContext, text: string, request: CardRequest): PreparedCard {
  const key = `${request.audience}:${request.shareable}:${request.showSources === true}:${text}`;
  const known = context.memo.get(key);
  if (known && (known.cardKey === null || context.replies.get(known.cardKey))) {
    rememberTopic(context, known.reply, request.userId);
    return known;
  }
  const card = prepareCard(context, context.responder.respond(text), request);
  context.memo.set(key, card);
  return card;
}

function rememberTopic(context: SlackContext, reply: Reply, userId: string | undefined): void {
  if (userId && reply.type === "answer") context.recents.record(userId, reply.topic);
}

/**
 * Whether a reply holds facts that only the question gave (a yes/no verdict, the capability or compliance
 * framework asked about). Every other reply is rebuilt exactly from its button payload, so it is not cached.
 */
function carriesQuestionOnlyFacts(reply: Reply): boolean {
  return (
    reply.type === "answer" &&
    (reply.asked !== null || reply.capability !== undefined || reply.framework !== undefined)
  );
}

/** A kind refusal when `userId` is over `limiter`, or null when they may go ahead. */
export function checkRateLimit(limiter: RateLimiter, userId: string, what: string): string | null {
  if (limiter.take(userId)) return null;
  const seconds = Math.max(1, Math.ceil(limiter.waitMs(userId) / 1000));
  return `You are ${what} faster than I can keep up with. Please try again in ${seconds} second${seconds === 1 ? "" : "s"}.`;
}

/** The message users see when Slack would not take an answer even after retries. */
export const FRIENDLY_FAILURE =
  "Sorry, Slack did not accept my answer just now. Please try again in a minute.";
