/**
 * The Slack surface (design.md sections 5 and 6): a Bolt app on the project's one HTTP server (HTTP mode:
 * ExpressReceiver mounted on the project's Express app at POST /slack/events; Bolt reads the raw body itself to
 * check signatures) or over Socket Mode with the app-level token (the project still listens, for /healthz).
 * SLACK_API_URL points the Web API client and the Socket Mode client elsewhere. Bolt's logs go to our logger.
 */
import { App, ExpressReceiver, type Receiver, SocketModeReceiver } from "@slack/bolt";
import { WebClient, type WebClientOptions } from "@slack/web-api";
import type { RateLimitConfig, SlackConfig } from "../../config.js";
import type { Responder } from "../../core/index.js";
import type { Logger } from "../../logger.js";
import type { Surface } from "../../server/surface.js";
import { createRateLimiter } from "../shared/rate-limiter.js";
import { createTtlSet } from "../shared/ttl-set.js";
import { createAnswerMemo } from "./answer-memo.js";
import { createChannelQueue } from "./channel-queue.js";
import { connectSocketMode } from "./connect-socket-mode.js";
import { createAuthorize } from "./create-authorize.js";
import { createBoltLogger } from "./create-bolt-logger.js";
import { createCardDelivery } from "./deliver-card.js";
import { createInstallState } from "./install-state.js";
import { LAYOUT } from "./limits.js";
import { SLACK_EVENTS_PATH } from "./manifest/build-slack-manifest.js";
import { createRecentTopics } from "./recent-topics.js";
import { registerActions } from "./register-actions.js";
import { registerHome } from "./register-home.js";
import { registerLifecycle } from "./register-lifecycle.js";
import { registerQuestions } from "./register-questions.js";
import { namesFromKnowledge } from "./render-options.js";
import { createReplyCache } from "./reply-cache.js";
import type { SlackContext } from "./slack-context.js";

export interface SlackSurfaceOptions {
  readonly config: SlackConfig;
  readonly responder: Responder;
  readonly logger: Logger;
  readonly rateLimit: RateLimitConfig;
}

const MINUTE_MS = 60_000;
/** Slack retries an event for about an hour at most; remember ids a little longer. */
const DEDUPE_TTL_MS = 2 * 60 * MINUTE_MS;

export function createSlackSurface(options: SlackSurfaceOptions): Surface {
  const { config, responder, rateLimit } = options;
  const logger = options.logger.child({ surface: "slack" });
  const boltLogger = createBoltLogger(options.logger);
  const install = createInstallState(logger);
  const delivery = createCardDelivery({ logger, install });
  const context: SlackContext = {
    responder,
    logger,
    labels: namesFromKnowledge(responder.knowledge),
    replies: createReplyCache(),
    memo: createAnswerMemo({ maxEntries: LAYOUT.memoEntries }),
    recents: createRecentTopics({ perUser: LAYOUT.recentTopics }),
    questions: createRateLimiter({ limit: rateLimit.questionsPerMinute, windowMs: MINUTE_MS }),
    shares: createRateLimiter({ limit: rateLimit.sharesPerMinute, windowMs: MINUTE_MS }),
    notices: createRateLimiter({ limit: 1, windowMs: MINUTE_MS }),
    channels: createChannelQueue({ intervalMs: 1000 }),
    seen: createTtlSet({ ttlMs: DEDUPE_TTL_MS }),
    install,
    delivery,
  };
  // Our own retry policy (short, for calls a user waits on) wraps every call, so the client does not retry
  // by itself and reports 429 at once instead of sleeping inside a request.
  const clientOptions = (): WebClientOptions => ({
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logger: boltLogger,
  });
  const workspace = createAuthorize({
    botToken: config.botToken,
    client: new WebClient(undefined, clientOptions()),
    install,
    delivery,
  });
  const build = (receiver: Receiver): App => {
    // No conversation store: nothing here keeps state per conversation, so Bolt need not look it up per event.
    const app = new App({
      receiver,
      authorize: workspace.authorize,
      logger: boltLogger,
      clientOptions: clientOptions(),
      convoStore: false,
    });
    registerLifecycle(app, context);
    registerQuestions(app, context);
    registerActions(app, context);
    registerHome(app, context);
    return app;
  };
  // Looks the bot up once at start so a bad token shows in the log at once; never fails the start.
  const warmUp = () =>
    workspace.identify().then(
      () => logger.info({ mode: config.mode }, "Slack connected"),
      (error: unknown) =>
        logger.error(
          { err: error },
          "Slack rejected the bot token check (auth.test); will retry on the next event",
        ),
    );

  if (config.mode === "http") {
    return {
      name: "slack",
      mount(app) {
        build(
          new ExpressReceiver({
            signingSecret: config.signingSecret,
            app,
            endpoints: SLACK_EVENTS_PATH,
            logger: boltLogger,
          }),
        );
      },
      start: warmUp,
    };
  }

  const receiver = new SocketModeReceiver({
    appToken: config.appToken,
    logger: boltLogger,
    // The Socket Mode client opens its connection with apps.connections.open on this client's URL.
    installerOptions: { clientOptions: config.apiUrl ? { slackApiUrl: config.apiUrl } : {} },
  });
  const app = build(receiver);
  const socket = connectSocketMode({ start: () => app.start(), stop: () => app.stop(), logger });
  return {
    name: "slack",
    async start() {
      await socket.start();
      await warmUp();
    },
    stop: socket.stop,
  };
}
