/**
 * HTTP mode end to end: signed requests to POST /slack/events of the real server (startWhoowns on 127.0.0.1:0)
 * through Bolt's ExpressReceiver, with the Web API and response_url pointed at a loopback fake. Covers request
 * verification, the slash command, escaping, the logs and rate limits (mentions and DMs: messages.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askSentinel, SENTINEL_ANSWER } from "./helpers/sentinel.js";
import {
  commandBody,
  eventBody,
  postCommand,
  postEvent,
  postSigned,
  SIGNING_SECRET,
} from "./helpers/slack-requests.js";
import { BOT_TOKEN, type StartedBot, startSlackBot, useSlackBot } from "./helpers/start-slack-bot.js";

const slack = useSlackBot();

/** Calls that post something a person would see. */
const visibleCalls = () => slack.fake.calls.filter((call) => /^(chat|views)\./.test(call.method));
const _posts = () => slack.fake.callsTo("chat.postMessage");

const sentinel = (channel: string) => askSentinel(slack.fake, slack.bot.running.url, channel);

describe("request verification", () => {
  it("serves /healthz and /readyz in a Slack-only deployment", async () => {
    expect((await fetch(`${slack.bot.running.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${slack.bot.running.url}/readyz`)).status).toBe(200);
    expect(slack.bot.running.surfaces).toContain("slack");
  });

  it("refuses unsigned, wrongly signed, tampered and five-minute-old requests with 401 and posts nothing", async () => {
    const responsesBefore = slack.fake.responses.length;
    const callsBefore = visibleCalls().length;
    const body = commandBody("who patches the node os on fargate?", slack.fake.responseUrl("refused"));
    const unsigned = await postSigned(slack.bot.running.url, body, "application/x-www-form-urlencoded", {
      unsigned: true,
    });
    const wrong = await postSigned(slack.bot.running.url, body, "application/x-www-form-urlencoded", {
      secret: "not-the-secret",
    });
    const stale = await postSigned(slack.bot.running.url, body, "application/x-www-form-urlencoded", {
      timestamp: Math.floor(Date.now() / 1000) - 5 * 60 - 1,
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const { signature } = await import("./helpers/slack-requests.js");
    const tampered = await fetch(`${slack.bot.running.url}/slack/events`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": String(timestamp),
        "x-slack-signature": signature(SIGNING_SECRET, timestamp, body),
      },
      body: body.replace("fargate", "ec2"),
    });
    const event = await postEvent(
      slack.bot.running.url,
      eventBody({
        type: "app_mention",
        user: "U1",
        text: "<@UBOT0001> help",
        channel: "C0REFUSED",
        ts: "1.1",
      }),
      { secret: "wrong" },
    );
    expect([unsigned.status, wrong.status, stale.status, tampered.status, event.status]).toEqual([
      401, 401, 401, 401, 401,
    ]);
    await sentinel("C0REFUSED");
    expect(slack.fake.responses.length).toBe(responsesBefore);
    const sentinelAnswer = (call: { params: Record<string, unknown> }) =>
      String(call.params.text).startsWith(SENTINEL_ANSWER);
    expect(
      visibleCalls()
        .slice(callsBefore)
        .filter((call) => !sentinelAnswer(call)),
    ).toEqual([]);
  });

  it("answers Slack's url_verification challenge", async () => {
    const response = await postEvent(slack.bot.running.url, {
      type: "url_verification",
      challenge: "c-123",
      token: "t",
    });
    expect(await response.json()).toEqual({ challenge: "c-123" });
  });
});

describe("/whoowns", () => {
  it("acks with the ephemeral answer itself: blocks and a text fallback, no second round trip", async () => {
    const before = slack.fake.responses.length;
    const response = await postCommand(
      slack.bot.running.url,
      commandBody("who patches the node os on fargate?", slack.fake.responseUrl("c1")),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      response_type: string;
      text: string;
      blocks: { type: string }[];
    };
    expect(body.response_type).toBe("ephemeral");
    expect(body.text).toContain("Node OS updates and security patches on Amazon EKS on AWS Fargate: AWS");
    expect(body.blocks[0]).toMatchObject({ type: "header" });
    expect(JSON.stringify(body.blocks)).toContain("Share with channel");
    expect(slack.fake.responses.length).toBe(before);
  });

  it("handles help and compare with runtimes and a category", async () => {
    const help = (await (
      await postCommand(slack.bot.running.url, commandBody("help", slack.fake.responseUrl("c2")))
    ).json()) as { text: string };
    expect(help.text).toContain("Ask me who owns");
    const compare = (await (
      await postCommand(
        slack.bot.running.url,
        commandBody("compare fargate mng networking", slack.fake.responseUrl("c3")),
      )
    ).json()) as { text: string; blocks: unknown[] };
    expect(compare.text).toContain(
      "Who owns what: Amazon EKS managed node groups vs Amazon EKS on AWS Fargate (Networking)",
    );
    // The ack cannot be retried if Slack refused it, so it never carries the table enhancement.
    expect(JSON.stringify(compare.blocks)).not.toContain('"type":"table"');
  });

  it("escapes what the user typed so <!here> and mentions never ping", async () => {
    const response = await postCommand(
      slack.bot.running.url,
      commandBody(
        "<!here> <@U0OTHER> who patches the node os on fargate? & <!channel>",
        slack.fake.responseUrl("c4"),
      ),
    );
    const raw = await response.text();
    expect(raw).not.toMatch(/<!here>|<!channel>|<@U0OTHER>/);
  });
});

describe("logs", () => {
  it("go through the project's logger and never contain the bot token or signing secret", () => {
    const logs = slack.bot.logs();
    expect(logs).toContain('"component":"slack-sdk"');
    expect(logs).not.toContain(BOT_TOKEN);
    expect(logs).not.toContain(SIGNING_SECRET);
    expect(logs).not.toMatch(/xoxb-\d/);
  });
});

describe("rate limits", () => {
  let limited: StartedBot;
  beforeAll(async () => {
    limited = await startSlackBot(slack.fake, { RATE_LIMIT_QUESTIONS_PER_MINUTE: "2" });
  });
  afterAll(() => limited?.stop());

  it("answers kindly when one person asks faster than the limit, and not others", async () => {
    const ask = async (user: string) =>
      (await (
        await postCommand(
          limited.running.url,
          commandBody("help", slack.fake.responseUrl("rl"), { user_id: user }),
        )
      ).json()) as {
        text: string;
      };
    const answers = [await ask("U0FAST"), await ask("U0FAST"), await ask("U0FAST")];
    expect(answers[0]?.text).toContain("Ask me who owns");
    expect(answers[2]?.text).toMatch(
      /You are asking faster than I can keep up with\. Please try again in \d+ seconds?\./,
    );
    expect((await ask("U0CALM")).text).toContain("Ask me who owns");
  });
});
