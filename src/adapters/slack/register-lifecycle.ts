/**
 * What is not a question: Slack's retries are dropped on their `event_id` (a retry must never post twice),
 * `app_uninstalled` and `tokens_revoked` end posting (logged once, no crash, no retry storm), and listener
 * errors are logged instead of failing the request.
 */
import type { App } from "@slack/bolt";
import { toWhoownsError } from "../../errors.js";
import type { SlackContext } from "./slack-context.js";

export function registerLifecycle(app: App, context: SlackContext): void {
  const { logger, install, seen } = context;

  // Events are acked before middleware runs, so dropping a duplicate here only skips the work.
  app.use(async ({ body, context: boltContext, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string" && !seen.add(eventId)) {
      logger.info(
        { eventId, retryNum: boltContext.retryNum, retryReason: boltContext.retryReason },
        "duplicate Slack delivery ignored",
      );
      return;
    }
    await next();
  });

  app.event("app_uninstalled", async () => {
    install.revoke("app_uninstalled");
  });

  app.event("tokens_revoked", async ({ event }) => {
    // User tokens alone do not concern a bot that has none; the bot token going does.
    if ((event.tokens.bot ?? []).length > 0) install.revoke("tokens_revoked");
    else logger.info("user tokens revoked; the bot token is unaffected");
  });

  app.error(async (error) => {
    const failure = toWhoownsError(error);
    logger.warn({ code: failure.code, err: failure }, "a Slack listener failed");
  });
}
