/**
 * When the platforms misbehave, beyond what the adapter suites cover (429/5xx retries, invalid_blocks, revoked
 * tokens): Slack connections dropped before an answer are retried and the message is posted once; an event_id
 * Slack sends again an hour later, long past its retry window, is still not answered twice; a message shortcut
 * whose every delivery fails ends in the friendly note; a Teams connector that answers 500 or 503, or drops the
 * connection, is not retried blindly, the request is still answered and the next message goes through.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { askCommand, findElement } from "../adapters/slack/helpers/cards.js";
import type { FakeSlack } from "../adapters/slack/helpers/fake-slack-api.js";
import {
  blockActionPayload,
  eventBody,
  postEvent,
  postInteraction,
  SIGNING_SECRET,
} from "../adapters/slack/helpers/slack-requests.js";
import { BOT_TOKEN } from "../adapters/slack/helpers/start-slack-bot.js";
import { messageActivity } from "../adapters/teams/helpers/activities.js";
import {
  BOT_USER_ID,
  type FakePlatforms,
  type Received,
  startFakePlatforms,
} from "./helpers/fake-platforms.js";
import { type InProcess, startInProcess } from "./helpers/start-in-process.js";

const FRIENDLY = "Sorry, Slack did not accept my answer just now. Please try again in a minute.";

let platforms: FakePlatforms;
let bots: InProcess;

const slackEnv = () => ({
  SLACK_BOT_TOKEN: BOT_TOKEN,
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_API_URL: platforms.slackApiUrl,
  RATE_LIMIT_QUESTIONS_PER_MINUTE: "1000",
});

beforeAll(async () => {
  platforms = await startFakePlatforms();
  bots = await startInProcess(slackEnv());
});
afterAll(async () => {
  await bots?.stop();
  await platforms?.close();
});

const formField = (entry: Received, name: string) => new URLSearchParams(entry.body).get(name);
const postsIn = (channel: string) =>
  platforms.received.filter(
    (entry) => entry.path.startsWith("/api/chat.postMessage") && formField(entry, "channel") === channel,
  );
const responsesTo = (id: string) => platforms.received.filter((entry) => entry.path === `/response/${id}`);

function mention(channel: string, text: string, eventId?: string) {
  const ts = `${Date.now() / 1000}`;
  return eventBody(
    { type: "app_mention", user: "U0FAULT", text: `<@${BOT_USER_ID}> ${text}`, channel, ts, event_ts: ts },
    eventId,
  );
}

/** The cards helpers read a FakeSlack; these platforms offer the one method they need from it. */
const asFakeSlack = () => ({ responseUrl: platforms.responseUrl }) as unknown as FakeSlack;

describe("Slack connections dropped before any answer", () => {
  it("are retried, and the answer is posted exactly once", async () => {
    platforms.script("/api/chat.postMessage", { drop: true }, 2);
    await postEvent(bots.url, mention("C0DROP", "help"));
    const posts = await platforms.waitFor(() => {
      const all = postsIn("C0DROP");
      return all.some((entry) => entry.outcome === 200) ? all : undefined;
    }, "the answer after two dropped connections");
    expect(posts.map((entry) => entry.outcome)).toEqual(["dropped", "dropped", 200]);
    expect(formField(posts[2] as Received, "text")).toContain("Ask me who owns");
  });

  it("on a response_url are retried too, and the card is updated once", async () => {
    const card = await askCommand(bots.url, asFakeSlack(), "who patches the node os on fargate?");
    platforms.script("/response/dropped-click", { drop: true }, 1);
    const found = findElement(card, "Compare all runtimes");
    await postInteraction(
      bots.url,
      blockActionPayload({ ...found, responseUrl: platforms.responseUrl("dropped-click") }),
    );
    const responses = await platforms.waitFor(() => {
      const all = responsesTo("dropped-click");
      return all.some((entry) => entry.outcome === 200) ? all : undefined;
    }, "the card update after a dropped connection");
    expect(responses.map((entry) => entry.outcome)).toEqual(["dropped", 200]);
    expect(JSON.parse(responses[1]?.body ?? "{}")).toMatchObject({ replace_original: true });
  });
});

