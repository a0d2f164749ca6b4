/**
 * Sends a rendered card where it belongs: the response_url of an interaction (replace in place, an ephemeral
 * copy, or into the channel), a channel or thread, an ephemeral message in a thread, or a modal. Calls a user
 * waits on are retried with the short policy (429 with Retry-After, 5xx, network); a comparison goes out as a
 * `table` block first and, once Slack rejects that with `invalid_blocks`, as section fields from then on.
 */
import type { WebClient } from "@slack/web-api";
import type { Logger } from "../../logger.js";
import { type RetryPolicy, retryWithBackoff, USER_FACING_RETRY } from "../shared/retry-with-backoff.js";
import type { SlackMessage } from "./block-kit.js";
import type { InstallState } from "./install-state.js";
import { BLOCK_KIT_LIMITS } from "./limits.js";
import { postToResponseUrl, type ResponseUrlMessage } from "./post-to-response-url.js";
import { REVOKED_CODES, type SlackSendError, toSlackSendError } from "./slack-send-error.js";

export type Destination =
  | {
      readonly kind: "response-url";
      readonly url: string;
      /** replace: update the card in place; ephemeral: a private copy; in-channel: post for everyone. */
      readonly mode: "replace" | "ephemeral" | "in-channel";
      readonly threadTs?: string;
    }
  | { readonly kind: "post"; readonly channel: string; readonly threadTs?: string }
  | {
      readonly kind: "ephemeral";
      readonly channel: string;
      readonly user: string;
      readonly threadTs?: string;
      /** Where to answer when the bot cannot post in the channel (not a member). */
      readonly fallbackUrl?: string;
    }
  | { readonly kind: "modal-open"; readonly triggerId: string }
  | { readonly kind: "modal-update"; readonly viewId: string; readonly hash?: string };

/** Renders the card; `tables` asks for the table enhancement. */
export type RenderCard = (tables: boolean) => SlackMessage;

export interface CardDelivery {
  /** Delivers the card; throws a SlackSendError when Slack would not take it even after retries. */
  readonly deliver: (
    client: WebClient,
    destination: Destination,
    render: RenderCard,
    wantsTable: boolean,
  ) => Promise<void>;
  /** A call a user waits on, with retries; marks access revoked on token errors. */
  readonly call: <T>(run: () => Promise<T>) => Promise<T>;
  readonly respond: (url: string, message: ResponseUrlMessage) => Promise<void>;
}

export interface CardDeliveryOptions {
  readonly logger: Logger;
  readonly install: InstallState;
  readonly retry?: RetryPolicy;
  readonly fetchFn?: typeof fetch;
}

const MODAL_TITLE = "whoowns";

export function createCardDelivery(options: CardDeliveryOptions): CardDelivery {
  const { logger, install } = options;
  const policy = options.retry ?? USER_FACING_RETRY;
  let tablesAccepted = true;

  const call = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await retryWithBackoff(run, (error) => toSlackSendError(error).retry, policy);
    } catch (error) {
      const failure = toSlackSendError(error);
      if (REVOKED_CODES.has(failure.platformCode)) install.revoke(failure.platformCode);
      throw failure;
    }
  };
  const respond = (url: string, message: ResponseUrlMessage) =>
    call(() => postToResponseUrl(url, message, options.fetchFn));

  const send = async (client: WebClient, destination: Destination, message: SlackMessage): Promise<void> => {
    // Bolt's types are mutable arrays of every block kind; ours are a readonly subset of them.
    const blocks = message.blocks as unknown as never[];
    // An empty blocks array is refused by Slack; a text-only note leaves it out.
    const withBlocks = message.blocks.length > 0 ? { blocks } : {};
    switch (destination.kind) {
      case "response-url":
        return respond(destination.url, {
          text: message.text,
          ...(message.blocks.length > 0 ? { blocks: message.blocks } : {}),
          ...(destination.mode === "replace"
            ? { replace_original: true }
            : {
                replace_original: false,
                response_type: destination.mode === "in-channel" ? "in_channel" : "ephemeral",
              }),
          ...(destination.threadTs ? { thread_ts: destination.threadTs } : {}),
        });
      case "post":
        await call(() =>
          client.chat.postMessage({
            channel: destination.channel,
            text: message.text,
            ...withBlocks,
            ...(destination.threadTs ? { thread_ts: destination.threadTs } : {}),
          }),
        );
        return;
      case "ephemeral":
        try {
          await call(() =>
            client.chat.postEphemeral({
              channel: destination.channel,
              user: destination.user,
              text: message.text,
              ...withBlocks,
              ...(destination.threadTs ? { thread_ts: destination.threadTs } : {}),
            }),
          );
        } catch (error) {
          const failure = error as SlackSendError;
          if (
            !destination.fallbackUrl ||
            REVOKED_CODES.has(failure.platformCode) ||
            failure.platformCode === "invalid_blocks"
          )
            throw error;
          logger.info(
            { code: failure.platformCode },
            "cannot post ephemerally in the channel; answering through response_url",
          );
          await respond(destination.fallbackUrl, {
            text: message.text,
            ...(message.blocks.length > 0 ? { blocks: message.blocks } : {}),
            response_type: "ephemeral",
            replace_original: false,
          });
        }
        return;
      case "modal-open":
        await call(() =>
          client.views.open({ trigger_id: destination.triggerId, view: modalView(message) as never }),
        );
        return;
      case "modal-update":
        await call(() =>
          client.views.update({
            view_id: destination.viewId,
            ...(destination.hash ? { hash: destination.hash } : {}),
            view: modalView(message) as never,
          }),
        );
        return;
      default: {
        const unknown: never = destination;
        throw new Error(`unknown destination ${JSON.stringify(unknown)}`);
      }
    }
  };

  return {
    call,
    respond,
    async deliver(client, destination, render, wantsTable) {
      const isView = destination.kind === "modal-open" || destination.kind === "modal-update";
      const tables = wantsTable && tablesAccepted && !isView;
      try {
        await send(client, destination, render(tables));
      } catch (error) {
        const failure = toSlackSendError(error);
        if (!tables || failure.platformCode !== "invalid_blocks") throw failure;
        // The table block is an enhancement: once Slack refuses it, use section fields from now on.
        tablesAccepted = false;
        logger.warn("Slack rejected the table block; comparisons use section fields from now on");
        await send(client, destination, render(false));
      }
    },
  };
}

/** A card as a modal (opened from the Home tab): no `text` there, a short title and a Close button. */
function modalView(message: SlackMessage) {
  return {
    type: "modal",
    callback_id: "whoowns_card",
    title: { type: "plain_text", text: MODAL_TITLE.slice(0, BLOCK_KIT_LIMITS.modalTitle) },
    close: { type: "plain_text", text: "Close" },
    blocks: message.blocks,
  };
}
