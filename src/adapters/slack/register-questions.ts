/**
 * The ways a question reaches the bot: `/whoowns` (acked with the ephemeral answer itself), a mention in a
 * channel (answered in its thread, one post a second per channel), a direct message (answered unthreaded), and
 * the "Ask whoowns" message shortcut (answered privately in the message's thread where the bot may post, else
 * through the shortcut's response_url). Edits, deletions and messages from bots are ignored.
 */
import type { App } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { toWhoownsError } from "../../errors.js";
import type { Destination } from "./deliver-card.js";
import { SHORTCUT_CALLBACK_ID, SLASH_COMMAND } from "./manifest/build-slack-manifest.js";
import { answerQuestion, checkRateLimit, FRIENDLY_FAILURE, type SlackContext } from "./slack-context.js";
import { toSlackSendError } from "./slack-send-error.js";
import { stripSlackMarkup } from "./strip-slack-markup.js";

export function registerQuestions(app: App, context: SlackContext): void {
  const { logger, install } = context;

  app.command(SLASH_COMMAND, async ({ command, ack }) => {
    if (!install.active()) return ack();
    try {
      const refusal = checkRateLimit(context.questions, command.user_id, "asking");
      if (refusal) return await ack({ response_type: "ephemeral", text: refusal });
      const card = answerQuestion(context, stripSlackMarkup(command.text), {
        audience: "private",
        shareable: true,
        userId: command.user_id,
      });
      const message = card.render(false);
      await ack({ response_type: "ephemeral", text: message.text, blocks: message.blocks as never });
    } catch (error) {
      logger.error({ err: toWhoownsError(error) }, "slash command failed");
      await ack({ response_type: "ephemeral", text: FRIENDLY_FAILURE });
    }
  });

  app.event("app_mention", async ({ event, client }) => {
    if (!install.active() || "bot_id" in event || event.subtype !== undefined || !event.user) return;
    // In a direct message the message.im listener answers; a mention there would answer twice.
    if (event.channel.startsWith("D")) return;
    const threadTs = event.thread_ts ?? event.ts;
    await answerInChat(context, client, {
      userId: event.user,
      text: event.text,
      audience: "shared",
      destination: { kind: "post", channel: event.channel, threadTs },
      refuse: { kind: "ephemeral", channel: event.channel, user: event.user, threadTs },
    });
  });

  app.message(async ({ message, client }) => {
    // Only plain new messages: subtypes are edits, deletions, joins, bot posts and the like.
    if (!install.active() || message.channel_type !== "im" || message.subtype !== undefined) return;
    if ("bot_id" in message && message.bot_id) return;
    if (!message.user) return;
    await answerInChat(context, client, {
      userId: message.user,
      text: message.text ?? "",
      audience: "private",
      destination: { kind: "post", channel: message.channel },
      refuse: { kind: "post", channel: message.channel },
    });
  });

  app.shortcut(
    { callback_id: SHORTCUT_CALLBACK_ID, type: "message_action" },
    async ({ shortcut, ack, client }) => {
      await ack();
      if (!install.active() || shortcut.type !== "message_action") return;
      const userId = shortcut.user.id;
      const refusal = checkRateLimit(context.questions, userId, "asking");
      try {
        if (refusal) {
          await context.delivery.respond(shortcut.response_url, {
            response_type: "ephemeral",
            text: refusal,
          });
          return;
        }
        const card = answerQuestion(context, stripSlackMarkup(shortcut.message.text ?? ""), {
          audience: "private",
          shareable: true,
          userId,
        });
        const threadTs =
          typeof shortcut.message.thread_ts === "string" ? shortcut.message.thread_ts : shortcut.message.ts;
        const destination: Destination = {
          kind: "ephemeral",
          channel: shortcut.channel.id,
          user: userId,
          threadTs,
          fallbackUrl: shortcut.response_url,
        };
        await context.delivery.deliver(client, destination, card.render, card.wantsTable);
      } catch (error) {
        logger.error({ code: toSlackSendError(error).platformCode }, "answering a message shortcut failed");
        await context.delivery
          .respond(shortcut.response_url, { response_type: "ephemeral", text: FRIENDLY_FAILURE })
          .catch(() => undefined);
      }
    },
  );
}

interface ChatQuestion {
  readonly userId: string;
  readonly text: string;
  readonly audience: "private" | "shared";
  readonly destination: Destination & { readonly kind: "post" };
  /** Where a "slow down" note goes: privately in a channel, or in the DM. */
  readonly refuse: Destination;
}

async function answerInChat(context: SlackContext, client: WebClient, question: ChatQuestion): Promise<void> {
  const { logger, delivery } = context;
  const channel = question.destination.channel;
  const refusal = checkRateLimit(context.questions, question.userId, "asking");
  if (refusal) {
    if (!context.notices.take(question.userId)) return;
    await delivery
      .deliver(client, question.refuse, () => ({ text: refusal, blocks: [] }), false)
      .catch((error: unknown) =>
        logger.warn({ code: toSlackSendError(error).platformCode }, "rate-limit note failed"),
      );
    return;
  }
  const card = answerQuestion(context, stripSlackMarkup(question.text), {
    audience: question.audience,
    shareable: false,
    userId: question.userId,
  });
  try {
    await context.channels.run(channel, () =>
      delivery.deliver(client, question.destination, card.render, card.wantsTable),
    );
  } catch (error) {
    const code = toSlackSendError(error).platformCode;
    logger.error({ code, channel }, "answering a message failed");
    if (!context.install.active()) return;
    // One last, plain attempt to tell the person; if Slack is still refusing, the log has it.
    await client.chat
      .postMessage({
        channel,
        text: FRIENDLY_FAILURE,
        ...(question.destination.threadTs ? { thread_ts: question.destination.threadTs } : {}),
      })
      .catch(() => undefined);
  }
}
