/**
 * The Teams surface: POST /api/messages on the project's Express app, run by botbuilder's CloudAdapter with
 * ConfigurationBotFrameworkAuthentication. With a Microsoft app registration (config) every request must carry a
 * valid Bot Framework token; without one (`config` null, which app.ts allows on a loopback bind only) the
 * endpoint is unauthenticated and answers whatever `serviceUrl` the caller names: the local mode that tests and
 * the local web chat (a channel of its own on the same server) use.
 */
import {
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from "botbuilder";
import express from "express";
import type { RateLimitConfig, TeamsConfig } from "../../config.js";
import type { Responder } from "../../core/index.js";
import type { Logger } from "../../logger.js";
import type { Surface } from "../../server/surface.js";
import type { RetryPolicy } from "../shared/retry-with-backoff.js";
import { createCardContext } from "./card-context.js";
import { createMessagesHandler, handleBodyError, WhoownsCloudAdapter } from "./handle-messages-request.js";
import { ACTIVITY_MESSAGE_CONTENT_TYPE, TEAMS_LIMITS } from "./limits.js";
import { routeSdkConsole } from "./route-sdk-console.js";
import { createSendWithRetry, dropSdkRetries } from "./send-with-retry.js";
import { WhoownsTeamsBot } from "./teams-bot.js";

export const MESSAGES_PATH = "/api/messages";

export interface TeamsSurfaceOptions {
  /** The app registration; null for unauthenticated local mode. */
  readonly config: TeamsConfig | null;
  readonly responder: Responder;
  readonly logger: Logger;
  readonly rateLimit: RateLimitConfig;
  /** Outbound retry policy (tests shorten it); the shared user-facing policy by default. */
  readonly retryPolicy?: RetryPolicy;
}

export function createTeamsSurface(options: TeamsSurfaceOptions): Surface {
  const { config, responder, logger } = options;
  const adapter = new WhoownsCloudAdapter(
    new ConfigurationBotFrameworkAuthentication(toAuthenticationOptions(config)),
  );
  const bot = new WhoownsTeamsBot({
    responder,
    cards: createCardContext(responder.knowledge),
    logger,
    rateLimit: options.rateLimit,
    sender: createSendWithRetry(options.retryPolicy),
  });
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error, activity: context.activity.type }, "teams: the bot failed on a turn");
    if (context.activity.type === "message") {
      await context
        .sendActivity("Sorry, something went wrong on my side. Try again.")
        .catch((sendError: unknown) => {
          logger.error(
            { err: sendError, code: "PLATFORM_FAILED" },
            "teams: could not post the apology either",
          );
        });
    }
    if (context.activity.type === "invoke") {
      const value = "Sorry, something went wrong on my side. Try again.";
      await context.sendActivity({
        type: "invokeResponse",
        value: { status: 200, body: { statusCode: 200, type: ACTIVITY_MESSAGE_CONTENT_TYPE, value } },
      });
    }
  };
  let stopRouting: (() => void) | undefined;
  return {
    name: "teams",
    mount(app) {
      stopRouting = routeSdkConsole(logger);
      app.post(
        MESSAGES_PATH,
        express.json({ limit: TEAMS_LIMITS.requestBodyBytes }),
        createMessagesHandler({
          adapter,
          logger,
          authenticated: config !== null,
          logic: async (context) => {
            dropSdkRetries(context, adapter.ConnectorClientKey);
            await bot.run(context);
          },
        }),
        handleBodyError,
      );
      logger.info(
        {
          path: MESSAGES_PATH,
          mode: config ? `authenticated (${config.appType})` : "unauthenticated local mode",
        },
        "teams: Bot Framework endpoint mounted",
      );
    },
    async stop() {
      stopRouting?.();
      stopRouting = undefined;
    },
  };
}

/**
 * The public Azure cloud's Bot Framework endpoints. botbuilder uses them only while none is configured: setting
 * any one (the metadata URL override) makes it expect all of them, so an override restates the rest.
 */
const PUBLIC_CLOUD = {
  ToChannelFromBotLoginUrl: "https://login.microsoftonline.com/botframework.com",
  ToChannelFromBotOAuthScope: "https://api.botframework.com",
  ToBotFromChannelTokenIssuer: "https://api.botframework.com",
  OAuthUrl: "https://api.botframework.com",
  CallerId: "urn:botframework:azure",
} as const;

/** Maps the project's TeamsConfig onto botbuilder's configuration keys; `{}` turns authentication off. */
export function toAuthenticationOptions(
  config: TeamsConfig | null,
): ConfigurationBotFrameworkAuthenticationOptions {
  if (!config) return {};
  return {
    MicrosoftAppId: config.appId,
    MicrosoftAppType: config.appType,
    ...(config.appPassword ? { MicrosoftAppPassword: config.appPassword } : {}),
    ...(config.tenantId ? { MicrosoftAppTenantId: config.tenantId } : {}),
    // Both token sources (channel and emulator) check against the override, so tests never leave loopback.
    ...(config.openIdMetadataUrl
      ? {
          ...PUBLIC_CLOUD,
          ToBotFromChannelOpenIdMetadataUrl: config.openIdMetadataUrl,
          ToBotFromEmulatorOpenIdMetadataUrl: config.openIdMetadataUrl,
        }
      : {}),
  };
}
