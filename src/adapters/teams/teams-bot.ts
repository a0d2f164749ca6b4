/**
 * The Teams bot (botbuilder's TeamsActivityHandler): messages in personal chat, group chat and channels (only
 * when mentioned there, answered in the thread), the manifest's commands, card buttons (Action.Execute invokes
 * answered in the HTTP body, and the Action.Submit fallback), the search messaging extension, and a welcome
 * card once per install. Everything it says comes from the core's Reply through the Adaptive Card renderer.
 */
import {
  type InvokeResponse,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  TeamsActivityHandler,
  TurnContext,
} from "botbuilder";
import { z } from "zod";
import type { RateLimitConfig } from "../../config.js";
import type { Reply, Responder } from "../../core/index.js";
import type { Logger } from "../../logger.js";
import type { CardContext } from "./card-context.js";
import { createTurnGuards, describeWait, type TurnGuards } from "./create-turn-guards.js";
import { createWelcomeMemory, type WelcomeMemory } from "./create-welcome-memory.js";
import {
  ACTIVITY_MESSAGE_CONTENT_TYPE,
  ADAPTIVE_CARD_CONTENT_TYPE,
  SEARCH_COMMAND_ID,
  SEARCH_PARAMETER,
  TEAMS_LIMITS,
} from "./limits.js";
import { readCardAction } from "./read-card-action.js";
import { readTeamsQuestion, stripTeamsMarkup } from "./read-teams-question.js";
import { renderAdaptiveCard } from "./render-adaptive-card.js";
import { renderTeamsMessage } from "./render-teams-message.js";
import { searchTopics } from "./search-topics.js";
import { connectorStatus, RETRYABLE_STATUSES, type SendWithRetry } from "./send-with-retry.js";

export interface TeamsBotOptions {
  readonly responder: Responder;
  readonly cards: CardContext;
  readonly logger: Logger;
  readonly rateLimit: RateLimitConfig;
  readonly sender: SendWithRetry;
  readonly now?: () => number;
}

const CardInvokeValue = z.object({
  action: z.object({
    type: z.literal("Action.Execute"),
    verb: z.string().max(64).optional(),
    data: z.unknown().optional(),
  }),
});

const SearchQuery = z.object({
  commandId: z.string().max(64),
  parameters: z
    .array(z.object({ name: z.string().max(64), value: z.unknown().optional() }))
    .max(10)
    .optional(),
  queryOptions: z.object({ count: z.number().int().optional() }).optional(),
});

export class WhoownsTeamsBot extends TeamsActivityHandler {
  private readonly guards: TurnGuards;
  private readonly welcomed: WelcomeMemory;

