/**
 * Clicks on our cards. Every click is acked at once, then answered: a private card (ephemeral, DM) is replaced
 * in place through the action's response_url; a card shared in a channel is never rewritten, the clicker gets
 * a private copy instead; a card in a modal is updated, and a Home tab button opens one. "Share with channel"
 * posts the card in the channel with a "Shared by" line (one post a second per channel), then removes the
 * private preview. Rate limits apply per user; failures end in a friendly note, never a crash.
 */
import type { App, BlockAction } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { ACTION_PATTERN, type CardRef, parseActionId, parseBlockId } from "./card-ids.js";
import type { Destination } from "./deliver-card.js";
import { resolveCardAction } from "./resolve-card-action.js";
import { checkRateLimit, FRIENDLY_FAILURE, prepareCard, type SlackContext } from "./slack-context.js";
import { toSlackSendError } from "./slack-send-error.js";

export function registerActions(app: App, context: SlackContext): void {
  app.action<BlockAction>(ACTION_PATTERN, async ({ ack, body, action, client }) => {
    await ack();
    if (!context.install.active() || body.type !== "block_actions") return;
    const click = {
      verb: parseActionId(action.action_id),
      card: parseBlockId(action.block_id),
      ...("value" in action && typeof action.value === "string" ? { value: action.value } : {}),
      ...("selected_option" in action && action.selected_option
        ? { selected: action.selected_option.value }
        : {}),
    };
    try {
      if (click.verb?.kind === "share" && click.card) {
        await share(context, client, body, click);
        return;
      }
      await answerClick(context, client, body, click);
    } catch (error) {
      const failure = toSlackSendError(error);
      context.logger.error(
        { code: failure.platformCode, action: click.verb?.kind },
        "answering a click failed",
      );
      if (body.response_url && context.install.active()) {
        await context.delivery
          .respond(body.response_url, {
            response_type: "ephemeral",
            replace_original: false,
            text: FRIENDLY_FAILURE,
          })
          .catch(() => undefined);
      }
    }
  });
}

type Click = Parameters<typeof resolveCardAction>[2];

async function answerClick(
  context: SlackContext,
  client: WebClient,
  body: BlockAction,
  click: Click,
): Promise<void> {
  const userId = body.user.id;
  const refusal = checkRateLimit(context.questions, userId, "clicking");
  const destination = destinationFor(body, click.card);
  if (!destination) {
    context.logger.warn("a click came without a response_url or view to answer in");
    return;
  }
  if (refusal) {
    if (body.response_url)
      await context.delivery.respond(body.response_url, {
        response_type: "ephemeral",
        replace_original: false,
        text: refusal,
      });
    return;
  }
  const resolved = resolveCardAction(context.responder, context.replies, click);
  const inView = destination.kind === "modal-open" || destination.kind === "modal-update";
  // A click on a shared card gets a private copy that can itself be shared; private cards keep their kind.
  const shareable = !inView && (click.card?.audience === "shared" || click.card?.shareable === true);
  const card = prepareCard(context, resolved.reply, {
    audience: "private",
    shareable,
    userId,
    showSources: resolved.showSources,
    ...(resolved.page ? { page: resolved.page } : {}),
  });
  await context.delivery.deliver(client, destination, card.render, card.wantsTable);
}

/** Where the answer to a click goes, from the container the click came from. */
function destinationFor(body: BlockAction, card: CardRef | null): Destination | null {
  const threadTs = threadOf(body);
  if (body.container?.type === "view" && body.view) {
    return body.view.type === "home"
      ? { kind: "modal-open", triggerId: body.trigger_id }
      : { kind: "modal-update", viewId: body.view.id, hash: body.view.hash };
  }
  if (!body.response_url) return null;
  return card?.audience === "shared"
    ? { kind: "response-url", url: body.response_url, mode: "ephemeral", ...(threadTs ? { threadTs } : {}) }
    : { kind: "response-url", url: body.response_url, mode: "replace" };
}

function threadOf(body: BlockAction): string | undefined {
  const fromContainer = body.container?.thread_ts;
  if (typeof fromContainer === "string") return fromContainer;
  const fromMessage = body.message?.thread_ts;
  return typeof fromMessage === "string" ? fromMessage : undefined;
}

async function share(
  context: SlackContext,
  client: WebClient,
  body: BlockAction,
  click: Click,
): Promise<void> {
  const userId = body.user.id;
  const url = body.response_url;
  const channel =
    body.channel?.id ??
    (typeof body.container?.channel_id === "string" ? body.container.channel_id : undefined);
  if (!url || !channel) return;
  const refusal = checkRateLimit(context.shares, userId, "sharing");
  if (refusal) {
    await context.delivery.respond(url, {
      response_type: "ephemeral",
      replace_original: false,
      text: refusal,
    });
    return;
  }
  const { reply } = resolveCardAction(context.responder, context.replies, click);
  if (reply.type === "not-found") {
    // An out-of-date card is not worth sharing: tell the person who clicked, in place of their preview.
    const card = prepareCard(context, reply, { audience: "private", shareable: false, userId });
    await context.delivery.deliver(
      client,
      { kind: "response-url", url, mode: "replace" },
      card.render,
      false,
    );
    return;
  }
  const card = prepareCard(context, reply, { audience: "shared", shareable: false, sharedBy: userId });
  const threadTs = threadOf(body);
  await context.channels.run(channel, () =>
    context.delivery.deliver(
      client,
      { kind: "response-url", url, mode: "in-channel", ...(threadTs ? { threadTs } : {}) },
      card.render,
      card.wantsTable,
    ),
  );
  await context.delivery.respond(url, { delete_original: true });
}
