/**
 * Composes the running bot from a Config: the core responder over the loaded knowledge, the surfaces the
 * configuration turns on, and the one HTTP server they share. No process concerns (signals, exit codes): those
 * are `main.ts`'s, so tests start and stop the whole bot in-process.
 */

import { createSlackPreview, createSlackSurface } from "./adapters/slack/index.js";
import { createTeamsSurface, readCardAction } from "./adapters/teams/index.js";
import type { Config } from "./config.js";
import { createResponder, type Knowledge, type PrebuiltIndex } from "./core/index.js";
import { createLocalChatSurface } from "./local-chat/create-local-chat-surface.js";
import type { Logger } from "./logger.js";
import { isLoopbackHost } from "./server/is-loopback-host.js";
import { type RunningServer, startHttpServer } from "./server/start-http-server.js";
import type { Surface } from "./server/surface.js";

export interface WhoownsOptions {
  readonly config: Config;
  readonly knowledge: Knowledge;
  readonly logger: Logger;
  /** The build's topic index for this knowledge, to skip building it at start. */
  readonly prebuilt?: PrebuiltIndex;
}

export interface RunningWhoowns extends RunningServer {
  /** Names of the surfaces that started, for the start-up line and tests. */
  readonly surfaces: readonly string[];
  /** True when the local web chat is served at `/` (no credentials, loopback bind). */
  readonly localChat: boolean;
}

export async function startWhoowns(options: WhoownsOptions): Promise<RunningWhoowns> {
  const { config, knowledge, logger } = options;
  const responder = createResponder(knowledge, options.prebuilt);
  const { rateLimit } = config;
  const loopback = isLoopbackHost(config.host);
  const surfaces: Surface[] = [];
  if (config.slack) surfaces.push(createSlackSurface({ config: config.slack, responder, logger, rateLimit }));
  if (config.teams || loopback) {
    surfaces.push(createTeamsSurface({ config: config.teams, responder, logger, rateLimit }));
  } else {
    logger.info(
      { host: config.host },
      "teams: /api/messages left out: no Microsoft credentials (MICROSOFT_APP_ID...) and a public bind",
    );
  }
  const localChat = !config.slack && !config.teams && loopback;
  if (localChat) {
    surfaces.push(
      createLocalChatSurface({
        responder,
        logger,
        renderSlack: createSlackPreview(knowledge),
        decodeAction: (data) => readCardAction(data),
      }),
    );
  } else if (!config.slack && !config.teams) {
    logger.warn(
      { host: config.host },
      "no Slack or Teams credentials and a public bind: only health checks are served",
    );
  }
  const running = await startHttpServer({ port: config.port, host: config.host, logger, surfaces });
  return { ...running, surfaces: surfaces.map((surface) => surface.name), localChat };
}
