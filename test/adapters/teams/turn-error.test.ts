/**
 * A Teams turn that fails inside the bot still ends with a word to the person. The real Teams surface runs on the
 * project's server with a responder that breaks on one question (a fault in a collaborator, as a bug in the core
 * would be): the request is answered 200, the failure is logged, the connector receives the apology, and the
 * next message in that conversation is answered as usual. Also: a mention entity without `mentioned`, which
 * botbuilder's removeRecipientMention throws on and anyone can send, is answered like any question.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTeamsSurface } from "../../../src/adapters/teams/create-teams-surface.js";
import { createResponder, type Responder } from "../../../src/core/index.js";
import { createLogger } from "../../../src/logger.js";
import { type RunningServer, startHttpServer } from "../../../src/server/start-http-server.js";
import { messageActivity } from "./helpers/activities.js";
import { type FakeConnector, startFakeConnector } from "./helpers/fake-connector.js";
import { bundledKnowledge } from "./helpers/start-test-bot.js";

const APOLOGY = "Sorry, something went wrong on my side. Try again.";
const BREAKING_QUESTION = "who patches the node os on fargate?";

let server: RunningServer;
let connector: FakeConnector;
const lines: string[] = [];

beforeAll(async () => {
  connector = await startFakeConnector();
  const real = createResponder(await bundledKnowledge());
  const faulty: Responder = {
    ...real,
    respond: (text) => {
      if (text === BREAKING_QUESTION) throw new Error("a bug in the core");
      return real.respond(text);
    },
  };
  const logger = createLogger({
    level: "debug",
    secrets: [],
    destination: { write: (line) => void lines.push(line) },
  });
  const surface = createTeamsSurface({
    config: null,
    responder: faulty,
    logger,
    rateLimit: { questionsPerMinute: 1000, sharesPerMinute: 5 },
  });
  server = await startHttpServer({ port: 0, host: "127.0.0.1", logger, surfaces: [surface] });
});
afterAll(async () => {
  await server?.close(1000);
  await connector?.close();
});

async function post(activity: unknown): Promise<number> {
  const response = await fetch(`${server.url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(activity),
  });
  await response.text();
  return response.status;
}

const postedTo = (conversationId: string) =>
  connector.posted().filter((call) => call.path.includes(conversationId));

describe("a turn that fails inside the bot", () => {
  it("tells the person something went wrong, logs it, and keeps answering", async () => {
    const conversationId = "a:turn-error-1";
    const options = { serviceUrl: connector.url, conversationId };
    expect(await post(messageActivity(BREAKING_QUESTION, options))).toBe(200);
    expect(postedTo(conversationId).map((call) => call.body.text)).toEqual([APOLOGY]);
    const failures = lines.map((line) => JSON.parse(line) as { msg?: string });
    expect(failures.some((line) => line.msg === "teams: the bot failed on a turn")).toBe(true);

    expect(await post(messageActivity("help", options))).toBe(200);
    const after = postedTo(conversationId);
    expect(after).toHaveLength(2);
    expect(after[1]?.body.attachments).toBeDefined();
  });
});

describe("a mention entity without `mentioned`", () => {
  it("is answered like any question, with no apology", async () => {
    const conversationId = "a:turn-error-2";
    const activity = {
      ...messageActivity("<at>whoowns</at> who upgrades coredns?", {
        serviceUrl: connector.url,
        conversationId,
      }),
      entities: [{ type: "mention", text: "<at>whoowns</at>" }],
    };
    expect(await post(activity)).toBe(200);
    const posted = postedTo(conversationId);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.body.text).not.toBe(APOLOGY);
    expect(posted[0]?.body.attachments).toBeDefined();
  });
});
