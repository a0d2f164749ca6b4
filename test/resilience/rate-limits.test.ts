/**
 * Per-user rate limits set through the environment (RATE_LIMIT_QUESTIONS_PER_MINUTE, RATE_LIMIT_SHARES_PER_MINUTE)
 * over HTTP, where the adapter suites do not already cover them: mention spam in Slack (the limit, one note, then
 * silence, and nobody else held back), clicks, "Share with channel" per person; Teams messages, card buttons
 * and searches from the same limit. Teams cards have no "share with channel" action: a card is inserted by the
 * person through the search extension, which the search limit covers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionData } from "../../src/adapters/shared/action-payload.js";
import { askCommand, click, findElement, responsesFor } from "../adapters/slack/helpers/cards.js";
import { BOT_USER_ID, type FakeSlack, startFakeSlack } from "../adapters/slack/helpers/fake-slack-api.js";
import { askSentinel, SENTINEL_ANSWER } from "../adapters/slack/helpers/sentinel.js";
import { eventBody, postEvent } from "../adapters/slack/helpers/slack-requests.js";
import { type StartedBot, startSlackBot } from "../adapters/slack/helpers/start-slack-bot.js";
import { cardInvokeActivity, messageActivity, searchActivity } from "../adapters/teams/helpers/activities.js";
import { type FakeConnector, startFakeConnector } from "../adapters/teams/helpers/fake-connector.js";
import { type InProcess, startInProcess } from "./helpers/start-in-process.js";

const LIMITS = { RATE_LIMIT_QUESTIONS_PER_MINUTE: "2", RATE_LIMIT_SHARES_PER_MINUTE: "1" };

describe("Slack", () => {
  let fake: FakeSlack;
  let bot: StartedBot;
  beforeAll(async () => {
    fake = await startFakeSlack();
    bot = await startSlackBot(fake, LIMITS);
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  it("answers a spammer's first mentions, tells them once, then stays quiet; others are still answered", async () => {
    for (let index = 0; index < 6; index++) {
      const ts = `1700000600.00010${index}`;
      await postEvent(
        bot.running.url,
        eventBody({
          type: "app_mention",
          user: "U0SPAM",
          text: `<@${BOT_USER_ID}> help`,
          channel: "C0SPAM",
          ts,
          event_ts: ts,
        }),
      );
    }
    await askSentinel(fake, bot.running.url, "C0SPAM");
    const answers = fake.callsTo("chat.postMessage").filter((call) => call.params.channel === "C0SPAM");
    expect(answers.map((call) => String(call.params.text).slice(0, 20))).toEqual([
      "Ask me who owns a pi",
      "Ask me who owns a pi",
      SENTINEL_ANSWER,
    ]);
    const notes = await fake.waitFor(() => {
      const found = fake.callsTo("chat.postEphemeral").filter((call) => call.params.user === "U0SPAM");
      return found.length > 0 ? found : undefined;
    }, "the rate-limit note");
    expect(notes).toHaveLength(1);
    expect(String(notes[0]?.params.text)).toMatch(/You are asking faster than I can keep up with/);
  });

  it("limits clicks with the questions limit, answering the refused click kindly", async () => {
    const card = await askCommand(bot.running.url, fake, "who patches the node os on fargate?", "U0CLICK");
    await click(bot.running.url, fake, findElement(card, "Compare all runtimes"), "click-1", {
      user: "U0CLICK",
    });
    await click(bot.running.url, fake, findElement(card, "Show sources"), "click-2", { user: "U0CLICK" });
    expect((await responsesFor(fake, "click-1"))[0]?.replace_original).toBe(true);
    const [refused] = await responsesFor(fake, "click-2");
    expect(refused).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(String(refused?.text)).toMatch(/You are clicking faster than I can keep up with/);
  });

  it("limits sharing per person: a second share within the minute is refused, another person's is not", async () => {
    const first = await askCommand(bot.running.url, fake, "what is eks auto mode", "U0SHARE1");
    const second = await askCommand(bot.running.url, fake, "who upgrades coredns?", "U0SHARE1");
    const other = await askCommand(bot.running.url, fake, "who owns etcd?", "U0SHARE2");
    const share = (card: typeof first, id: string, user: string) =>
      click(bot.running.url, fake, findElement(card, "Share with channel"), id, { user });
    await share(first, "share-a1", "U0SHARE1");
    expect((await responsesFor(fake, "share-a1", 2))[0]?.response_type).toBe("in_channel");
    await share(second, "share-a2", "U0SHARE1");
    const [refused] = await responsesFor(fake, "share-a2");
    expect(String(refused?.text)).toMatch(/You are sharing faster than I can keep up with/);
    await share(other, "share-b1", "U0SHARE2");
    expect((await responsesFor(fake, "share-b1", 2))[0]?.response_type).toBe("in_channel");
    expect(fake.responses.filter((entry) => entry.id === "share-a2")).toHaveLength(1);
  });
});

describe("Teams", () => {
  let connector: FakeConnector;
  let bot: InProcess;
  beforeAll(async () => {
    connector = await startFakeConnector();
    bot = await startInProcess(LIMITS);
  });
  afterAll(async () => {
    await bot?.stop();
    await connector?.close();
  });

  const from = (user: string) => ({ id: `29:${user}`, aadObjectId: `aad-${user}` });
  const post = async (activity: unknown) => {
    const response = await fetch(`${bot.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(activity),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
    };
  };
  /** What the bot posted for one message: "card", a text, or nothing. */
  const ask = async (user: string) => {
    const before = connector.calls.length;
    const response = await post(messageActivity("help", { serviceUrl: connector.url, from: from(user) }));
    expect(response.status).toBe(200);
    return connector.calls
      .slice(before)
      .map((call) => (call.body.attachments ? "card" : String(call.body.text)));
  };
  const press = async (user: string) => {
    const version = bot.knowledge.version;
    const data = actionData({ kind: "answer", version, topic: "kubelet", runtime: null });
    const response = await post(
      cardInvokeActivity("answer", data, { serviceUrl: connector.url, from: from(user) }),
    );
    return (response.body as { type: string; value: unknown }).type;
  };

  it("answers a person's messages up to the limit, says so once, then stays quiet; others are answered", async () => {
    expect(await ask("fast")).toEqual(["card"]);
    expect(await ask("fast")).toEqual(["card"]);
    const [note] = await ask("fast");
    expect(note).toMatch(/faster than 2 questions a minute\. Try again in \d+ s\./);
    expect(await ask("fast")).toEqual([]);
    expect(await ask("calm")).toEqual(["card"]);
  });

  it("counts card buttons against the same limit and answers the refused click with a message", async () => {
    expect(await ask("clicker")).toEqual(["card"]);
    expect(await press("clicker")).toBe("application/vnd.microsoft.card.adaptive");
    expect(await press("clicker")).toBe("application/vnd.microsoft.activity.message");
  });

  it("allows four searches per question, then says there are too many", async () => {
    const search = async () =>
      (
        await post(
          searchActivity([{ name: "query", value: "kubelet" }], {
            serviceUrl: connector.url,
            from: from("searcher"),
          }),
        )
      ).body as { composeExtension: { type: string; text?: string } };
    for (let index = 0; index < 8; index++) expect((await search()).composeExtension.type).toBe("result");
    expect((await search()).composeExtension.text).toMatch(/Too many searches\. Try again in \d+ s\./);
  });
});
