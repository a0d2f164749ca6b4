/**
 * When Slack pushes back: the table block rejected (`invalid_blocks`) falls back to section fields, on
 * response_url and chat.postMessage alike; 429 with Retry-After and 5xx are retried with the short policy, then
 * the person gets a friendly note; `app_uninstalled`, `tokens_revoked` and a revoked token stop posting without
 * stopping the process.
 */
import { describe, expect, it } from "vitest";
import { askCommand, click, findElement, responsesFor } from "./helpers/cards.js";
import { BOT_USER_ID } from "./helpers/fake-slack-api.js";
import { commandBody, eventBody, postCommand, postEvent } from "./helpers/slack-requests.js";
import { useSlackBot } from "./helpers/start-slack-bot.js";

const slack = useSlackBot({}, { perTest: true });

const FRIENDLY = "Sorry, Slack did not accept my answer just now. Please try again in a minute.";
const hasTable = (blocks: unknown) => JSON.stringify(blocks ?? []).includes('"type":"table"');
const mention = (channel: string, text: string, ts = `${Date.now() / 1000}`) =>
  postEvent(
    slack.bot.running.url,
    eventBody({
      type: "app_mention",
      user: "U0ASKER",
      text: `<@${BOT_USER_ID}> ${text}`,
      channel,
      ts,
      event_ts: ts,
    }),
  );

describe("the table block as an enhancement", () => {
  it("retries once with section fields when the response_url rejects the table, and stops trying tables", async () => {
    slack.fake.handleResponseUrl((body) =>
      hasTable(body.blocks) ? { body: { ok: false, error: "invalid_blocks" } } : undefined,
    );
    const card = await askCommand(
      slack.bot.running.url,
      slack.fake,
      "compare fargate and mng for networking",
    );
    await click(slack.bot.running.url, slack.fake, findElement(card, /^whoowns\.category:/), "table", {
      selected: "identity",
    });
    const [rejected, accepted] = await responsesFor(slack.fake, "table", 2);
    expect(hasTable(rejected?.blocks)).toBe(true);
    expect(hasTable(accepted?.blocks)).toBe(false);
    expect(JSON.stringify(accepted?.blocks)).toContain('"fields"');
    expect(accepted?.text).toBe(rejected?.text);
    await click(slack.bot.running.url, slack.fake, findElement(card, /^whoowns\.category:/), "after", {
      selected: "networking",
    });
    const [after] = await responsesFor(slack.fake, "after");
    expect(hasTable(after?.blocks)).toBe(false);
    expect(slack.fake.responses.filter((entry) => entry.id === "after")).toHaveLength(1);
  });

  it("does the same for a comparison posted with chat.postMessage", async () => {
    slack.fake.handle("chat.postMessage", (params) =>
      hasTable(params.blocks) ? { body: { ok: false, error: "invalid_blocks" } } : undefined,
    );
    await mention("C0TABLE", "compare fargate and mng for networking");
    const calls = await slack.fake.waitFor(() => {
      const posts = slack.fake.callsTo("chat.postMessage");
      return posts.length >= 2 ? posts : undefined;
    }, "the fields retry");
    expect(calls.map((call) => hasTable(call.params.blocks))).toEqual([true, false]);
  });
});