  constructor(private readonly options: TeamsBotOptions) {
    super();
    this.guards = createTurnGuards(options.rateLimit, options.now);
    this.welcomed = createWelcomeMemory({ ttlMs: TEAMS_LIMITS.welcomeMemoryMs, now: options.now });
    this.onMessage(async (context, next) => {
      await this.answerMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const bot = context.activity.recipient?.id;
      if ((context.activity.membersAdded ?? []).some((member) => member.id === bot))
        await this.welcome(context);
      await next();
    });
    this.onInstallationUpdate(async (context, next) => {
      const action = context.activity.action;
      if (action === "add") await this.welcome(context);
      if (action === "remove") {
        this.welcomed.forget(conversationKey(context));
        options.logger.info(
          { conversation: conversationKey(context) },
          "teams: bot uninstalled from a conversation",
        );
      }
      await next();
    });
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== "adaptiveCard/action") {
      const response = await super.onInvokeActivity(context);
      // The manifest declares no other invokes, so one arriving is the caller's mistake: 400, not the SDK's 501.
      return response.status === 501 ? { status: 400 } : response;
    }
    const value = CardInvokeValue.safeParse(context.activity.value);
    if (!value.success) {
      return {
        status: 400,
        body: {
          statusCode: 400,
          type: "application/vnd.microsoft.error",
          value: { code: "BadRequest", message: "not an Action.Execute invoke" },
        },
      };
    }
    const allowance = this.guards.allowQuestion(context.activity);
    if (!allowance.ok) {
      const text = `You're asking quickly. ${describeWait(allowance.waitMs)}`;
      return { status: 200, body: { statusCode: 200, type: ACTIVITY_MESSAGE_CONTENT_TYPE, value: text } };
    }
    const { verb, data } = value.data.action;
    const reply = this.options.responder.respondToAction(readCardAction(data, verb));
    const card = renderAdaptiveCard(reply, this.options.cards);
    // The card in the invoke response replaces the card for the person who clicked only (Universal Actions).
    return { status: 200, body: { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: card } };
  }

  protected override async handleTeamsMessagingExtensionQuery(
    context: TurnContext,
    query: MessagingExtensionQuery,
  ): Promise<MessagingExtensionResponse> {
    const parsed = SearchQuery.safeParse(query);
    if (!parsed.success) throw new Error("BadRequest");
    if (parsed.data.commandId !== SEARCH_COMMAND_ID) {
      // Named back only when it is a plain identifier: markdown or a link in it must not reach the reader.
      const name = /^[\w.-]+$/.test(parsed.data.commandId) ? ` ${parsed.data.commandId}` : "";
      return { composeExtension: { type: "message", text: `Unknown command${name}.` } };
    }
    const allowance = this.guards.allowSearch(context.activity);
    if (!allowance.ok) {
      return {
        composeExtension: { type: "message", text: `Too many searches. ${describeWait(allowance.waitMs)}` },
      };
    }
    const parameter = parsed.data.parameters?.find((entry) => entry.name === SEARCH_PARAMETER)?.value;
    const text = typeof parameter === "string" ? parameter : "";
    const count = parsed.data.queryOptions?.count ?? TEAMS_LIMITS.searchResultsMax;
    const limit = Math.min(TEAMS_LIMITS.searchResultsMax, Math.max(1, count));
    return searchTopics(
      this.options.responder,
      this.options.cards,
      text,
      limit,
    ) as MessagingExtensionResponse;
  }

  private async answerMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (activity.from?.id === activity.recipient?.id || !this.guards.firstDelivery(activity)) return;
    const rawText = typeof activity.text === "string" ? activity.text : "";
    const isSubmit = rawText.trim() === "" && activity.value !== null && typeof activity.value === "object";
    const conversationType = activity.conversation?.conversationType;
    // Teams only delivers channel messages that mention the bot; check anyway, and answer in the thread.
    if (conversationType === "channel") {
      if (!isSubmit && !mentionsBot(activity)) return;
      replyInThread(activity);
    }
    const allowance = this.guards.allowQuestion(activity);
    if (!allowance.ok) {
      const text = `You're asking faster than ${this.options.rateLimit.questionsPerMinute} questions a minute. ${describeWait(allowance.waitMs)}`;
      if (allowance.tell) await this.sendText(context, text);
      return;
    }
    const reply = isSubmit
      ? this.options.responder.respondToAction(readCardAction(activity.value))
      : this.options.responder.respond(readTeamsQuestion(stripTeamsMarkup(withoutBotMention(activity))));
    await this.sendReply(context, reply);
  }

  private async welcome(context: TurnContext): Promise<void> {
    if (!this.welcomed.claim(conversationKey(context))) return;
    this.options.logger.info(
      { conversation: conversationKey(context) },
      "teams: bot installed, sending the welcome card",
    );
    await this.sendReply(context, this.options.responder.respond("help"), true);
  }

  private async sendReply(context: TurnContext, reply: Reply, welcome = false): Promise<void> {
    const message = renderTeamsMessage(reply, this.options.cards, { welcome });
    try {
      await this.options.sender.send(context, message);
    } catch (error) {
      const status = connectorStatus(error);
      this.options.logger.error(
        { err: error, status, code: "PLATFORM_FAILED", conversation: conversationKey(context) },
        "teams: could not post the reply",
      );
      // A rejected card (too big, malformed for this client) may still go through as text; an outage will not.
      if (status !== undefined && !RETRYABLE_STATUSES.includes(status) && status < 500) {
        await this.sendText(context, "Sorry, I could not show that answer here. Try a narrower question.");
      }
    }
  }

  private async sendText(context: TurnContext, text: string): Promise<void> {
    try {
      await this.options.sender.send(context, { type: "message", text });
    } catch (error) {
      this.options.logger.error({ err: error, code: "PLATFORM_FAILED" }, "teams: could not post a message");
    }
  }
}

/**
 * The message text without the bot's own mentions. Not TurnContext.removeRecipientMention: it throws on a
 * mention entity without `mentioned`, which anyone can send, and a question must never fail on its markup.
 */
function withoutBotMention(activity: TurnContext["activity"]): string {
  let text = typeof activity.text === "string" ? activity.text : "";
  const bot = activity.recipient?.id;
  for (const entity of activity.entities ?? []) {
    const mention = entity as { type?: unknown; text?: unknown; mentioned?: { id?: unknown } };
    if (mention.type !== "mention" || typeof mention.text !== "string" || mention.text === "") continue;
    if (mention.mentioned?.id === bot) text = text.split(mention.text).join(" ");
  }
  return text;
}

function mentionsBot(activity: TurnContext["activity"]): boolean {
  const bot = activity.recipient?.id;
  return TurnContext.getMentions(activity).some((mention) => mention.mentioned?.id === bot);
}

/** Replies to a channel post go to its thread: the conversation id names the root message. */
function replyInThread(activity: TurnContext["activity"]): void {
  const conversation = activity.conversation;
  if (conversation && activity.id && !conversation.id.includes(";messageid=")) {
    conversation.id = `${conversation.id};messageid=${activity.id}`;
  }
}

function conversationKey(context: TurnContext): string {
  return (context.activity.conversation?.id ?? "").split(";messageid=")[0] ?? "";
}
