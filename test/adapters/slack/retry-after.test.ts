/**
 * Slack's Retry-After is obeyed as sent, not replaced by a default: a chat.postMessage answered 429 with
 * `retry-after: 3` (the Web API client's rate-limited error) and a response_url answered 429 with the same header
 * are each retried no sooner than three seconds later. The other Retry-After tests use one second, which is also
 * the fallback when the header is missing, so they cannot tell the header from the fallback.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { askCommand, click, findElement, responsesFor } from "./helpers/cards.js";
import { BOT_USER_ID, type FakeSlack, startFakeSlack } from "./helpers/fake-slack-api.js";
import { eventBody, postEvent } from "./helpers/slack-requests.js";
import { type StartedBot, startSlackBot } from "./helpers/start-slack-bot.js";

const RETRY_AFTER_SECONDS = 3;
/** Well above the one-second fallback, with room for timer slack. */
const AT_LEAST_MS = RETRY_AFTER_SECONDS * 1000 - 300;

let fake: FakeSlack;
let bot: StartedBot;
beforeEach(async () => {
  fake = await startFakeSlack();
  bot = await startSlackBot(fake);
});
afterEach(async () => {
  await bot?.stop();
  await fake?.close();
});

const rateLimited = {
  status: 429,
  headers: { "retry-after": String(RETRY_AFTER_SECONDS) },
  body: { ok: false, error: "ratelimited" },
};

describe("Retry-After from Slack", () => {
  it("holds a rate-limited chat.postMessage back for as long as the header says", async () => {
    const attemptsAt: number[] = [];
    fake.handle("chat.postMessage", (_params, attempt) => {
      attemptsAt.push(Date.now());
      return attempt === 1 ? rateLimited : undefined;
    });
    const ts = `${Date.now() / 1000}`;
    await postEvent(
      bot.running.url,
      eventBody({
        type: "app_mention",
        user: "U0WAITER",
        text: `<@${BOT_USER_ID}> help`,
        channel: "C0WAIT",
        ts,
        event_ts: ts,
      }),
    );
    await fake.waitFor(() => fake.callsTo("chat.postMessage").length >= 2, "the retried post", 10_000);
    expect(String(fake.callsTo("chat.postMessage")[1]?.params.text)).toContain("Ask me who owns");
    expect((attemptsAt[1] ?? 0) - (attemptsAt[0] ?? 0)).toBeGreaterThanOrEqual(AT_LEAST_MS);
  });

  it("holds a rate-limited response_url post back for as long as the header says", async () => {
    const attemptsAt: number[] = [];
    fake.handleResponseUrl((_body, attempt) => {
      attemptsAt.push(Date.now());
      return attempt === 1 ? rateLimited : undefined;
    });
    const card = await askCommand(bot.running.url, fake, "who patches the node os on fargate?");
    await click(bot.running.url, fake, findElement(card, "Compare all runtimes"), "limited");
    const bodies = await responsesFor(fake, "limited", 2);
    expect(bodies[1]).toMatchObject({ replace_original: true });
    expect((attemptsAt[1] ?? 0) - (attemptsAt[0] ?? 0)).toBeGreaterThanOrEqual(AT_LEAST_MS);
  });
});
