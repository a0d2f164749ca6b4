/**
 * Composes the running bot from a Config: the core responder over the loaded knowledge, the surfaces the
 * configuration turns on, and the one HTTP server they share. No process concerns (signals, exit codes): those
 * are `main.ts`'s, so tests start and stop the whole bot in-process.
 */

import type { Config } from "./config.js";
import { createResponder, type Knowledge } from "./core/index.js";
import type { Logger } from "./logger.js";
import { isLoopbackHost } from "./server/is-loopback-host.js";
import { type RunningServer, startHttpServer } from "./server/start-http-server.js";
import type { Surface } from "./server/surface.js";

export interface WhoownsOptions {
  readonly config: Config;
  readonly knowledge: Knowledge;
  readonly logger: Logger;
}

export interface RunningWhoowns extends RunningServer {
  /** Names of the surfaces that started, for the start-up line and tests. */
  readonly surfaces: readonly string[];
}

export async function startWhoowns(options: WhoownsOptions): Promise<RunningWhoowns> {
  const { config, knowledge, logger } = options;
  const responder = createResponder(knowledge);
  const surfaces: Surface[] = [];
  // Surfaces, in mount order. Each adapter adds its own line here and nothing else in this file.
  // (slack surface)
  // (teams surface)
  // (local chat surface)
  void responder;
  if (!config.slack && !config.teams && !isLoopbackHost(config.host)) {
    logger.warn(
      { host: config.host },
      "no Slack or Teams credentials and a public bind: nothing to serve but health checks",
    );
  }
  const running = await startHttpServer({ port: config.port, host: config.host, logger, surfaces });
  return { ...running, surfaces: surfaces.map((surface) => surface.name) };
}
