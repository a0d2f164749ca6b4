/**
 * `npm start`: reads .env (quietly), validates the configuration and the knowledge, starts every configured
 * surface on one HTTP server, and shuts down gracefully on SIGTERM or SIGINT. Configuration or knowledge
 * problems stop start-up with a message that says how to fix them.
 */
import { config as loadDotenv } from "dotenv";
import { startWhoowns } from "./app.js";
import { readConfig } from "./config.js";
import { ConfigError, KnowledgeError } from "./errors.js";
import { loadKnowledge } from "./knowledge/load-knowledge.js";
import { createLogger } from "./logger.js";

loadDotenv({ quiet: true });

async function main(): Promise<void> {
  const config = readConfig(process.env);
  const secrets = [
    config.slack?.botToken,
    config.slack?.mode === "socket" ? config.slack.appToken : undefined,
    config.slack?.mode === "http" ? config.slack.signingSecret : undefined,
    config.teams?.appPassword,
  ].filter((secret): secret is string => typeof secret === "string");
  const logger = createLogger({ level: config.logLevel, secrets });
  const { knowledge, origin, prebuilt } = await loadKnowledge(config.knowledgeDir);
  logger.info({ version: knowledge.version, topics: knowledge.topics.length, origin }, "knowledge loaded");
  const running = await startWhoowns({ config, knowledge, logger, ...(prebuilt ? { prebuilt } : {}) });
  logger.info({ url: running.url, surfaces: running.surfaces }, "whoowns is listening");
  if (running.localChat) {
    process.stdout.write(
      `no Slack or Teams credentials: local chat at ${running.url}/ (set SLACK_BOT_TOKEN with SLACK_APP_TOKEN or ` +
        "SLACK_SIGNING_SECRET for Slack, MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD for Teams)\n",
    );
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: finishing requests in flight");
    running.close().then(
      () => {
        logger.info("stopped");
        process.exitCode = 0;
      },
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exitCode = 1;
      },
    );
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof KnowledgeError) {
    process.stderr.write(`whoowns cannot start: ${error.message}\n`);
  } else {
    process.stderr.write(
      `whoowns cannot start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exitCode = 1;
});
