/**
 * Mentions and direct messages over HTTP mode, end to end through the real server: a mention is answered in its
 * thread as a shared card, a DM unthreaded as a private one; edits, deletions, other bots and the bot itself
 * are ignored; Slack's retries of an event are answered once; a mention's text never reaches Slack unescaped.
 */
import { describe, expect, it } from "vitest";
import { BOT_ID, BOT_USER_ID } from "./helpers/fake-slack-api.js";
import { askSentinel, SENTINEL_ANSWER } from "./helpers/sentinel.js";
import { eventBody, postEvent } from "./helpers/slack-requests.js";
import { BOT_TOKEN, useSlackBot } from "./helpers/start-slack-bot.js";

const slack = useSlackBot();

const posts = () => slack.fake.callsTo("chat.postMessage");
const sentinel = (channel: string) => askSentinel(slack.fake, slack.bot.running.url, channel);

describe("mentions and direct messages", () => {
  it("answers a mention in the mention's thread, as a shared card", async () => {
    const before = posts().length;
    await postEvent(
      slack.bot.running.url,
      eventBody({
        type: "app_mention",
        user: "U0MENTION",
        text: `<@${BOT_USER_ID}> who patches the node os on fargate?`,
        channel: "C0MENTION",
        ts: "1700000100.000100",
        event_ts: "1700000100.000100",
      }),
    );
    const call = await slack.fake.waitFor(
      () =>
        posts()
          .slice(before)
          .find((entry) => entry.params.channel === "C0MENTION"),
      "the mention's answer",
    );
    expect(call.params.thread_ts).toBe("1700000100.000100");
    expect(String(call.params.text)).toContain("Node OS updates and security patches");
    expect(JSON.stringify(call.params.blocks)).toMatch(/"block_id":"wo\.s\./);
    expect(call.authorization).toBe(`Bearer ${BOT_TOKEN}`);
  });

  it("answers a mention inside a thread in that same thread", async () => {
    const before = posts().length;
    await postEvent(
      slack.bot.running.url,
      eventBody({
        type: "app_mention",
        user: "U0MENTION",
        text: `<@${BOT_USER_ID}> help`,
        channel: "C0THREAD",
        ts: "1700000200.000200",
        thread_ts: "1700000150.000150",
        event_ts: "1700000200.000200",
      }),
    );
    const call = await slack.fake.waitFor(
      () =>
        posts()
          .slice(before)
          .find((entry) => entry.params.channel === "C0THREAD"),
      "the thread answer",
    );
    expect(call.params.thread_ts).toBe("1700000150.000150");
  });

  it("answers a direct message unthreaded, as a private card", async () => {
    const before = posts().length;
    await postEvent(
      slack.bot.running.url,
      eventBody({
        type: "message",
        channel_type: "im",
        channel: "D0DIRECT",
        user: "U0DM",
        text: "what is eks auto mode",
        ts: "1700000300.000300",
        event_ts: "1700000300.000300",
      }),
    );
    const call = await slack.fake.waitFor(
      () =>
        posts()
          .slice(before)
          .find((entry) => entry.params.channel === "D0DIRECT"),
      "the DM answer",
    );
    expect(call.params.thread_ts).toBeUndefined();
    expect(String(call.params.text)).toContain("Amazon EKS Auto Mode");
    expect(JSON.stringify(call.params.blocks)).toMatch(/"block_id":"wo\.q\./);
  });

  it("ignores edits, deletions, other bots' messages and its own", async () => {
    const before = posts().length;
    const dm = (extra: Record<string, unknown>) =>
      postEvent(
        slack.bot.running.url,
        eventBody({
          type: "message",
          channel_type: "im",
          channel: "D0IGNORE",
          ts: "1700000400.000400",
          event_ts: "1700000400.000400",
          ...extra,
        }),
      );
    await dm({
      subtype: "message_changed",
      message: { text: "who owns patching", user: "U0DM" },
      previous_message: { text: "x" },
    });
    await dm({ subtype: "message_deleted", deleted_ts: "1700000300.000300" });
    await dm({ subtype: "bot_message", bot_id: "B0OTHER", text: "who owns patching" });
    await dm({ user: "U0OTHERBOT", bot_id: "B0OTHER", text: "who owns patching" });
    await dm({ user: BOT_USER_ID, bot_id: BOT_ID, text: "who owns patching" });
    await postEvent(
      slack.bot.running.url,
      eventBody({
        type: "app_mention",
        user: "U0BOT",
        bot_id: "B0OTHER",
        text: `<@${BOT_USER_ID}> help`,
        channel: "C0IGNORE",
        ts: "1.5",
        event_ts: "1.5",
      }),
    );
    await sentinel("D0IGNORE");
    await sentinel("C0IGNORE");
    const answered = posts()
      .slice(before)
      .filter((call) => call.params.channel === "D0IGNORE" || call.params.channel === "C0IGNORE");
    expect(answered.map((call) => String(call.params.text).slice(0, 20))).toEqual([
      SENTINEL_ANSWER,
      SENTINEL_ANSWER,
    ]);
  });

  it("never answers a Slack retry of an event twice (X-Slack-Retry-Num, same event_id)", async () => {
    const before = posts().length;
    const body = eventBody(
      {
        type: "app_mention",
        user: "U0RETRY",
        text: `<@${BOT_USER_ID}> help`,
        channel: "C0RETRY",
        ts: "1700000500.000500",
        event_ts: "1700000500.000500",
      },
      "Ev0RETRY0001",
    );
    const first = await postEvent(slack.bot.running.url, body);
    const retry = await postEvent(slack.bot.running.url, body, {
      headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
    });
    const again = await postEvent(slack.bot.running.url, body, {
      headers: { "x-slack-retry-num": "2", "x-slack-retry-reason": "http_error" },
    });
    expect([first.status, retry.status, again.status]).toEqual([200, 200, 200]);
    await sentinel("C0RETRY");
    const answered = posts()
      .slice(before)
      .filter((call) => call.params.channel === "C0RETRY");
    expect(answered.map((call) => String(call.params.text).slice(0, 20))).toEqual([
      "Ask me who owns a pi",
      SENTINEL_ANSWER,
    ]);
  });

  it("escapes a mention's text so <!channel> and user mentions in it never reach Slack raw", async () => {
    const before = posts().length;
    await postEvent(
      slack.bot.running.url,
      eventBody({
        type: "app_mention",
        user: "U0ESC",
        text: `<@${BOT_USER_ID}> <!channel> who owns patching <@U0VICTIM> on <#C123|ops> ${"word ".repeat(500)}`,
        channel: "C0ESCAPE",
        ts: "1.7",
        event_ts: "1.7",
      }),
    );
    const call = await slack.fake.waitFor(
      () =>
        posts()
          .slice(before)
          .find((entry) => entry.params.channel === "C0ESCAPE"),
      "the escaped answer",
    );
    expect(JSON.stringify(call.params)).not.toMatch(/<!channel>|<@U0VICTIM>/);
  });
});
