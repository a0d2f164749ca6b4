/**
 * Hostile text through the Slack adapter over HTTP (signed requests to the real server, a loopback fake Slack):
 * slash commands, mentions, DMs, the message shortcut and button clicks carrying any unicode, control
 * characters, Slack markup that pings or links, mention spam and 100 KB messages. Every request gets a clear
 * reply (never a 5xx), and nothing the bot acks or posts can ping anyone or link anywhere but the knowledge's
 * sources. The server keeps answering /healthz throughout.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askCommand, findElement } from "../adapters/slack/helpers/cards.js";
import { BOT_USER_ID, type FakeSlack, startFakeSlack } from "../adapters/slack/helpers/fake-slack-api.js";
import {
  blockActionPayload,
  commandBody,
  eventBody,
  postCommand,
  postEvent,
  postInteraction,
} from "../adapters/slack/helpers/slack-requests.js";
import { type StartedBot, startSlackBot } from "../adapters/slack/helpers/start-slack-bot.js";
import { HUGE_TEXTS, hostileText, knowledgeUrls, slackBroadcasts } from "./helpers/hostile-input.js";

let fake: FakeSlack;
let bot: StartedBot;
let allowed: Set<string>;
let sequence = 0;

beforeAll(async () => {
  fake = await startFakeSlack();
  bot = await startSlackBot(fake, { RATE_LIMIT_QUESTIONS_PER_MINUTE: "100000", LOG_LEVEL: "info" });
  allowed = knowledgeUrls(bot.knowledge);
});
afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

const next = () => String(++sequence).padStart(5, "0");

/** Asks through the slash command; the ack is the answer. */
async function command(text: string, user = "U0HOSTILE"): Promise<{ status: number; body: string }> {
  const response = await postCommand(
    bot.running.url,
    commandBody(text, fake.responseUrl("cmd"), { user_id: user }),
  );
  return { status: response.status, body: await response.text() };
}

/** Sends `text` as a mention, a DM or a message shortcut, and returns what the bot sent to Slack for it. */
async function converse(kind: "mention" | "dm" | "shortcut", text: string): Promise<Record<string, unknown>> {
  const id = next();
  const ts = `1700000000.${id}`;
  let status: number;
  if (kind === "shortcut") {
    const channel = `C0SC${id}`;
    status = (
      await postInteraction(bot.running.url, {
        type: "message_action",
        callback_id: "ask_whoowns",
        trigger_id: "1.2.3",
        message_ts: ts,
        response_url: fake.responseUrl(`sc-${id}`),
        message: { type: "message", user: "U0AUTHOR", text, ts },
        user: { id: `U0SC${id}`, name: "sam" },
        channel: { id: channel, name: "general" },
        team: { id: "T0000001", domain: "example" },
      })
    ).status;
    expect(status).toBe(200);
    const call = await fake.waitFor(
      () => fake.callsTo("chat.postEphemeral").find((entry) => entry.params.channel === channel),
      `the shortcut answer in ${channel}`,
    );
    return call.params;
  }
  const channel = kind === "dm" ? `D0DM${id}` : `C0MN${id}`;
  const event =
    kind === "dm"
      ? { type: "message", channel_type: "im", channel, user: `U0DM${id}`, text, ts, event_ts: ts }
      : {
          type: "app_mention",
          channel,
          user: `U0MN${id}`,
          text: `<@${BOT_USER_ID}> ${text}`,
          ts,
          event_ts: ts,
        };
  status = (await postEvent(bot.running.url, eventBody(event))).status;
  expect(status).toBe(200);
  const call = await fake.waitFor(
    () => fake.callsTo("chat.postMessage").find((entry) => entry.params.channel === channel),
    `the answer in ${channel}`,
  );
  return call.params;
}

/** What Slack would do with a posted message: no ping, no link but the sources, no link parsing turned on. */
function expectHarmless(message: unknown): void {
  expect(slackBroadcasts(message, allowed)).toEqual([]);
  const params = message as { parse?: unknown; link_names?: unknown };
  expect(params.parse === undefined || params.parse === "none").toBe(true);
  expect(params.link_names === undefined || params.link_names === false).toBe(true);
}

