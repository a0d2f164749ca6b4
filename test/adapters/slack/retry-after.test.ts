/**
 * Slack's Retry-After is obeyed as sent, not replaced by a default: a chat.postMessage answered 429 with
 * `retry-after: 3` (the Web API client's rate-limited error) and a response_url answered 429 with the same header
 * are each retried no sooner than three seconds later. The other Retry-After tests use one second, which is also
 * the fallback when the header is missing, so they cannot tell the header from the fallback.
 */
import { describe, expect, it } from "vitest";
import { askCommand, click, findElement, responsesFor } from "./helpers/cards.js";
import { BOT_USER_ID } from "./helpers/fake-slack-api.js";
import { eventBody, postEvent } from "./helpers/slack-requests.js";
import { useSlackBot } from "./helpers/start-slack-bot.js";

const RETRY_AFTER_SECONDS = 3;
/** Well above the one-second fallback, with room for timer slack. */
const AT_LEAST_MS = RETRY_AFTER_SECONDS * 1000 - 300;

const slack = useSlackBot({}, { perTest: true });

const rateLimited = {
  status: 429,
  headers: { "retry-after": String(RETRY_AFTER_SECONDS) },
  body: { ok: false, error: "ratelimited" },
};

describe("Retry-After from Slack", () => {
  it("holds a rate-limited chat.postMessage back for as long as the header says", async () => {
    const attemptsAt: number[] = [];
    slack.fake.handle("chat.postMessage", (_params, attempt) => {
      attemptsAt.push(Date.now());
      return attempt === 1 ? rateLimited : undefined;
    });
    const ts = `${Date.now() / 1000}`;
    await postEvent(
      slack.bot.running.url,
      eventBody({
        type: "app_mention",
        user: "U0WAITER",
        text: `<@${BOT_USER_ID}> help`,
        channel: "C0WAIT",
        ts,
        event_ts: ts,
      }),
    );
    await slack.fake.waitFor(
      () => slack.fake.callsTo("chat.postMessage").length >= 2,
      "the retried post",
      10_000,
    );
    expect(String(slack.fake.callsTo("chat.postMessage")[1]?.params.text)).toContain("Ask me who owns");
    expect((attemptsAt[1] ?? 0) - (attemptsAt[0] ?? 0)).toBeGreaterThanOrEqual(AT_LEAST_MS);
  });

  it("holds a rate-limited response_url post back for as long as the header says", async () => {
    const attemptsAt: number[] = [];
    slack.fake.handleResponseUrl((_body, attempt) => {
      attemptsAt.push(Date.now());
      return attempt === 1 ? rateLimited : undefined;
    });
    const card = await askCommand(slack.bot.running.url, slack.fake, "who patches the node os on fargate?");
    await click(slack.bot.running.url, slack.fake, findElement(card, "Compare all runtimes"), "limited");
    const bodies = await responsesFor(slack.fake, "limited", 2);
    expect(bodies[1]).toMatchObject({ replace_original: true });
    expect((attemptsAt[1] ?? 0) - (attemptsAt[0] ?? 0)).toBeGreaterThanOrEqual(AT_LEAST_MS);
  });
});
