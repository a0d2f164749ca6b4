/**
 * Starts the real whoowns server (startWhoowns) on 127.0.0.1:0 with Slack configured against a fake Slack, and
 * captures its logs so tests can read them back.
 */
import { Writable } from "node:stream";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { type RunningWhoowns, startWhoowns } from "../../../../src/app.js";
import { readConfig } from "../../../../src/config.js";
import type { Knowledge } from "../../../../src/core/index.js";
import { loadKnowledge } from "../../../../src/knowledge/load-knowledge.js";
import { createLogger } from "../../../../src/logger.js";
import { type FakeSlack, startFakeSlack } from "./fake-slack-api.js";
import { SIGNING_SECRET } from "./slack-requests.js";

export const BOT_TOKEN = "xoxb-0000000001-0000000002-testtokentesttoken";
export const APP_TOKEN = "xapp-1-A0000001-0000000003-testapptokentest";

export interface StartedBot {
  readonly running: RunningWhoowns;
  readonly knowledge: Knowledge;
  readonly logs: () => string;
  readonly stop: () => Promise<void>;
}

let knowledge: Knowledge | undefined;

export async function startSlackBot(fake: FakeSlack, env: Record<string, string> = {}): Promise<StartedBot> {
  knowledge ??= (await loadKnowledge()).knowledge;
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const config = readConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: "debug",
    ...env,
  });
  const secrets = [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET];
  const logger = createLogger({ level: config.logLevel, secrets, destination: destination as never });
  const running = await startWhoowns({ config, knowledge, logger });
  return { running, knowledge, logs: () => lines.join(""), stop: () => running.close(1000) };
}

/**
 * Starts a loopback fake Slack and the bot against it before the file's tests (before each test with `perTest`)
 * and stops both after; `slack.fake` and `slack.bot` are the current pair.
 */
export function useSlackBot(
  env: Record<string, string> = {},
  options: { readonly perTest?: boolean } = {},
): { readonly fake: FakeSlack; readonly bot: StartedBot } {
  let fake: FakeSlack | undefined;
  let bot: StartedBot | undefined;
  (options.perTest ? beforeEach : beforeAll)(async () => {
    fake = await startFakeSlack();
    bot = await startSlackBot(fake, env);
  });
  (options.perTest ? afterEach : afterAll)(async () => {
    await bot?.stop();
    await fake?.close();
  });
  return {
    get fake() {
      if (!fake) throw new Error("the fake Slack is not started yet");
      return fake;
    },
    get bot() {
      if (!bot) throw new Error("the bot is not started yet");
      return bot;
    },
  };
}
