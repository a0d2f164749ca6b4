/**
 * A Teams turn that fails inside the bot still ends with a word to the person: a message carrying a mention
 * entity without `mentioned` (botbuilder's removeRecipientMention throws on it) is answered 200, the failure is
 * logged, the connector receives the apology, and the next message in that conversation is answered as usual.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messageActivity } from "./helpers/activities.js";
import { type FakeConnector, startFakeConnector } from "./helpers/fake-connector.js";
import { startTestBot, type TestBot } from "./helpers/start-test-bot.js";

const APOLOGY = "Sorry, something went wrong on my side. Try again.";

let bot: TestBot;
let connector: FakeConnector;

beforeAll(async () => {
  connector = await startFakeConnector();
  bot = await startTestBot();
});
afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

describe("a turn that fails inside the bot", () => {
  it("tells the person something went wrong, logs it, and keeps answering", async () => {
    const conversationId = "a:turn-error-1";
    const broken = {
      ...messageActivity("who patches the node os on fargate?", {
        serviceUrl: connector.url,
        conversationId,
      }),
      entities: [{ type: "mention", text: "<at>whoowns</at>" }],
    };
    expect((await bot.post(broken)).status).toBe(200);
    const posted = connector.posted().filter((call) => call.path.includes(conversationId));
    expect(posted.map((call) => call.body.text)).toEqual([APOLOGY]);
    expect(bot.logs().some((line) => line.msg === "teams: the bot failed on a turn")).toBe(true);

    const next = messageActivity("help", { serviceUrl: connector.url, conversationId });
    expect((await bot.post(next)).status).toBe(200);
    const after = connector.posted().filter((call) => call.path.includes(conversationId));
    expect(after).toHaveLength(2);
    expect(after[1]?.body.attachments).toBeDefined();
  });
});