describe("retries and friendly failures", () => {
  it("retries a response_url that answers 503, then succeeds", async () => {
    slack.fake.handleResponseUrl((_body, attempt) =>
      attempt <= 2 ? { status: 503, body: "upstream hiccup" } : undefined,
    );
    const card = await askCommand(slack.bot.running.url, slack.fake, "who patches the node os on fargate?");
    await click(slack.bot.running.url, slack.fake, findElement(card, "Compare all runtimes"), "flaky");
    const bodies = await responsesFor(slack.fake, "flaky", 3);
    expect(bodies.map((body) => String(body.text).slice(0, 30))).toEqual(
      Array(3).fill(String(bodies[0]?.text).slice(0, 30)),
    );
  });

  it("waits for Retry-After when chat.postMessage is rate limited, then posts", async () => {
    slack.fake.handle("chat.postMessage", (_params, attempt) =>
      attempt === 1
        ? { status: 429, headers: { "retry-after": "1" }, body: { ok: false, error: "ratelimited" } }
        : undefined,
    );
    await mention("C0LIMITED", "help");
    const calls = await slack.fake.waitFor(() => {
      const posts = slack.fake.callsTo("chat.postMessage");
      return posts.length >= 2 ? posts : undefined;
    }, "the retried post");
    expect(calls.map((call) => call.params.channel)).toEqual(["C0LIMITED", "C0LIMITED"]);
    expect(String(calls[1]?.params.text)).toContain("Ask me who owns");
  });

  it("tells the person kindly when Slack keeps failing, after the short retry policy", async () => {
    slack.fake.handle("chat.postMessage", (params) =>
      params.text === FRIENDLY ? undefined : { status: 500, body: { ok: false, error: "internal_error" } },
    );
    await mention("C0DOWN", "help");
    const friendly = await slack.fake.waitFor(
      () => slack.fake.callsTo("chat.postMessage").find((call) => call.params.text === FRIENDLY),
      "the friendly note",
    );
    expect(friendly.params.channel).toBe("C0DOWN");
    // One first try and three retries of the answer before giving up.
    expect(
      slack.fake.callsTo("chat.postMessage").filter((call) => call.params.text !== FRIENDLY),
    ).toHaveLength(4);
  });

  it("answers a click kindly when its response_url keeps failing", async () => {
    slack.fake.handleResponseUrl((body) =>
      body.text === FRIENDLY ? undefined : { status: 502, body: "bad gateway" },
    );
    const card = await askCommand(slack.bot.running.url, slack.fake, "who patches the node os on fargate?");
    await click(slack.bot.running.url, slack.fake, findElement(card, "Compare all runtimes"), "down");
    const bodies = await responsesFor(slack.fake, "down", 5);
    expect(bodies[4]).toMatchObject({ text: FRIENDLY, response_type: "ephemeral", replace_original: false });
  });
});

describe("losing access", () => {
  const waitForLog = (pattern: RegExp, what: string) =>
    slack.fake.waitFor(() => pattern.test(slack.bot.logs()), what);

  it("stops posting after app_uninstalled, keeps running, and does not retry forever", async () => {
    const uninstall = await postEvent(slack.bot.running.url, eventBody({ type: "app_uninstalled" }));
    expect(uninstall.status).toBe(200);
    await waitForLog(/Slack access ended/, "the revocation log line");
    const calls = slack.fake.calls.length;
    await mention("C0GONE", "help");
    await waitForLog(/Authorization of incoming event did not succeed/, "the refused event");
    const command = await postCommand(
      slack.bot.running.url,
      commandBody("help", slack.fake.responseUrl("gone")),
    );
    expect(command.status).toBe(200);
    expect(await command.text()).toBe("");
    expect(slack.fake.calls.length).toBe(calls);
    expect((await fetch(`${slack.bot.running.url}/healthz`)).status).toBe(200);
    expect(slack.bot.logs().match(/Slack access ended/g)).toHaveLength(1);
  });

  it("keeps answering when only user tokens are revoked, and stops when the bot token is", async () => {
    await postEvent(
      slack.bot.running.url,
      eventBody({ type: "tokens_revoked", tokens: { oauth: ["U0USER"] } }),
    );
    await waitForLog(/user tokens revoked/, "the user-token log line");
    await mention("C0STILL", "help");
    await slack.fake.waitFor(
      () => slack.fake.callsTo("chat.postMessage").some((call) => call.params.channel === "C0STILL"),
      "an answer",
    );
    await postEvent(
      slack.bot.running.url,
      eventBody({ type: "tokens_revoked", tokens: { bot: [BOT_USER_ID] } }),
    );
    await waitForLog(/Slack access ended/, "the revocation log line");
    expect(slack.bot.logs()).toContain('"reason":"tokens_revoked"');
  });

  it("stops posting when the Web API says the token was revoked", async () => {
    slack.fake.handle("chat.postMessage", () => ({ body: { ok: false, error: "token_revoked" } }));
    await mention("C0REVOKED", "help");
    await waitForLog(/"reason":"token_revoked"/, "the revocation");
    const posts = slack.fake.callsTo("chat.postMessage").length;
    expect(posts).toBe(1);
    await mention("C0REVOKED", "help");
    await waitForLog(/Authorization of incoming event did not succeed/, "the refused event");
    expect(slack.fake.callsTo("chat.postMessage")).toHaveLength(posts);
  });
});