describe("the slash command on hostile text", () => {
  it("acks anything with a clear answer that cannot ping or link", async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        const { status, body } = await command(text);
        expect(status).toBe(200);
        const ack = JSON.parse(body) as { response_type: string; text: string };
        expect(ack.response_type).toBe("ephemeral");
        expect(ack.text.length).toBeGreaterThan(0);
        expectHarmless(ack);
      }),
      { numRuns: 120 },
    );
  });

  it.each(HUGE_TEXTS.map((text) => [text.slice(0, 24), text]))(
    "acks a 100 KB message (%s…) with a clear answer",
    async (_label, text) => {
      const { status, body } = await command(text);
      expect(status).toBe(200);
      const ack = JSON.parse(body) as { text: string };
      expect(ack.text.length).toBeGreaterThan(0);
      expectHarmless(ack);
    },
  );
});

describe("mentions, DMs and the shortcut on hostile text", () => {
  it("answer anything in a post that cannot ping or link", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<"mention" | "dm" | "shortcut">("mention", "dm", "shortcut"),
        hostileText,
        async (kind, text) => {
          expectHarmless(await converse(kind, text));
        },
      ),
      { numRuns: 45 },
    );
  });

  it("answer mention spam of 100 KB without pinging anyone", async () => {
    for (const text of HUGE_TEXTS.slice(0, 2)) {
      expectHarmless(await converse("mention", text));
      expectHarmless(await converse("dm", text));
    }
  });
});

describe("clicks carrying hostile values", () => {
  const clickOf = fc.record({
    actionId: fc.oneof(
      fc.constantFrom("whoowns.share", "whoowns.ask.0", "whoowns.sources.show", "whoowns.page.0.1"),
      fc.string({ maxLength: 60 }).map((rest) => `whoowns.${rest}`),
      fc
        .string({ maxLength: 60 })
        .map((rest) => `whoowns.runtime:${Buffer.from(rest).toString("base64url")}`),
    ),
    blockId: fc.oneof(fc.constantFrom("wo.p.abc.0", "wo.s.-.1", "wo.q.zz.2"), hostileText),
    value: hostileText,
    user: fc.oneof(fc.constant("U0CLICKER"), fc.constantFrom("<!channel>", "<@U0VICTIM>", "U0<!here>")),
  });

  it("answer on the response_url with nothing that can ping or link", async () => {
    await fc.assert(
      fc.asyncProperty(clickOf, async (click) => {
        const id = `click-${next()}`;
        const payload = blockActionPayload({
          blockId: click.blockId,
          element: {
            type: "button",
            action_id: click.actionId,
            value: click.value,
            text: { type: "plain_text", text: "x" },
          },
          responseUrl: fake.responseUrl(id),
          user: click.user,
        });
        expect((await postInteraction(bot.running.url, payload)).status).toBe(200);
        const posted = await fake.waitFor(() => {
          const bodies = fake.responses.filter((entry) => entry.id === id);
          return bodies.length > 0 ? bodies : undefined;
        }, `the answer to ${id}`);
        for (const entry of posted) expectHarmless(entry.body);
      }),
      { numRuns: 40 },
    );
  });

  it("never names a sharer that is not a Slack user id, so a forged id cannot ping the channel", async () => {
    const card = await askCommand(bot.running.url, fake, "who patches the node os on fargate?", "U0SHARER");
    const id = `share-${next()}`;
    const share = findElement(card, "Share with channel");
    await postInteraction(
      bot.running.url,
      blockActionPayload({ ...share, responseUrl: fake.responseUrl(id), user: "<!channel>" }),
    );
    const posted = await fake.waitFor(() => {
      const bodies = fake.responses.filter((entry) => entry.id === id);
      return bodies.length >= 2 ? bodies : undefined;
    }, "the shared card and the preview's removal");
    expect(posted[0]?.body.response_type).toBe("in_channel");
    for (const entry of posted) expectHarmless(entry.body);
  });
});

describe("afterwards", () => {
  it("the server still answers /healthz and never answered with a 5xx", async () => {
    expect((await fetch(`${bot.running.url}/healthz`)).status).toBe(200);
    const lines = bot
      .logs()
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { msg?: string; status?: unknown });
    const completed = lines.filter((line) => line.msg === "request completed");
    expect(completed.length).toBeGreaterThan(200);
    expect(completed.filter((line) => typeof line.status !== "number" || line.status >= 500)).toEqual([]);
  });
});