describe("a message shortcut whose every delivery fails", () => {
  it("ends with the friendly note on its response_url", async () => {
    platforms.script(
      "/api/chat.postEphemeral",
      { status: 500, body: { ok: false, error: "internal_error" } },
      4,
    );
    platforms.script("/response/shortcut-down", { status: 502, body: "bad gateway" }, 4);
    const ts = "1700000050.000100";
    await postInteraction(bots.url, {
      type: "message_action",
      callback_id: "ask_whoowns",
      trigger_id: "1.2.3",
      message_ts: ts,
      response_url: platforms.responseUrl("shortcut-down"),
      message: { type: "message", user: "U0AUTHOR", text: "who owns etcd?", ts },
      user: { id: "U0ASKER", name: "sam" },
      channel: { id: "C0SHORTCUT", name: "general" },
      team: { id: "T0000001", domain: "example" },
    });
    const note = await platforms.waitFor(
      () => responsesTo("shortcut-down").find((entry) => entry.outcome === 200),
      "the friendly note",
      15_000,
    );
    expect(JSON.parse(note.body)).toMatchObject({ text: FRIENDLY, response_type: "ephemeral" });
    expect(responsesTo("shortcut-down").map((entry) => entry.outcome)).toEqual([502, 502, 502, 502, 200]);
  });
});

describe("Slack retrying an event long after its retry window", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("does not answer an event_id seen again 61 minutes later", async () => {
    // The clock is faked before the server starts, so its de-duplication reads the same clock as the test.
    vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
    const late = await startInProcess(slackEnv());
    try {
      const original = mention("C0LATE", "help", "Ev0LATE0001");
      await postEvent(late.url, original);
      await platforms.waitFor(() => postsIn("C0LATE").length === 1, "the first answer");
      vi.setSystemTime(Date.now() + 61 * 60_000);
      const retry = await postEvent(late.url, original, {
        headers: { "x-slack-retry-num": "3", "x-slack-retry-reason": "http_timeout" },
      });
      expect(retry.status).toBe(200);
      // A new question in the same channel: once it is answered, the retry has been handled (or dropped).
      await postEvent(late.url, mention("C0LATE", "what is eks auto mode"));
      await platforms.waitFor(() => postsIn("C0LATE").length >= 2, "the sentinel answer");
      const texts = postsIn("C0LATE").map((entry) => formField(entry, "text")?.slice(0, 20));
      expect(texts).toEqual(["Ask me who owns a pi", "Amazon EKS Auto Mode"]);
      expect(late.logs().some((line) => line.msg === "duplicate Slack delivery ignored")).toBe(true);
    } finally {
      await late.stop();
    }
  });
});

describe("a Teams connector that fails", () => {
  const ask = async (id: string) => {
    const conversationId = `a:fault-${id}`;
    const response = await fetch(`${bots.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(
        messageActivity("who owns the kubelet?", { serviceUrl: platforms.connectorUrl, conversationId, id }),
      ),
    });
    const calls = platforms.received.filter((entry) =>
      decodeURIComponent(entry.path).includes(conversationId),
    );
    return { status: response.status, outcomes: calls.map((entry) => entry.outcome) };
  };

  it.each([500, 503])(
    "with %i is not retried blindly; the request is answered and the next message goes through",
    async (status) => {
      platforms.script("/connector/", { status, body: { error: { code: "ServiceError" } } }, 1);
      expect(await ask(`down-${status}`)).toEqual({ status: 200, outcomes: [status] });
      const logged = bots.logs().filter((line) => line.msg === "teams: could not post the reply");
      expect(logged.some((line) => line.status === status && line.code === "PLATFORM_FAILED")).toBe(true);
      expect(await ask(`after-${status}`)).toEqual({ status: 200, outcomes: [200] });
    },
  );

  it("by dropping the connection is logged, the request is answered, and the next message goes through", async () => {
    platforms.script("/connector/", { drop: true }, 1);
    expect(await ask("dropped")).toEqual({ status: 200, outcomes: ["dropped"] });
    expect(await ask("after-drop")).toEqual({ status: 200, outcomes: [200] });
    expect((await fetch(`${bots.url}/healthz`)).status).toBe(200);
  });
});
